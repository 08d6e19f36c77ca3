import { generateTOTP } from '@epic-web/totp';
import { describe, expect, it } from 'vitest';
import { acceptedTotpStep, looksLikeTotp, newRecoveryCodes, newTotpSecret, normaliseCode, totpUri } from './second-factor';

describe('TOTP', () => {
  it('makes 160-bit base32 secrets an authenticator app accepts', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    expect(totpUri({ secret, accountName: 'ada@mission.test', issuer: 'Embassy of Belgium' })).toMatch(
      /^otpauth:\/\/totp\/.*secret=[A-Z2-7]{32}.*issuer=Embassy/,
    );
  });

  it("accepts the current code, typed with a space, and names its step; refuses another secret's code", async () => {
    const secret = newTotpSecret();
    const { otp } = await generateTOTP({ secret });
    const now = Date.now();
    const step = await acceptedTotpStep({ code: `${otp.slice(0, 3)} ${otp.slice(3)}`, secret, now });
    expect(step).toBeGreaterThanOrEqual(Math.floor(now / 30_000) - 1);
    expect(step).toBeLessThanOrEqual(Math.floor(now / 30_000) + 1);
    expect(await acceptedTotpStep({ code: otp, secret: newTotpSecret() })).toBeNull();
    expect(await acceptedTotpStep({ code: '000000x', secret })).toBeNull();
  });

  it('tells a TOTP code from a recovery code', () => {
    expect(looksLikeTotp('123 456')).toBe(true);
    expect(looksLikeTotp('abcde-fghjk')).toBe(false);
    expect(normaliseCode(' ABCDE-fghjk ')).toBe('abcdefghjk');
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes without look-alike characters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
  });
});
