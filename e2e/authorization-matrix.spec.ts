import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { createTestAccount, FIRST_ADMIN, signInViaApi, type TestAccount } from './fixtures/accounts';
import { readE2eDatabase } from './fixtures/database';
import { callServerAction, listServerActions } from './fixtures/server-actions';

/**
 * Every server action and route × every kind of caller, by direct request with the caller's cookie
 * (no UI). Written out by hand; the first test fails when the build has an action this table lacks.
 * "owner" is an officer who created (and attended) the target meeting; "officer" is another one.
 */
type Caller = 'anonymous' | 'officer' | 'owner' | 'manager' | 'admin' | 'deactivated';
type Outcome = 'allowed' | 'refused';
type Targets = { userId: number; meetingId: number; meetingVersion: number; contactId: number; otherContactId: number; organisationId: number; areaId: number; followUpId: number };
type Row = { callers: Record<Caller, Outcome>; args: (targets: Targets) => Record<string, unknown> };

const refusedFor = (...allowed: Caller[]) =>
  Object.fromEntries((['anonymous', 'officer', 'owner', 'manager', 'admin', 'deactivated'] as const).map((caller) => [caller, allowed.includes(caller) ? 'allowed' : 'refused'])) as Record<Caller, Outcome>;
const adminOnly = refusedFor('admin');
const managers = refusedFor('manager', 'admin');
const staff = refusedFor('officer', 'owner', 'manager', 'admin');
const nobody = refusedFor();

const random = () => Math.random().toString(36).slice(2, 8);
const meetingFields = (title: string) => ({
  title,
  kind: 'call',
  startDate: '2024-06-24',
  placeCity: 'Brussels',
  placeCountry: 'BE',
  countries: 'BE',
  confidentiality: 'restricted',
});
const contactFields = (name: string) => ({ name, title: 'Counsellor', countryCode: 'BE' });

const actions: Record<string, Row> = {
  'app/(auth)/setup/actions.ts#completeSetup': {
    callers: nobody, // setup is over once an account exists
    args: () => ({ name: 'Late setup', email: 'late-setup@evil.test', password: 'a long enough password' }),
  },
  'app/(app)/actions.ts#signOutEverywhere': { callers: staff, args: () => ({}) },
  'app/(app)/admin/accounts/actions.ts#createAccountAction': {
    callers: adminOnly,
    args: () => ({ name: 'Matrix', email: `matrix-${random()}@mission.test`, role: 'admin', passwordMode: 'generate' }),
  },
  'app/(app)/admin/accounts/actions.ts#changeRoleAction': { callers: adminOnly, args: (t) => ({ userId: t.userId, role: 'manager' }) },
  'app/(app)/admin/accounts/actions.ts#setActiveAction': { callers: adminOnly, args: (t) => ({ userId: t.userId, active: 'false' }) },
  'app/(app)/admin/accounts/actions.ts#resetPasswordAction': {
    callers: adminOnly,
    args: (t) => ({ userId: t.userId, passwordMode: 'set', password: 'taken over password' }),
  },
  'app/(app)/admin/settings/actions.ts#updateMissionSettingsAction': {
    callers: adminOnly,
    args: () => ({ missionName: `Renamed ${random()}`, version: readE2eDatabase((db) => (db.prepare('select version from mission_settings').get() as { version: number } | undefined)?.version ?? 0) }),
  },
  'app/(app)/admin/reference/actions.ts#createAreaAction': { callers: adminOnly, args: () => ({ name: `Area ${random()}` }) },
  'app/(app)/admin/reference/actions.ts#renameAreaAction': { callers: adminOnly, args: (t) => ({ areaId: t.areaId, name: `Renamed area ${random()}` }) },
  'app/(app)/admin/reference/actions.ts#setAreaActiveAction': { callers: adminOnly, args: (t) => ({ areaId: t.areaId, active: 'false' }) },
  'app/(app)/admin/reference/actions.ts#setFocusCountryAction': {
    callers: adminOnly,
    args: () => ({ countryCode: ['FJ', 'TV', 'NR', 'KI', 'WS', 'TO'][Math.floor(Math.random() * 6)], focus: 'true' }),
  },
  'app/(app)/meetings/actions.ts#recordMeetingAction': { callers: staff, args: () => meetingFields(`Matrix meeting ${random()}`) },
  'app/(app)/meetings/actions.ts#updateMeetingAction': {
    callers: refusedFor('owner', 'manager', 'admin'),
    args: (t) => ({ ...meetingFields(`Edited ${random()}`), meetingId: t.meetingId, version: t.meetingVersion }),
  },
  'app/(app)/meetings/actions.ts#deleteMeetingAction': { callers: managers, args: (t) => ({ meetingId: t.meetingId }) },
  'app/(app)/contacts/actions.ts#createContactAction': { callers: staff, args: () => contactFields(`Matrix Contact ${random()}`) },
  'app/(app)/contacts/actions.ts#updateContactAction': {
    callers: staff,
    args: (t) => ({ ...contactFields(`Edited Contact ${random()}`), contactId: t.contactId, version: 1 }),
  },
  'app/(app)/contacts/actions.ts#mergeContactsAction': { callers: managers, args: (t) => ({ keepContactId: t.contactId, duplicateContactId: t.otherContactId }) },
  'app/(app)/follow-ups/actions.ts#createFollowUpAction': {
    callers: staff,
    args: () => ({ title: `Matrix follow-up ${random()}`, countryCode: 'BE', committedBy: 'partner' }),
  },
  'app/(app)/follow-ups/actions.ts#addNoteAction': { callers: refusedFor('owner', 'manager', 'admin'), args: (t) => ({ followUpId: t.followUpId, note: 'Matrix note' }) },
  'app/(app)/follow-ups/actions.ts#changeStatusAction': {
    callers: refusedFor('owner', 'manager', 'admin'),
    args: (t) => ({ followUpId: t.followUpId, version: 1, status: 'in-progress' }),
  },
  'app/(app)/follow-ups/actions.ts#changeDueDateAction': {
    callers: refusedFor('owner', 'manager', 'admin'),
    args: (t) => ({ followUpId: t.followUpId, version: 1, dueDate: '2031-01-01' }),
  },
  'app/(app)/follow-ups/actions.ts#reassignAction': { callers: managers, args: (t) => ({ followUpId: t.followUpId, version: 1, ownerId: t.userId }) },
  'app/(app)/follow-ups/actions.ts#regenerateCalendarFeedAction': { callers: staff, args: () => ({}) },
  'app/(app)/organisations/actions.ts#createOrganisationAction': { callers: staff, args: () => ({ name: `Matrix Org ${random()}`, kind: 'company' }) },
  'app/(app)/organisations/actions.ts#updateOrganisationAction': {
    callers: staff,
    args: (t) => ({ organisationId: t.organisationId, version: 1, name: `Edited Org ${random()}`, kind: 'ngo' }),
  },
};

/** Public by design and covered by their own tests: sign-in must answer anyone. */
const publicActions = new Set(['app/(auth)/sign-in/actions.ts#signInWithPassword']);

const routes: Record<string, Record<Caller, Outcome>> = {
  '/api/contacts/search?q=matrix': staff,
  '/api/organisations/search?q=matrix': staff,
  '/meetings/export': staff,
  '/follow-ups/export': staff,
};

const TABLES = ['follow_ups', 'follow_up_events', 'users', 'mission_settings', 'audit_events', 'meetings', 'meeting_places', 'meeting_countries', 'meeting_attendees', 'meeting_contacts', 'meeting_areas', 'contacts', 'organisations', 'cooperation_areas', 'focus_countries'];

/** Every row of every table an action can touch, to prove a refused call changed nothing. */
function databaseSnapshot(): string {
  return readE2eDatabase((db) => JSON.stringify(TABLES.map((table) => db.prepare(`select * from ${table} order by 1`).all())));
}

const REFUSALS = [
  'You do not have permission to do this.',
  'Setup has already been completed.',
  'This meeting does not exist or you cannot see it.',
  'Only its author, its attendees and managers can edit this meeting.',
  'This follow-up does not exist or you cannot see it.',
  'Only its owner, its author and managers can change this follow-up.',
];

test.describe.configure({ mode: 'serial' });

let accounts: Record<Exclude<Caller, 'anonymous'>, TestAccount>;
let deactivatedSession: APIRequestContext;
let adminSession: APIRequestContext;

const idOf = (table: string, column: string, value: string) =>
  readE2eDatabase((db) => (db.prepare(`select id from ${table} where ${column} = ? order by id desc`).get(value) as { id: number }).id);

async function sessionFor(caller: Caller, baseURL: string): Promise<APIRequestContext> {
  if (caller === 'deactivated') return deactivatedSession;
  // The anonymous caller carries a forged cookie: it gets past proxy.ts, so the action's own check is what refuses it.
  const forged = { cookies: [{ name: 'authjs.session-token', value: 'forged', domain: 'localhost', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' as const }], origins: [] };
  const session = await playwrightRequest.newContext({ baseURL, storageState: caller === 'anonymous' ? forged : undefined });
  if (caller !== 'anonymous') await signInViaApi(session, accounts[caller].email, accounts[caller].password);
  return session;
}

/** Fresh records for one cell, created by their rightful users: a victim account, a restricted meeting of the owner's with a follow-up, two contacts, an organisation, an area. */
async function createTargets(baseURL: string): Promise<Targets> {
  // Signed in afresh: a signOutEverywhere cell ends every earlier session of the owner.
  const ownerSession = await sessionFor('owner', baseURL);
  const victim = `victim-${random()}@mission.test`;
  await callServerAction(adminSession, 'app/(app)/admin/accounts/actions.ts', 'createAccountAction', [null, { name: 'Victim', email: victim, role: 'officer', passwordMode: 'generate' }]);
  const title = `Target meeting ${random()}`;
  await callServerAction(ownerSession, 'app/(app)/meetings/actions.ts', 'recordMeetingAction', [null, { ...meetingFields(title), attendees: String(idOf('users', 'email', accounts.owner.email)) }]);
  const [contact, otherContact, organisation, area] = [`Target Contact ${random()}`, `Target Duplicate ${random()}`, `Target Org ${random()}`, `Target Area ${random()}`];
  await callServerAction(ownerSession, 'app/(app)/contacts/actions.ts', 'createContactAction', [null, contactFields(contact)]);
  await callServerAction(ownerSession, 'app/(app)/contacts/actions.ts', 'createContactAction', [null, contactFields(otherContact)]);
  await callServerAction(ownerSession, 'app/(app)/organisations/actions.ts', 'createOrganisationAction', [null, { name: organisation, kind: 'company' }]);
  await callServerAction(adminSession, 'app/(app)/admin/reference/actions.ts', 'createAreaAction', [null, { name: area }]);
  const meetingId = idOf('meetings', 'title', title);
  const followUp = `Target follow-up ${random()}`;
  await callServerAction(ownerSession, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [
    null,
    { title: followUp, countryCode: 'BE', committedBy: 'ours', ownerId: idOf('users', 'email', accounts.owner.email), meetingId },
  ]);
  const targets = {
    userId: idOf('users', 'email', victim),
    meetingId,
    followUpId: idOf('follow_ups', 'title', followUp),
    meetingVersion: 1,
    contactId: idOf('contacts', 'name', contact),
    otherContactId: idOf('contacts', 'name', otherContact),
    organisationId: idOf('organisations', 'name', organisation),
    areaId: idOf('cooperation_areas', 'name', area),
  };
  await ownerSession.dispose();
  return targets;
}

test.beforeAll(async ({ baseURL }) => {
  accounts = {
    officer: await createTestAccount(baseURL!, 'officer', 'matrix-officer'),
    owner: await createTestAccount(baseURL!, 'officer', 'matrix-owner'),
    manager: await createTestAccount(baseURL!, 'manager', 'matrix-manager'),
    admin: await createTestAccount(baseURL!, 'admin', 'matrix-admin'),
    deactivated: await createTestAccount(baseURL!, 'admin', 'matrix-deactivated'),
  };
  adminSession = await playwrightRequest.newContext({ baseURL });
  await signInViaApi(adminSession, FIRST_ADMIN.email, FIRST_ADMIN.password);
  // A session opened before deactivation: the cookie is still a valid JWT, the account is not.
  deactivatedSession = await playwrightRequest.newContext({ baseURL });
  await signInViaApi(deactivatedSession, accounts.deactivated.email, accounts.deactivated.password);
  const result = await callServerAction(adminSession, 'app/(app)/admin/accounts/actions.ts', 'setActiveAction', [
    null,
    { userId: idOf('users', 'email', accounts.deactivated.email), active: 'false' },
  ]);
  expect(result.body).toContain('"ok":true');
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
      const targets = await createTargets(baseURL!);
      const session = await sessionFor(caller, baseURL!);
      const before = databaseSnapshot();
      const response = await callServerAction(session, file, name, [null, row.args(targets)]);
      const redirect = response.headers['x-action-redirect'] ?? '';
      const redirectedToSignIn = /^(https?:\/\/[^/]+)?\/sign-in\b/.test(redirect);
      expect(response.status, response.body).toBeLessThan(500);
      if (outcome === 'refused') {
        const refusal = REFUSALS.some((message) => response.body.includes(message));
        expect(refusal || redirectedToSignIn, `refusal expected, got: ${response.body.slice(0, 300)}`).toBe(true);
        expect(databaseSnapshot(), 'a refused call changed the database').toBe(before);
      } else {
        const succeeded = response.body.includes('"ok":true') || (redirect !== '' && !redirectedToSignIn) || (name === 'signOutEverywhere' && redirectedToSignIn);
        expect(succeeded, `success expected, got: ${redirect} ${response.body.slice(0, 300)}`).toBe(true);
        expect(databaseSnapshot(), 'an allowed call changed nothing').not.toBe(before);
      }
      if (caller !== 'deactivated') await session.dispose();
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
      if (caller !== 'deactivated') await session.dispose();
    });
  }
}
