import { describe, expect, it } from 'vitest';
import { sessionCookieName, sessionToken } from './session-cookie';

describe('sessionToken', () => {
  it('is empty without a session cookie, whatever else is sent', () => {
    expect(sessionToken([])).toBe('');
    expect(
      sessionToken([
        { name: 'authjs.csrf-token', value: 'x' },
        { name: 'evil-authjs.session-token', value: 'y' },
        { name: 'authjs.session-token.x', value: 'z' },
      ]),
    ).toBe('');
  });

  it('reads the plain and the HTTPS cookie', () => {
    expect(sessionToken([{ name: 'authjs.session-token', value: 'abc' }])).toBe('abc');
    expect(sessionToken([{ name: '__Secure-authjs.session-token', value: 'def' }])).toBe('def');
  });

  it('joins chunks in numeric order, however the browser sent them', () => {
    const chunks = [
      { name: 'authjs.session-token.10', value: 'K' },
      { name: 'authjs.session-token.2', value: 'C' },
      { name: 'authjs.session-token.0', value: 'A' },
      { name: 'authjs.session-token.1', value: 'B' },
    ];
    expect(sessionToken(chunks)).toBe('ABCK');
  });
});

describe('sessionCookieName', () => {
  it('is the HTTPS name when the browser sent that cookie, and never mixes its chunks with a plain one', () => {
    expect(sessionCookieName([{ name: 'authjs.session-token' }])).toBe('authjs.session-token');
    const mixed = [
      { name: '__Secure-authjs.session-token.0', value: 'A' },
      { name: 'authjs.session-token', value: 'stale' },
      { name: '__Secure-authjs.session-token.1', value: 'B' },
    ];
    expect(sessionCookieName(mixed)).toBe('__Secure-authjs.session-token');
    expect(sessionToken(mixed)).toBe('AB');
  });
});
