import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { firstAdminSession, createTestAccount, pageSignedInAs, signInThroughForm, type TestAccount } from './fixtures/accounts';
import { idOf } from './fixtures/action-catalogue';
import { expectAccessible } from './fixtures/axe';
import { readE2eDatabase } from './fixtures/database';
import { expectDraftKept, fillMeetingBasics } from './fixtures/meeting-form';
import { callServerAction } from './fixtures/server-actions';

/**
 * Nothing typed is lost: each way a save can fail (the session ended for any reason, a refusal, a
 * server error, no connection, the tab closed) leaves the text on screen or in a draft, and it saves
 * once the cause is gone.
 */

const unique = () => Math.random().toString(36).slice(2, 7);
const SUMMARY = 'Both chambers will prepare a package to promote digital cooperation, then consider B2B forums.';

async function asAdmin<T>(baseURL: string, run: (admin: APIRequestContext) => Promise<T>): Promise<T> {
  return run(await firstAdminSession(baseURL));
}

/** A meeting typed into the form and kept as a draft, not yet saved. */
async function typeMeeting(page: Page, title: string) {
  await page.goto('/meetings/new');
  await fillMeetingBasics(page, { title, date: '2024-06-24', city: 'Brussels', country: 'BE', partner: 'KZ' });
  await page.getByLabel('Summary').fill(SUMMARY);
  await expectDraftKept(page);
}

async function expectSavedMeeting(page: Page, title: string) {
  // The meeting's own page: the form resumed from a draft is headed "Log a meeting: <title>", which a loose match would take.
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  await expect(page.getByText(SUMMARY)).toBeVisible();
}

/** The dialog that asks for the password again without leaving the form. */
async function signInAgain(page: Page, password: string) {
  const dialog = page.getByRole('dialog', { name: 'Sign in again to save' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('E-mail')).not.toBeEmpty();
  await dialog.getByLabel('Password').fill(password);
  await dialog.getByRole('button', { name: 'Sign in and continue' }).click();
}

const localDrafts = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('readout.')));

async function secondDevice(browser: Browser, account: TestAccount) {
  const page = await pageSignedInAs(browser, account);
  await page.goto('/');
  return page;
}

test('signed out everywhere from another device: Save asks for the password in place and saves the meeting with every word', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'two-devices');
  const page = await pageSignedInAs(browser, officer);
  const title = `Chambers of commerce ${unique()}`;
  await typeMeeting(page, title);

  const phone = await secondDevice(browser, officer);
  await phone.locator('summary', { hasText: officer.name }).click();
  await phone.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(phone).toHaveURL(/\/sign-in/);

  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.getByRole('dialog', { name: 'Sign in again to save' })).toBeVisible();
  await expectAccessible(page);
  await signInAgain(page, officer.password);
  await expectSavedMeeting(page, title);
  // Saving the meeting settled its draft.
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Unfinished drafts' })).toHaveCount(0);
});

test('a password reset, then a deactivation: the text waits in the form until the right person may sign in again', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'reset-while-typing');
  const userId = idOf('users', 'email', officer.email);
  const page = await pageSignedInAs(browser, officer);
  const title = `Courtesy call ${unique()}`;
  await typeMeeting(page, title);

  const newPassword = `a brand new password ${unique()}`;
  await asAdmin(baseURL!, (admin) =>
    callServerAction(admin, 'app/(app)/admin/accounts/actions.ts', 'resetPasswordAction', [null, { userId, passwordMode: 'set', password: newPassword }]),
  );
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await signInAgain(page, officer.password);
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('Wrong e-mail or password.');

  // Paused meanwhile: even the right password is refused, and nothing is lost by giving up for now.
  await asAdmin(baseURL!, (admin) => callServerAction(admin, 'app/(app)/admin/accounts/actions.ts', 'setActiveAction', [null, { userId, active: 'false' }]));
  await page.getByRole('dialog').getByLabel('Password').fill(newPassword);
  await page.getByRole('dialog').getByRole('button', { name: 'Sign in and continue' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('Wrong e-mail or password.');
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.locator('form [role=alert]').first()).toContainText('Your session has ended');
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await expect(page.getByLabel('Summary')).toHaveValue(SUMMARY);

  await asAdmin(baseURL!, (admin) => callServerAction(admin, 'app/(app)/admin/accounts/actions.ts', 'setActiveAction', [null, { userId, active: 'true' }]));
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await signInAgain(page, newPassword);
  // The admin set that password: a new one of the officer's own comes first, in another tab, while the form waits.
  const dialog = page.getByRole('dialog', { name: 'Sign in again to save' });
  await expect(dialog).toContainText('Your sign-in needs one more step first: choosing a new password.');
  const [tab] = await Promise.all([page.context().waitForEvent('page'), dialog.getByRole('link', { name: 'Sign in in a new tab' }).click()]);
  await expect(tab).toHaveURL(/\/sign-in$/);
  await signInThroughForm(tab, officer.email, newPassword, { newPassword: `my own again ${unique()} password` });
  await dialog.getByRole('button', { name: 'Done: save now' }).click();
  await expectSavedMeeting(page, title);
});

test('an expired session asks again on Save; a sign-in in another tab meanwhile lets the next Save through at once', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'expired');
  const page = await pageSignedInAs(browser, officer);
  const first = `Expired while typing ${unique()}`;
  await typeMeeting(page, first);
  await page.context().clearCookies(); // what an expired cookie leaves
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await signInAgain(page, officer.password);
  await expectSavedMeeting(page, first);

  const second = `Signed in elsewhere meanwhile ${unique()}`;
  await typeMeeting(page, second);
  await page.context().clearCookies();
  const otherTab = await page.context().newPage();
  await signInThroughForm(otherTab, officer.email, officer.password);
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expectSavedMeeting(page, second);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a server error, a body refused as too large and a dropped connection leave the text on screen; it saves once the server answers', async ({
  browser,
  baseURL,
}) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'offline');
  const page = await pageSignedInAs(browser, officer);
  const title = `Field visit ${unique()}`;
  await typeMeeting(page, title);

  // The server fails the save outright (a crash, or a proxy in front refusing the body as too large).
  for (const status of [500, 413]) {
    await page.route('**/meetings/new', (route) => (route.request().method() === 'POST' ? route.fulfill({ status, body: 'Refused' }) : route.continue()));
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await expect(page.locator('form [role=alert]').first()).toContainText('Nothing was saved; your text is still here');
    await expect(page.getByLabel('Summary')).toHaveValue(SUMMARY);
    await page.unroute('**/meetings/new');
  }

  await page.context().setOffline(true);
  await page.getByLabel('Outcome').fill('Study visits for members of the chamber.');
  await expect(page.getByText('No connection: your text is kept in this browser')).toBeVisible();
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.locator('form [role=alert]').first()).toContainText('Nothing was saved; your text is still here');
  await expect(page.getByLabel('Summary')).toHaveValue(SUMMARY);

  await page.context().setOffline(false);
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expectSavedMeeting(page, title);
  await expect(page.getByText('Study visits for members of the chamber.')).toBeVisible();
});

test('a closed tab: the restricted draft is listed on home for its author alone, resumes with its text and goes once saved', async ({ browser, baseURL }) => {
  const [officer, manager] = await Promise.all([createTestAccount(baseURL!, 'officer', 'closed-tab'), createTestAccount(baseURL!, 'manager', 'curious')]);
  const page = await pageSignedInAs(browser, officer);
  const title = `Restricted consultations ${unique()}`;
  await typeMeeting(page, title);
  await page.getByLabel('Restricted: its author, its attendees and managers only').check();
  await page.getByRole('button', { name: 'ICT and digital innovation: agreed' }).click();
  await expectDraftKept(page);
  const draftId = readE2eDatabase((db) => (db.prepare('select id from drafts where label = ?').get(title) as { id: number }).id);
  await page.close();

  const again = await page.context().newPage();
  await again.goto('/');
  const drafts = again.getByRole('region', { name: 'Unfinished drafts' });
  await expect(drafts).toContainText(`New meeting: ${title}`);
  await expectAccessible(again);

  // Nobody else sees it, whatever their role: not listed, and its address is a 404.
  const managerPage = await pageSignedInAs(browser, manager);
  await managerPage.goto('/');
  await expect(managerPage.getByText(title)).toHaveCount(0);
  expect((await managerPage.goto(`/meetings/new?draft=${draftId}`))?.status()).toBe(404);

  await drafts.getByRole('link', { name: title }).click();
  await expect(again.getByLabel('Title')).toHaveValue(title);
  await expect(again.getByLabel('Summary')).toHaveValue(SUMMARY);
  await expect(again.getByLabel('Restricted: its author, its attendees and managers only')).toBeChecked();
  await expect(again.getByRole('button', { name: 'ICT and digital innovation: agreed' })).toHaveAttribute('aria-pressed', 'true');
  await again.getByRole('button', { name: 'Save meeting' }).click();
  await expectSavedMeeting(again, title);
  expect(readE2eDatabase((db) => db.prepare('select count(*) as n from drafts where id = ?').get(draftId))).toEqual({ n: 0 });
});

test('typed offline and the tab closed: the browser hands the text to the server on the next visit; signing out leaves none behind', async ({
  browser,
  baseURL,
}) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'offline-closed');
  const page = await pageSignedInAs(browser, officer);
  await page.goto('/meetings/new');
  await page.context().setOffline(true);
  const title = `Typed on the train ${unique()}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill(SUMMARY);
  await expect(page.getByText('No connection: your text is kept in this browser')).toBeVisible();
  expect(await localDrafts(page)).toHaveLength(1);
  await page.close();

  const later = await page.context().newPage();
  await page.context().setOffline(false);
  await later.goto('/');
  await expect(later.getByRole('region', { name: 'Unfinished drafts' })).toContainText(title);
  await expect.poll(() => localDrafts(later)).toEqual([]);

  // Text the server never got stays in the browser only until its author signs out on this device.
  await later.goto('/meetings/new');
  await later.context().setOffline(true);
  await later.getByLabel('Title').fill(`Never sent ${unique()}`);
  await expect.poll(() => localDrafts(later)).toHaveLength(1);
  await later.context().setOffline(false);
  await later.locator('summary', { hasText: officer.name }).click();
  await later.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(later).toHaveURL(/\/sign-in/);
  expect(await localDrafts(later)).toEqual([]);
});

test('an edit left unsaved comes back in the form, and can be discarded for the saved meeting', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'editing');
  const page = await pageSignedInAs(browser, officer);
  const title = `Protocol meeting ${unique()}`;
  await typeMeeting(page, title);
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expectSavedMeeting(page, title);
  const editUrl = `${new URL(page.url()).pathname}/edit`;

  await page.goto(editUrl);
  await page.getByLabel('Outcome').fill('A visit of members of parliament is to be arranged.');
  await expectDraftKept(page);
  await page.goto(editUrl);
  await expect(page.getByText('Your unsaved changes are back in the form')).toBeVisible();
  await expect(page.getByLabel('Outcome')).toHaveValue('A visit of members of parliament is to be arranged.');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Discard them and start from the saved meeting' }).click();
  await page.getByRole('button', { name: 'Discard for good' }).click();
  await expect(page.getByText('Your unsaved changes are back in the form')).toHaveCount(0);
  await expect(page.getByLabel('Outcome')).toHaveValue('');
});

test('a follow-up’s note and a new follow-up keep their text through a reload and an ended session', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'notes');
  const page = await pageSignedInAs(browser, officer);
  const followUp = `Send the list of companies ${unique()}`;
  await page.goto('/follow-ups/new');
  await page.getByLabel('What was committed').fill(followUp);
  await page.getByLabel('Details').fill('Twelve ICT companies, with contacts.');
  await page.getByLabel('Partner country').selectOption('KZ');
  await expectDraftKept(page);
  await page.context().clearCookies();
  await page.getByRole('button', { name: 'Save follow-up' }).click();
  await signInAgain(page, officer.password);
  await expect(page.getByRole('heading', { level: 1, name: followUp })).toBeVisible();

  const note = 'Called the chamber; the list comes next week.';
  await page.getByLabel('Progress note').fill(note);
  await expectDraftKept(page);
  await page.reload();
  await expect(page.getByLabel('Progress note')).toHaveValue(note);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('list', { name: 'History' })).toContainText(note);
  await expect(page.getByLabel('Progress note')).toHaveValue('');
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Unfinished drafts' })).toHaveCount(0);
});
