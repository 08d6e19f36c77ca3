import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { createTestAccount, firstAdminSession, FORGED_SESSION, signInViaApi, type TestAccount } from './fixtures/accounts';
import {
  actions,
  type Caller,
  createTargets,
  databaseSnapshot,
  idOf,
  type Outcome,
  publicActions,
  REFUSALS,
  routes,
} from './fixtures/action-catalogue';
import { readE2eDatabase } from './fixtures/database';
import { keepRecoveryCodes, RECOVERY_CODE_PATTERN } from './fixtures/second-factor';
import { callServerAction, listServerActions } from './fixtures/server-actions';

/**
 * Every server action and route × every kind of caller, by direct request with the caller's cookie
 * (no UI), against the table in fixtures/action-catalogue.ts. "owner" is an officer who created (and
 * attended) the target meeting; "officer" is another one.
 */
test.describe.configure({ mode: 'serial' });

let accounts: Record<Exclude<Caller, 'anonymous'>, TestAccount>;
let deactivatedSession: APIRequestContext;
let adminSession: APIRequestContext;
/** Callers' sessions, kept while they last (a sign-in costs a password hash, and for managers and admins a one-time code). */
const kept = new Map<Caller, APIRequestContext>();

async function sessionFor(caller: Caller, baseURL: string): Promise<APIRequestContext> {
  if (caller === 'deactivated') return deactivatedSession;
  const known = kept.get(caller);
  if (known && (await known.get('/api/pick-lists')).ok()) return known;
  // The anonymous caller carries a forged cookie: the refusal comes from the action's own check of the session.
  const session = await playwrightRequest.newContext({ baseURL, storageState: caller === 'anonymous' ? FORGED_SESSION : undefined });
  if (caller !== 'anonymous') await signInViaApi(session, accounts[caller].email, accounts[caller].password);
  if (caller !== 'anonymous') kept.set(caller, session);
  return session;
}

test.beforeAll(async ({ baseURL }) => {
  accounts = {
    officer: await createTestAccount(baseURL!, 'officer', 'matrix-officer'),
    owner: await createTestAccount(baseURL!, 'officer', 'matrix-owner'),
    manager: await createTestAccount(baseURL!, 'manager', 'matrix-manager'),
    admin: await createTestAccount(baseURL!, 'admin', 'matrix-admin'),
    deactivated: await createTestAccount(baseURL!, 'admin', 'matrix-deactivated'),
  };
  adminSession = await firstAdminSession(baseURL!);
  // A session opened before deactivation: the cookie is still a valid JWT, the account is not.
  deactivatedSession = await playwrightRequest.newContext({ baseURL });
  await signInViaApi(deactivatedSession, accounts.deactivated.email, accounts.deactivated.password);
  const result = await callServerAction(adminSession, 'app/(app)/admin/accounts/actions.ts', 'setActiveAction', [
    null,
    { userId: idOf('users', 'email', accounts.deactivated.email), active: 'false' },
  ]);
  expect(result.body).toContain('"ok":true');
});

test('every route handler has a row, or is public by design', () => {
  const handlers = fs
    .readdirSync('app', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('route.ts'))
    .map((file) => `/${path.dirname(file).split(path.sep).filter((segment) => !/^\(.*\)$/.test(segment)).join('/')}`);
  // Auth.js's own endpoints, and the calendar feed whose secret URL is its key (e2e/follow-ups.spec.ts).
  const publicRoutes = ['/api/auth/[...nextauth]', '/api/calendar/[token]'];
  const covered = Object.keys(routes).map((url) => url.split('?')[0]);
  expect(handlers.filter((route) => !covered.includes(route) && !publicRoutes.includes(route)).sort()).toEqual([]);
});

test('every server action in the build has a row', () => {
  const built = listServerActions().map((action) => `${action.file}#${action.name}`);
  expect(built.filter((key) => !(key in actions) && !publicActions.has(key)), 'server actions without a row in the authorization matrix').toEqual([]);
  expect(Object.keys(actions).filter((key) => !built.includes(key)), 'rows for actions that no longer exist').toEqual([]);
});

for (const [key, row] of Object.entries(actions)) {
  const [file, name] = key.split('#') as [string, string];
  for (const [caller, outcome] of Object.entries(row.callers) as [Caller, Outcome][]) {
    test(`${name} as ${caller} is ${outcome}`, async ({ baseURL }) => {
      // Signed in afresh: a signOutEverywhere cell ends every earlier session of the owner.
      adminSession = await firstAdminSession(baseURL!);
      // The owner's records come from a session of their own, apart from the owner's session as a caller (endSessionAction ends it).
      const ownerSession = await playwrightRequest.newContext({ baseURL });
      await signInViaApi(ownerSession, accounts.owner.email, accounts.owner.password);
      const targets = await createTargets({ adminSession, ownerSession, ownerEmail: accounts.owner.email });
      await ownerSession.dispose();
      const session = await sessionFor(caller, baseURL!);
      const before = databaseSnapshot();
      const auditHighWater = readE2eDatabase((db) => (db.prepare('select coalesce(max(id), 0) as id from audit_events').get() as { id: number }).id);
      const account = caller === 'anonymous' ? undefined : accounts[caller];
      const args = await row.args(targets, { account, session });
      const response = await callServerAction(session, file, name, [null, args]);
      // New recovery codes replace the old ones: the test keeps them, as the person would.
      const codes = response.body.match(RECOVERY_CODE_PATTERN) ?? [];
      if (account && codes.length === 10) keepRecoveryCodes(account.email, codes);
      const redirect = response.headers['x-action-redirect'] ?? '';
      const redirectedToSignIn = /^(https?:\/\/[^/]+)?\/sign-in\b/.test(redirect);
      expect(response.status, response.body).toBeLessThan(500);
      if (outcome === 'refused') {
        const refusal = REFUSALS.some((message) => response.body.includes(message));
        expect(refusal || redirectedToSignIn, `refusal expected, got: ${response.body.slice(0, 300)}`).toBe(true);
        expect(databaseSnapshot(), 'a refused call changed the database').toBe(before);
      } else if (row.readOnly) {
        // Allowed, and by design it writes nothing: nothing to audit either.
        expect(response.body, `success expected, got: ${response.body.slice(0, 300)}`).toContain('"ok":true');
        expect(databaseSnapshot(), 'a read-only action changed the database').toBe(before);
      } else {
        const signsOut = name === 'signOutEverywhere' || name === 'signOutAction';
        const succeeded = response.body.includes('"ok":true') || (redirect !== '' && !redirectedToSignIn) || (signsOut && redirectedToSignIn);
        expect(succeeded, `success expected, got: ${redirect} ${response.body.slice(0, 300)}`).toBe(true);
        expect(databaseSnapshot(), 'an allowed call changed nothing').not.toBe(before);
        // Every change is in the audit log, in the caller's name.
        const callerId = idOf('users', 'email', accounts[caller as Exclude<Caller, 'anonymous'>].email);
        const audited = readE2eDatabase((db) => db.prepare('select count(*) as n from audit_events where actor_id = ? and id > ?').get(callerId, auditHighWater) as { n: number }).n;
        expect(audited, `${name} by ${caller} wrote no audit event`).toBeGreaterThan(0);
        if (name === 'changePasswordAction') accounts[caller as Exclude<Caller, 'anonymous'>].password = String(args.password);
        if (name === 'enrolAction') {
          // Back as it was, through the same page a person would use: officers sign in without a code again.
          const off = await callServerAction(session, 'app/(app)/account/actions.ts', 'turnOffSecondFactorAction', [null, { code: codes[0] }]);
          expect(off.body, 'two-step verification turned off again').toContain('"ok":true');
        }
      }
      if (caller !== 'deactivated' && !kept.has(caller)) await session.dispose();
    });
  }
}

for (const [url, callers] of Object.entries(routes)) {
  for (const [caller, outcome] of Object.entries(callers) as [Caller, Outcome][]) {
    test(`GET ${url} as ${caller} is ${outcome}`, async ({ baseURL }) => {
      const session = await sessionFor(caller, baseURL!);
      const response = await session.get(url, { maxRedirects: 0 });
      if (outcome === 'allowed') expect(response.status()).toBe(200);
      else expect([401, 403]).toContain(response.status());
      if (caller !== 'deactivated' && !kept.has(caller)) await session.dispose();
    });
  }
}
