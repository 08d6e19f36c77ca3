import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { createTestAccount, FIRST_ADMIN, signInViaApi, type TestAccount } from './fixtures/accounts';
import { readE2eDatabase } from './fixtures/database';
import { callServerAction, listServerActions } from './fixtures/server-actions';

/**
 * Every server action × every kind of caller, by direct POST with the caller's cookie (no UI).
 * Written out by hand; the first test fails when the build has an action this table lacks.
 */
type Caller = 'anonymous' | 'officer' | 'manager' | 'admin' | 'deactivated';
type Outcome = 'allowed' | 'refused';
type Row = { callers: Record<Caller, Outcome>; args: (victim: { id: number }) => unknown[] };

const adminOnly = { anonymous: 'refused', officer: 'refused', manager: 'refused', admin: 'allowed', deactivated: 'refused' } as const;
const signedIn = { anonymous: 'refused', officer: 'allowed', manager: 'allowed', admin: 'allowed', deactivated: 'refused' } as const;
const nobody = { anonymous: 'refused', officer: 'refused', manager: 'refused', admin: 'refused', deactivated: 'refused' } as const;

const matrix: Record<string, Row> = {
  'app/(auth)/setup/actions.ts#completeSetup': {
    callers: nobody, // setup is over once an account exists
    args: () => [null, { name: 'Late setup', email: 'late-setup@evil.test', password: 'a long enough password' }],
  },
  'app/(app)/actions.ts#signOutEverywhere': { callers: signedIn, args: () => [null, {}] },
  'app/(app)/admin/accounts/actions.ts#createAccountAction': {
    callers: adminOnly,
    args: () => [null, { name: 'Matrix', email: `matrix-${Math.random().toString(36).slice(2)}@mission.test`, role: 'admin', passwordMode: 'generate' }],
  },
  'app/(app)/admin/accounts/actions.ts#changeRoleAction': { callers: adminOnly, args: (victim) => [null, { userId: victim.id, role: 'manager' }] },
  'app/(app)/admin/accounts/actions.ts#setActiveAction': { callers: adminOnly, args: (victim) => [null, { userId: victim.id, active: 'false' }] },
  'app/(app)/admin/accounts/actions.ts#resetPasswordAction': {
    callers: adminOnly,
    args: (victim) => [null, { userId: victim.id, passwordMode: 'set', password: 'taken over password' }],
  },
  'app/(app)/admin/settings/actions.ts#updateMissionSettingsAction': {
    callers: adminOnly,
    args: () => [null, { missionName: 'Renamed by the matrix', version: readE2eDatabase((db) => (db.prepare('select version from mission_settings').get() as { version: number } | undefined)?.version ?? 0) }],
  },
};

/** Public by design and covered by their own tests: sign-in must answer anyone. */
const publicActions = new Set(['app/(auth)/sign-in/actions.ts#signInWithPassword']);

/** Every row of every table the actions can touch, to prove a refused call changed nothing. */
function databaseSnapshot(): string {
  return readE2eDatabase((db) =>
    JSON.stringify(['users', 'mission_settings', 'audit_events'].map((table) => db.prepare(`select * from ${table} order by 1`).all())),
  );
}

test.describe.configure({ mode: 'serial' });

let accounts: Record<Exclude<Caller, 'anonymous'>, TestAccount>;
let deactivatedSession: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  accounts = {
    officer: await createTestAccount(baseURL!, 'officer', 'matrix-officer'),
    manager: await createTestAccount(baseURL!, 'manager', 'matrix-manager'),
    admin: await createTestAccount(baseURL!, 'admin', 'matrix-admin'),
    deactivated: await createTestAccount(baseURL!, 'admin', 'matrix-deactivated'),
  };
  // A session opened before deactivation: the cookie is still a valid JWT, the account is not.
  deactivatedSession = await playwrightRequest.newContext({ baseURL });
  await signInViaApi(deactivatedSession, accounts.deactivated.email, accounts.deactivated.password);
  const admin = await playwrightRequest.newContext({ baseURL });
  await signInViaApi(admin, FIRST_ADMIN.email, FIRST_ADMIN.password);
  const id = readE2eDatabase((db) => (db.prepare('select id from users where email = ?').get(accounts.deactivated.email) as { id: number }).id);
  const result = await callServerAction(admin, 'app/(app)/admin/accounts/actions.ts', 'setActiveAction', [null, { userId: id, active: 'false' }]);
  expect(result.body).toContain('"ok":true');
  await admin.dispose();
});

test('every server action in the build has a row', () => {
  const built = listServerActions().map((action) => `${action.file}#${action.name}`);
  const missing = built.filter((key) => !(key in matrix) && !publicActions.has(key));
  expect(missing, 'server actions without a row in the authorization matrix').toEqual([]);
  expect(Object.keys(matrix).filter((key) => !built.includes(key)), 'rows for actions that no longer exist').toEqual([]);
});

for (const [key, row] of Object.entries(matrix)) {
  const [file, name] = key.split('#') as [string, string];
  for (const [caller, outcome] of Object.entries(row.callers) as [Caller, Outcome][]) {
    test(`${name} as ${caller} is ${outcome}`, async ({ baseURL }) => {
      const victim = await createTestAccount(baseURL!, 'officer', 'victim');
      const victimId = readE2eDatabase((db) => (db.prepare('select id from users where email = ?').get(victim.email) as { id: number }).id);
      let session: APIRequestContext;
      if (caller === 'deactivated') session = deactivatedSession;
      else {
        // The anonymous caller carries a forged session cookie: it gets past proxy.ts, so the action's own check is what refuses it.
        const forged = { cookies: [{ name: 'authjs.session-token', value: 'forged', domain: 'localhost', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' as const }], origins: [] };
        session = await playwrightRequest.newContext({ baseURL, storageState: caller === 'anonymous' ? forged : undefined });
        if (caller !== 'anonymous') await signInViaApi(session, accounts[caller].email, accounts[caller].password);
      }
      const before = databaseSnapshot();
      const response = await callServerAction(session, file, name, row.args({ id: victimId }));
      const redirectedToSignIn = /^(https?:\/\/[^/]+)?\/sign-in\b/.test(response.headers['x-action-redirect'] ?? '');
      expect(response.status, response.body).toBeLessThan(500);
      if (outcome === 'refused') {
        const refusal = /You do not have permission to do this\.|Setup has already been completed\./.test(response.body);
        expect(refusal || redirectedToSignIn, `refusal expected, got: ${response.body.slice(0, 300)}`).toBe(true);
        expect(databaseSnapshot(), 'a refused call changed the database').toBe(before);
      } else {
        expect(response.body.includes('"ok":true') || redirectedToSignIn, `success expected, got: ${response.body.slice(0, 300)}`).toBe(true);
        expect(databaseSnapshot(), 'an allowed call changed nothing').not.toBe(before);
      }
      if (caller !== 'deactivated') await session.dispose();
    });
  }
}
