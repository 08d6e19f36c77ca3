import { describe, expect, it } from 'vitest';
import { describeBrowser, secondFactorRequired, sessionState, signInStepPath } from './sessions';

const limits = { sessionHours: 12, idleMinutes: 30, secondFactorForEveryone: false };
const signedIn = new Date('2026-12-06T08:00:00Z');
const at = (minutes: number) => signedIn.getTime() + minutes * 60_000;
const session = (lastSeenMinutes = 0, secondFactorAt: Date | null = signedIn) => ({
  signedInAt: signedIn,
  lastSeenAt: new Date(at(lastSeenMinutes)),
  secondFactorAt,
  endedAt: null,
});
const officer = { role: 'officer' as const, active: true, totpEnabled: false, mustChangePassword: false };
const manager = { ...officer, role: 'manager' as const, totpEnabled: true };

describe('a session', () => {
  it('lasts until 30 idle minutes, counted from its last request', () => {
    expect(sessionState(session(), officer, limits, at(29))).toEqual({ status: 'active' });
    expect(sessionState(session(), officer, limits, at(30))).toEqual({ status: 'ended', reason: 'idle' });
    expect(sessionState(session(600), officer, limits, at(620))).toEqual({ status: 'active' });
  });

  it('ends 12 hours after sign-in however active it is', () => {
    expect(sessionState(session(719), officer, limits, at(719.9))).toEqual({ status: 'active' });
    expect(sessionState(session(719), officer, limits, at(720))).toEqual({ status: 'ended', reason: 'expired' });
  });

  it("follows the admin's limits", () => {
    expect(sessionState(session(), officer, { ...limits, idleMinutes: 5 }, at(5))).toEqual({ status: 'ended', reason: 'idle' });
    expect(sessionState(session(59), officer, { ...limits, sessionHours: 1 }, at(60))).toEqual({ status: 'ended', reason: 'expired' });
  });

  it('is over once ended, or when its account is deactivated', () => {
    expect(sessionState({ ...session(), endedAt: signedIn }, officer, limits, at(1)).status).toBe('ended');
    expect(sessionState(session(), { ...officer, active: false }, limits, at(1))).toEqual({ status: 'ended', reason: 'inactive-account' });
  });
});

describe('the steps a sign-in owes', () => {
  it('asks for the code when the account has two-step verification, then nothing', () => {
    expect(sessionState(session(0, null), manager, limits, at(1))).toEqual({ status: 'pending', step: 'second-factor' });
    expect(sessionState(session(0, new Date(at(1))), manager, limits, at(1))).toEqual({ status: 'active' });
  });

  it('has managers and admins set it up, and officers too when the mission says so', () => {
    const unenrolledManager = { ...manager, totpEnabled: false };
    expect(sessionState(session(0, null), unenrolledManager, limits, at(1))).toEqual({ status: 'pending', step: 'enrol' });
    expect(sessionState(session(0, null), officer, limits, at(1))).toEqual({ status: 'active' });
    expect(sessionState(session(0, null), officer, { ...limits, secondFactorForEveryone: true }, at(1))).toEqual({ status: 'pending', step: 'enrol' });
    expect(secondFactorRequired('admin', limits)).toBe(true);
  });

  it('asks for a new password after the second factor, and drops a sign-in left unfinished for 10 minutes', () => {
    const given = { ...manager, mustChangePassword: true };
    expect(sessionState(session(0, null), given, limits, at(1))).toEqual({ status: 'pending', step: 'second-factor' });
    expect(sessionState(session(0, signedIn), given, limits, at(1))).toEqual({ status: 'pending', step: 'new-password' });
    expect(sessionState(session(9, signedIn), given, limits, at(10))).toEqual({ status: 'ended', reason: 'unfinished' });
  });

  it('carries where the person was going through each step', () => {
    expect(signInStepPath('second-factor', '/follow-ups?mine=1')).toBe('/sign-in/second-factor?next=%2Ffollow-ups%3Fmine%3D1');
    expect(signInStepPath('enrol', '/')).toBe('/sign-in/enrol');
    expect(signInStepPath(null, '/meetings')).toBe('/meetings');
  });
});

describe('browsers in the list of sessions', () => {
  it('are named as people know them', () => {
    expect(
      describeBrowser(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari on iOS');
    expect(describeBrowser('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0')).toBe(
      'Edge on Windows',
    );
    expect(describeBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('Firefox on Linux');
    expect(describeBrowser(null)).toBe('Unknown browser');
  });
});
