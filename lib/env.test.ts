import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

describe('readEnv', () => {
  it('refuses a missing or short secret without echoing it', () => {
    expect(() => readEnv('AUTH_SECRET', {})).toThrow('AUTH_SECRET is not set (npm start writes one to .env.local).');
    expect(() => readEnv('AUTH_SECRET', { AUTH_SECRET: 'short-secret' })).toThrow(/^AUTH_SECRET must be at least 32 characters/);
    expect(() => readEnv('AUTH_SECRET', { AUTH_SECRET: 'short-secret' })).not.toThrow(/short-secret/);
    expect(readEnv('AUTH_SECRET', { AUTH_SECRET: 'x'.repeat(43) })).toBe('x'.repeat(43));
  });

  it('reads the proxy hops as 0 to 5, 0 when unset', () => {
    expect(readEnv('READOUT_TRUSTED_PROXY_HOPS', {})).toBe(0);
    expect(readEnv('READOUT_TRUSTED_PROXY_HOPS', { READOUT_TRUSTED_PROXY_HOPS: ' ' })).toBe(0);
    expect(readEnv('READOUT_TRUSTED_PROXY_HOPS', { READOUT_TRUSTED_PROXY_HOPS: '2' })).toBe(2);
    for (const wrong of ['yes', '1.5', '-1', '6']) {
      expect(() => readEnv('READOUT_TRUSTED_PROXY_HOPS', { READOUT_TRUSTED_PROXY_HOPS: wrong })).toThrow(
        `READOUT_TRUSTED_PROXY_HOPS must be a whole number from 0 to 5, not "${wrong}".`,
      );
    }
  });

  it('takes a blank database path as unset', () => {
    expect(readEnv('DATABASE_PATH', { DATABASE_PATH: '  ' })).toBeUndefined();
    expect(readEnv('DATABASE_PATH', { DATABASE_PATH: 'data/other.db' })).toBe('data/other.db');
  });
});
