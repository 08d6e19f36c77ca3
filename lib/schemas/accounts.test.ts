import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { changeRoleSchema, createAccountSchema, missionSettingsSchema, resetPasswordSchema, setActiveSchema, setupSchema } from './accounts';

const fieldErrors = (result: { success: boolean; error?: z.ZodError }): Record<string, string[] | undefined> =>
  result.success ? {} : z.flattenError(result.error!).fieldErrors;

describe('setupSchema', () => {
  it('accepts a complete first admin and normalises the e-mail', () => {
    const result = setupSchema.parse({ name: '  Ada Admin ', email: ' Ada@Mission.TEST ', password: 'twelve chars!' });
    expect(result).toEqual({ name: 'Ada Admin', email: 'ada@mission.test', password: 'twelve chars!' });
  });

  it('refuses a password under 12 characters, with a message for that field', () => {
    const result = setupSchema.safeParse({ name: 'Ada', email: 'ada@mission.test', password: 'elevenchars' });
    expect(fieldErrors(result)).toEqual({ password: ['Password must be at least 12 characters.'] });
  });

  it('refuses missing fields, a malformed e-mail and control characters in the name', () => {
    expect(Object.keys(fieldErrors(setupSchema.safeParse({})))).toEqual(['name', 'email', 'password']);
    expect(fieldErrors(setupSchema.safeParse({ name: 'A', email: 'not-an-email', password: 'x'.repeat(12) })).email).toEqual([
      'Enter a valid e-mail address, like name@example.org.',
    ]);
    expect(fieldErrors(setupSchema.safeParse({ name: 'A\u0000B', email: 'a@b.test', password: 'x'.repeat(12) })).name).toEqual([
      'Name must be a single line of plain text.',
    ]);
  });

  it('keeps accents, non-Latin scripts and emoji in names', () => {
    for (const name of ['Zoé Erpelding', 'Жанар Айтжанова', 'نور الهدى', 'Ana 🇱🇺']) {
      expect(setupSchema.parse({ name, email: 'a@b.test', password: 'x'.repeat(12) }).name).toBe(name);
    }
  });

  it('caps names and passwords so huge inputs are refused before any work', () => {
    expect(fieldErrors(setupSchema.safeParse({ name: 'x'.repeat(121), email: 'a@b.test', password: 'x'.repeat(12) })).name).toBeDefined();
    expect(fieldErrors(setupSchema.safeParse({ name: 'Ada', email: 'a@b.test', password: 'x'.repeat(100_000) })).password).toBeDefined();
  });
});

describe('createAccountSchema', () => {
  const base = { name: 'Olivia', email: 'olivia@mission.test', role: 'officer' };

  it('generates the password unless the admin chose to type one', () => {
    expect(createAccountSchema.parse({ ...base, passwordMode: 'generate' })).toMatchObject({ passwordMode: 'generate' });
    expect(fieldErrors(createAccountSchema.safeParse({ ...base, passwordMode: 'set', password: 'short' }))).toEqual({
      password: ['Password must be at least 12 characters.'],
    });
    expect(createAccountSchema.parse({ ...base, passwordMode: 'set', password: 'long enough pw' }).password).toBe('long enough pw');
  });

  it('refuses an unknown role', () => {
    expect(fieldErrors(createAccountSchema.safeParse({ ...base, role: 'superuser', passwordMode: 'generate' })).role).toEqual(['Choose a role.']);
  });
});

describe('account change schemas', () => {
  it('accept ids as form strings and refuse anything that is not a positive id', () => {
    expect(changeRoleSchema.parse({ userId: '7', role: 'manager' })).toEqual({ userId: 7, role: 'manager' });
    for (const userId of ['0', '-1', '1.5', 'abc', '', '99999999999999999999', true, '1e3', ' ', null, {}]) {
      expect(changeRoleSchema.safeParse({ userId, role: 'manager' }).success, String(userId)).toBe(false);
    }
  });

  it('read the status flag strictly', () => {
    expect(setActiveSchema.parse({ userId: '2', active: 'false' }).active).toBe(false);
    expect(setActiveSchema.parse({ userId: '2', active: 'true' }).active).toBe(true);
    expect(setActiveSchema.safeParse({ userId: '2', active: 'yes' }).success).toBe(false);
  });

  it('reset requires a long password only when typed', () => {
    expect(resetPasswordSchema.safeParse({ userId: '2', passwordMode: 'generate' }).success).toBe(true);
    expect(resetPasswordSchema.safeParse({ userId: '2', passwordMode: 'set', password: '' }).success).toBe(false);
  });

  it('mission settings need a name, a time zone and the version read with the form; the countries may wait', () => {
    expect(
      missionSettingsSchema.parse({ missionName: ' Embassy in Brussels ', ourCountryCode: '', hostCountryCode: '', timeZone: 'UTC', version: '3' }),
    ).toEqual({
      missionName: 'Embassy in Brussels',
      ourCountryCode: null,
      hostCountryCode: null,
      timeZone: 'UTC',
      version: 3,
    });
    expect(fieldErrors(missionSettingsSchema.safeParse({ missionName: '  ', timeZone: 'UTC', version: '3' })).missionName).toEqual([
      'Mission name is required.',
    ]);
  });

  it('mission settings take ISO country codes and an IANA time zone, and say which field is wrong', () => {
    expect(
      missionSettingsSchema.parse({ missionName: 'Embassy', ourCountryCode: 'kz', hostCountryCode: 'BE', timeZone: 'Europe/Brussels', version: '1' }),
    ).toMatchObject({
      ourCountryCode: 'KZ',
      hostCountryCode: 'BE',
      timeZone: 'Europe/Brussels',
    });
    const errors = fieldErrors(
      missionSettingsSchema.safeParse({ missionName: 'Embassy', ourCountryCode: 'XX', hostCountryCode: 'Belgium', timeZone: 'Brussels', version: '1' }),
    );
    expect(errors).toEqual({
      ourCountryCode: ['Choose a country from the list.'],
      hostCountryCode: ['Choose a country from the list.'],
      timeZone: ['Choose a time zone from the list, like Europe/Brussels.'],
    });
    expect(fieldErrors(missionSettingsSchema.safeParse({ missionName: 'Embassy', version: '1' })).timeZone).toEqual(['Choose a time zone.']);
  });
});
