import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { createTestAccount, firstAdminSession, FORGED_SESSION, signInViaApi, type TestAccount } from './fixtures/accounts';
import {
  actions,
  type Caller,
  createTargets,
  databaseSnapshot,
  databaseSnapshots,
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
    .map(
      (file) =>
        `/${path
          .dirname(file)
          .split(path.sep)
          .filter((segment) => !/^\(.*\)$/.test(segment))
          .join('/')}`,
    );
  // Auth.js's own endpoints, and the calendar feed whose secret URL is its key (e2e/follow-ups.spec.ts).
  const publicRoutes = ['/api/auth/[...nextauth]', '/api/calendar/[token]'];
  const covered = Object.keys(routes).map((url) => url.split('?')[0]);
  expect(handlers.filter((route) => !covered.includes(route) && !publicRoutes.includes(route)).sort()).toEqual([]);
});

test('every server action in the build has a row', () => {
  const built = listServerActions().map((action) => `${action.file}#${action.name}`);
  const rowsFor = new Set(Object.keys(actions).map((key) => key.split(' › ')[0]!));
  expect(
    built.filter((key) => !rowsFor.has(key) && !publicActions.has(key)),
    'server actions without a row in the authorization matrix',
  ).toEqual([]);
  expect(
    [...rowsFor].filter((key) => !built.includes(key)),
    'rows for actions that no longer exist',
  ).toEqual([]);
});

/** Refusals by the policy, as opposed to "not found" or "signed out": each is in the security log. */
const POLICY_REFUSALS = [
  'You do not have permission to do this.',
  'Only its author, its attendees and managers can edit this meeting.',
  'Only its owner, its author and managers can change this follow-up.',
  'Only its author and managers can make a restricted meeting visible to everyone or change who attended it.',
  'Only the leaving holder and managers can write the notes of a handover.',
  'Only the successor can acknowledge the items of a handover.',
];

for (const [key, row] of Object.entries(actions)) {
  const [action, situation] = key.split(' › ') as [string, string | undefined];
  const [file, name] = action.split('#') as [string, string];
  for (const [caller, outcome] of Object.entries(row.callers) as [Caller, Outcome][]) {
    test(`${name}${situation ? ` (${situation})` : ''} as ${caller} is ${outcome}`, async ({ baseURL }) => {
      // Signed in afresh: a signOutEverywhere cell ends every earlier session of the owner.
      adminSession = await firstAdminSession(baseURL!);
      // The owner's records come from a session of their own, apart from the owner's session as a caller (endSessionAction ends it).
      const ownerSession = await playwrightRequest.newContext({ baseURL });
      await signInViaApi(ownerSession, accounts.owner.email, accounts.owner.password);
      const targets = await createTargets({ adminSession, ownerSession, ownerEmail: accounts.owner.email, attendeeEmail: accounts.officer.email });
      await ownerSession.dispose();
      const session = await sessionFor(caller, baseURL!);
      const { withoutSecurityLog: before, withSecurityLog: beforeWithLog } = databaseSnapshots();
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
        if (account && caller !== 'deactivated' && POLICY_REFUSALS.some((message) => response.body.includes(message))) {
          const logged = readE2eDatabase((db) =>
            db
              .prepare("select changes from audit_events where action = 'access.refused' and actor_id = ? and id > ?")
              .all(idOf('users', 'email', account.email), auditHighWater),
          ) as { changes: string }[];
          expect(logged.length, 'a refusal by the policy is in the security log').toBe(1);
        }
      } else if (row.readOnly) {
        // Allowed, and by design it writes nothing: nothing to audit either.
        expect(response.body, `success expected, got: ${response.body.slice(0, 300)}`).toContain('"ok":true');
        expect(databaseSnapshot(), 'a read-only action changed the database').toBe(before);
      } else {
        const signsOut = name === 'signOutEverywhere' || name === 'signOutAction';
        const succeeded = response.body.includes('"ok":true') || (redirect !== '' && !redirectedToSignIn) || (signsOut && redirectedToSignIn);
        expect(succeeded, `success expected, got: ${redirect} ${response.body.slice(0, 300)}`).toBe(true);
        expect(databaseSnapshot({ withSecurityLog: true }), 'an allowed call changed nothing').not.toBe(beforeWithLog);
        // Every change is in the audit log, in the caller's name.
        const callerId = idOf('users', 'email', accounts[caller as Exclude<Caller, 'anonymous'>].email);
        const audited = readE2eDatabase(
          (db) => db.prepare('select count(*) as n from audit_events where actor_id = ? and id > ?').get(callerId, auditHighWater) as { n: number },
        ).n;
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

/** A post for the routes under /posts/[id]: made by the first admin. */
async function aPostId(baseURL: string): Promise<number> {
  const title = `Route post ${Date.now()}-${Math.random()}`;
  await callServerAction(await firstAdminSession(baseURL), 'app/(app)/posts/actions.ts', 'savePostAction', [null, { title, countryCodes: 'BE' }]);
  return idOf('posts', 'title', title);
}

for (const [url, callers] of Object.entries(routes)) {
  for (const [caller, outcome] of Object.entries(callers) as [Caller, Outcome][]) {
    test(`GET ${url} as ${caller} is ${outcome}`, async ({ baseURL }) => {
      const session = await sessionFor(caller, baseURL!);
      const response = await session.get(url.includes('[id]') ? url.replace('[id]', String(await aPostId(baseURL!))) : url, { maxRedirects: 0 });
      if (outcome === 'allowed') expect(response.status()).toBe(200);
      else expect([401, 403]).toContain(response.status());
      if (caller !== 'deactivated' && !kept.has(caller)) await session.dispose();
    });
  }
}

test('each export holds exactly what its caller may see: a restricted meeting and its follow-up for its author and managers, never another officer', async ({
  baseURL,
}) => {
  const ownerSession = await playwrightRequest.newContext({ baseURL });
  await signInViaApi(ownerSession, accounts.owner.email, accounts.owner.password);
  const targets = await createTargets({
    adminSession: await firstAdminSession(baseURL!),
    ownerSession,
    ownerEmail: accounts.owner.email,
    attendeeEmail: accounts.officer.email,
  });
  await ownerSession.dispose();
  const titleOf = (table: string, id: number) =>
    readE2eDatabase((db) => (db.prepare(`select title from ${table} where id = ?`).get(id) as { title: string }).title);
  const restricted = { meeting: titleOf('meetings', targets.meetingId), followUp: titleOf('follow_ups', targets.followUpId) };
  const normal = { meeting: titleOf('meetings', targets.normalMeetingId), followUp: titleOf('follow_ups', targets.normalFollowUpId) };
  const seesRestricted = { officer: false, owner: true, manager: true, admin: true };
  for (const [caller, sees] of Object.entries(seesRestricted) as [Exclude<Caller, 'anonymous' | 'deactivated'>, boolean][]) {
    const session = await sessionFor(caller, baseURL!);
    const meetingsCsv = await (await session.get('/meetings/export')).text();
    const followUpsCsv = await (await session.get('/follow-ups/export')).text();
    expect(meetingsCsv.includes(restricted.meeting), `${caller} exports the restricted meeting`).toBe(sees);
    expect(followUpsCsv.includes(restricted.followUp), `${caller} exports the restricted follow-up`).toBe(sees);
    expect(meetingsCsv, `${caller} exports the normal meeting`).toContain(normal.meeting);
    expect(followUpsCsv, `${caller} exports the normal follow-up`).toContain(normal.followUp);
    const auditLog = await session.get('/admin/audit/export');
    expect(auditLog.status(), `${caller} ships the audit log`).toBe(caller === 'admin' ? 200 : 403);
    if (caller === 'admin') {
      const events = (await auditLog.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { action: string; security: boolean });
      expect(events.some((event) => event.action === 'meeting.create' && !event.security)).toBe(true);
      expect(events.some((event) => event.action === 'sign-in.succeeded' && event.security)).toBe(true);
    }
  }
});

test('a calendar feed is its token holder’s own follow-ups as they may see them; any other token is a 404', async ({ baseURL, playwright }) => {
  const ownerSession = await sessionFor('owner', baseURL!);
  const targets = await createTargets({
    adminSession: await firstAdminSession(baseURL!),
    ownerSession,
    ownerEmail: accounts.owner.email,
    attendeeEmail: accounts.officer.email,
  });
  const dated = `Dated restricted follow-up ${Date.now()}`;
  const ownerId = idOf('users', 'email', accounts.owner.email);
  const created = await callServerAction(ownerSession, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [
    null,
    { title: dated, countryCode: 'BE', committedBy: 'ours', ownerId, meetingId: targets.meetingId, dueDate: '2031-03-01' },
  ]);
  expect(created.body).toContain('"ok":true');
  const feedOf = async (caller: 'owner' | 'officer') => {
    const result = await callServerAction(await sessionFor(caller, baseURL!), 'app/(app)/follow-ups/actions.ts', 'regenerateCalendarFeedAction', [null, {}]);
    return /"path":"(\/api\/calendar\/[\w-]+)"/.exec(result.body)![1]!;
  };
  const anyone = await playwright.request.newContext({ baseURL });
  const ownerFeed = await anyone.get(await feedOf('owner'));
  expect(ownerFeed.status()).toBe(200);
  expect(await ownerFeed.text()).toContain(dated);
  const officerFeed = await anyone.get(await feedOf('officer'));
  expect(officerFeed.status()).toBe(200);
  expect(await officerFeed.text()).not.toContain(dated);
  for (const path of ['/api/calendar/not-a-token-of-anyone-0000000', '/api/calendar/%00', `/api/calendar/${'a'.repeat(300)}`])
    expect((await anyone.get(path)).status(), path).toBe(404);
  await anyone.dispose();
});

test('Auth.js’s own endpoints: the session endpoint tells nothing but the id, and sign-in or sign-out without the CSRF token does nothing', async ({
  baseURL,
  playwright,
}) => {
  for (const caller of ['officer', 'admin'] as const) {
    const session = await sessionFor(caller, baseURL!);
    const answer = (await (await session.get('/api/auth/session')).json()) as { user: Record<string, unknown> };
    expect(answer.user).toEqual({ id: String(idOf('users', 'email', accounts[caller].email)), email: '', name: null, image: null, emailVerified: null });
  }
  const forged = await sessionFor('anonymous', baseURL!);
  expect(await (await forged.get('/api/auth/session')).json()).toBeNull();

  // Signing out needs the CSRF token: without it the session lives on.
  const officer = await sessionFor('officer', baseURL!);
  await officer.post('/api/auth/signout', { form: {}, maxRedirects: 0 });
  expect((await officer.get('/api/pick-lists')).status()).toBe(200);

  // The right password posted without the CSRF token starts no session.
  const stranger = await playwright.request.newContext({ baseURL });
  const posted = await stranger.post('/api/auth/callback/credentials', {
    form: { email: accounts.officer.email, password: accounts.officer.password },
    maxRedirects: 0,
  });
  expect(posted.headers().location ?? '').toMatch(/error=MissingCSRF/);
  expect((await stranger.get('/api/pick-lists')).status()).toBe(401);
  await stranger.dispose();
});
