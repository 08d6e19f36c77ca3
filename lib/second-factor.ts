import { randomBytes, randomInt } from 'node:crypto';
import { getTOTPAuthUri, verifyTOTP } from '@epic-web/totp';

/** RFC 6238 as every authenticator app reads it: SHA-1, six digits, 30-second steps. */
const totp = { period: 30, digits: 6, algorithm: 'SHA-1' } as const;

/** How many recovery codes a person gets at a time; each works once. */
export const RECOVERY_CODE_COUNT = 10;

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A new secret of 160 bits (RFC 4226's recommended length), base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  let bits = '';
  for (const byte of randomBytes(20)) bits += byte.toString(2).padStart(8, '0');
  return bits.replace(/.{5}/g, (chunk) => base32Alphabet.charAt(parseInt(chunk, 2)));
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri({ secret, accountName, issuer }: { secret: string; accountName: string; issuer: string }): string {
  return getTOTPAuthUri({ ...totp, secret, accountName, issuer });
}

/** A code as people type it ("123 456"), reduced to what is checked. */
export const normaliseCode = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();

export const looksLikeTotp = (code: string) => /^\d{6}$/.test(normaliseCode(code));

/**
 * The 30-second step a code belongs to, if it is right for the step before, at or after `now`
 * (a phone's clock may be a little off); null otherwise. The caller refuses a step already used.
 */
export async function acceptedTotpStep({ code, secret, now = Date.now() }: { code: string; secret: string; now?: number }): Promise<number | null> {
  const result = await verifyTOTP({ ...totp, otp: normaliseCode(code), secret, window: 1 });
  return result ? Math.floor(now / 1000 / totp.period) + result.delta : null;
}

// Lower case, no 0/o, 1/l/i: read off paper and typed by hand.
const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes of ten characters (about 49 bits each), shown once as "xxxxx-xxxxx". */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const characters = Array.from({ length: 10 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]).join('');
    return `${characters.slice(0, 5)}-${characters.slice(5)}`;
  });
}
