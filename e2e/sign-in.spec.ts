import { type Browser, expect, type Page, test } from '@playwright/test';
import { createTestAccount, finishSignInSteps, firstAdminSession, signInThroughForm, uniqueEmail } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';
import { ageSessions, readE2eDatabase } from './fixtures/database';
import { expectDraftKept, fillMeetingBasics } from './fixtures/meeting-form';
import { currentStep, signInCode, totpCode, totpState } from './fixtures/second-factor';
import { callServerAction } from './fixtures/server-actions';

/**
 * Sign-in fit for a ministry (docs/decisions/0028-bounded-sessions-and-a-second-factor.md): sessions bounded on the server, a second factor
 * for those who see restricted records, passwords their owners choose, and a calendar feed that
 * does not outlive a change of credentials.
 */

async function newBrowserPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

const endReasons = (email: string) =>
  readE2eDatabase(
    (db) =>
      db
        .prepare('select end_reason as reason from sessions s join users u on u.id = s.user_id where u.email = ? and ended_at is not null order by s.id')
        .all(email) as { reason: string }[],
  ).map((row) => row.reason);

/** Whether a browser's session still opens the app: one request, as any page would make. */
async function stillSignedIn(page: Page) {
  const response = await page.request.get('/api/pick-lists', { maxRedirects: 0 });
  return response.status() === 200;
}

test('a manager’s first sign-in sets up the authenticator; wrong, replayed and spent codes are refused; a recovery code works once', async ({
  browser,
  baseURL,
}) => {
  const admin = await firstAdminSession(baseURL!);
  const manager = { name: 'Mira Manager', email: uniqueEmail('mira'), given: 'given by the admin 2026', own: 'mira keeps a quiet garden' };
  const created = await callServerAction(admin, 'app/(app)/admin/accounts/actions.ts', 'createAccountAction', [
    null,
    { ...manager, role: 'manager', passwordMode: 'set', password: manager.given },
  ]);
  expect(created.body).toContain('"ok":true');

  const page = await newBrowserPage(browser);
  await page.goto('/follow-ups');
  await page.getByLabel('E-mail').fill(manager.email);
  await page.getByLabel('Password').fill(manager.given);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Enrolment comes first, and nothing of the app opens until it is done.
  await expect(page.getByRole('heading', { name: 'Set up two-step verification' })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\/enrol\?next=%2Ffollow-ups$/);
  expect((await page.request.get('/api/pick-lists', { maxRedirects: 0 })).status()).toBe(401);
  await expect(page.getByRole('img', { name: 'QR code of your authenticator key' })).toBeVisible();
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  await page.getByLabel('Code from the app').fill(totpCode(secret, currentStep()));
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  const codes = await page.getByTestId('recovery-codes').getByRole('listitem').allTextContents();
  expect(readE2eDatabase((db) => JSON.stringify(db.prepare('select * from recovery_codes').all()))).not.toContain(codes[0]!.replace('-', ''));
  await page.getByRole('link', { name: 'I have kept them: continue' }).click();
  // Then the password the admin gave is replaced by one of the manager's own.
  await expect(page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('New password').fill('Password2024!');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText(/This password is too easy to guess\./)).toBeVisible();
  await page.getByLabel('New password').fill('Mira Manager mission');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText(/contains your name, your e-mail or the mission’s name/)).toBeVisible();
  await page.getByLabel('New password').fill(manager.given);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByText('This is the password you were given. Choose one of your own.')).toBeVisible();
  await page.getByLabel('New password').fill(manager.own);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(/\/follow-ups$/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // The next sign-in asks for a code: a wrong one, the one just used (replayed), then a recovery code twice.
  const later = await newBrowserPage(browser);
  const signInAgain = async () => {
    await later.goto('/sign-in');
    await later.getByLabel('E-mail').fill(manager.email);
    await later.getByLabel('Password').fill(manager.own);
    await later.getByRole('button', { name: 'Sign in' }).click();
    await expect(later.getByRole('heading', { name: 'Two-step verification', exact: true })).toBeVisible();
  };
  const giveCode = async (code: string) => {
    await later.getByLabel('Code', { exact: true }).fill(code);
    await Promise.all([later.waitForResponse((response) => response.request().method() === 'POST'), later.getByRole('button', { name: 'Verify' }).click()]);
  };
  await signInAgain();
  await expectAccessible(later);
  await giveCode(totpCode(secret, currentStep() + 4));
  await expect(later.getByText(/That code is not right\./).first()).toBeVisible();
  await giveCode(totpCode(secret, totpState(manager.email).lastStep!));
  await expect(later.getByText('This code has already been used. Wait for the next one in your app.').first()).toBeVisible();
  await giveCode(codes[0]!.toUpperCase());
  await expect(later.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await later.context().clearCookies();
  await signInAgain();
  await giveCode(codes[0]!);
  await expect(later.getByText(/That code is not right\./).first()).toBeVisible();
  await giveCode(codes[1]!);
  await expect(later.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect
    .poll(() =>
      readE2eDatabase((db) => (db.prepare("select count(*) as n from audit_events where action = 'second-factor.recovery-code'").get() as { n: number }).n),
    )
    .toBeGreaterThanOrEqual(2);
});

test('codes are throttled like passwords: the fifth wrong code makes the person wait', async ({ browser, baseURL }) => {
  const manager = await createTestAccount(baseURL!, 'manager', 'throttled');
  const page = await newBrowserPage(browser);
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(manager.email);
  await page.getByLabel('Password').fill(manager.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const { secret } = totpState(manager.email);
  const answered = async (code: string) => {
    await page.getByLabel('Code', { exact: true }).fill(code);
    // One answer at a time: a code typed while the last one is checked is cleared with the form.
    await Promise.all([page.waitForResponse((response) => response.request().method() === 'POST'), page.getByRole('button', { name: 'Verify' }).click()]);
  };
  for (let attempt = 1; attempt <= 5; attempt++) {
    await answered(totpCode(secret!, currentStep() + 3 + attempt));
    await expect(page.getByText(attempt < 5 ? /That code is not right\./ : /Too many failed codes\. Try again in 30 seconds\./).first()).toBeVisible();
    // The refused form is reset once its answer is shown: the next code is typed after that.
    await expect(page.getByLabel('Code', { exact: true })).toHaveValue('');
  }
  // Even the right code waits now.
  await answered(totpCode(secret!, currentStep() + 1));
  await expect(page.getByText(/Too many failed codes\. Try again in \d+ seconds\./).first()).toBeVisible();
  expect(await stillSignedIn(page)).toBe(false);
});

test('the idle and absolute limits end a session at its next request; the open form keeps its text and saves after signing in again, code included', async ({
  browser,
  baseURL,
}) => {
  const officer = await createTestAccount(baseURL!, 'manager', 'idle');
  const page = await newBrowserPage(browser);
  await signInThroughForm(page, officer.email, officer.password);
  await page.goto('/meetings/new');
  const title = `Idle-time meeting ${Date.now()}`;
  await fillMeetingBasics(page, { title, date: '2026-11-30', city: 'Brussels', country: 'BE', partner: 'KZ' });
  await page.getByLabel('Summary').fill('Written before a long phone call; the session timed out meanwhile.');
  await expectDraftKept(page);

  // 31 minutes without a request (the default idle limit is 30).
  ageSessions(officer.email, 'last_seen_at', 31);
  await page.getByRole('button', { name: 'Save meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in again to save' });
  await expect(dialog).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue(title);
  expect(endReasons(officer.email)).toContain('idle');
  await dialog.getByLabel('Password').fill(officer.password);
  await dialog.getByRole('button', { name: 'Sign in and continue' }).click();
  // A manager: the code is asked for in the same dialog, and the form stays where it is.
  await dialog.getByLabel('Code from your authenticator app').fill(await signInCode(officer.email));
  await dialog.getByRole('button', { name: 'Sign in and continue' }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();

  // 12 hours after signing in, however active: the next page asks to sign in again.
  ageSessions(officer.email, 'signed_in_at', 12 * 60 + 1);
  await page.goto('/follow-ups');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Ffollow-ups$/);
  expect(endReasons(officer.email)).toContain('expired');
});

test('sign out ends this session only, the other browser stays signed in; an ended session’s cookie, replayed, is refused', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'two-browsers');
  const [laptop, phone, tablet] = [await newBrowserPage(browser), await newBrowserPage(browser), await newBrowserPage(browser)];
  for (const page of [laptop, phone, tablet]) await signInThroughForm(page, officer.email, officer.password);
  const laptopCookies = await laptop.context().cookies();

  // "Sign out" on the laptop: the phone and the tablet carry on.
  await laptop.locator('summary', { hasText: /Account menu for/ }).click();
  await laptop.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(laptop).toHaveURL(/\/sign-in$/);
  expect([await stillSignedIn(phone), await stillSignedIn(tablet)]).toEqual([true, true]);
  const replay = await browser.newContext();
  await replay.addCookies(laptopCookies);
  expect((await replay.request.get('/api/pick-lists', { maxRedirects: 0 })).status()).toBe(401);
  const replayedAction = await callServerAction(replay.request, 'app/(app)/drafts/actions.ts', 'saveDraftAction', [
    null,
    { form: 'meeting', label: 'Replayed', payload: '{}' },
  ]);
  expect(replayedAction.body).toContain('Your session has ended');

  // From the phone, the tablet's session is ended in the list of sessions.
  await phone.goto('/account');
  await expectAccessible(phone);
  const sessions = phone.getByRole('region', { name: 'Where you are signed in' }).getByRole('listitem');
  await expect(sessions.filter({ hasText: 'Signed out' })).toHaveCount(1);
  await expect(sessions.filter({ hasText: 'This browser' })).toHaveCount(1);
  // Open ones first, the most recently used first: the tablet, signed in last.
  await sessions.filter({ hasNotText: 'This browser' }).getByRole('button', { name: 'End session' }).first().click();
  await expect(sessions.filter({ hasText: 'Ended by you' })).toHaveCount(1);
  expect([await stillSignedIn(phone), await stillSignedIn(tablet)]).toEqual([true, false]);

  // Auth.js's own sign-out endpoint ends the session too, not only the cookie.
  const phoneCookies = await phone.context().cookies();
  const { csrfToken } = (await (await phone.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await phone.request.post('/api/auth/signout', { form: { csrfToken }, maxRedirects: 0 });
  const replayPhone = await browser.newContext();
  await replayPhone.addCookies(phoneCookies.filter((cookie) => cookie.name.includes('session-token')));
  expect((await replayPhone.request.get('/api/pick-lists', { maxRedirects: 0 })).status()).toBe(401);
  expect(endReasons(officer.email).filter((reason) => reason === 'signed-out')).toHaveLength(2);
});

test('sign out everywhere and an admin’s “end all sessions” end every session of the account', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'everywhere');
  const pages = [await newBrowserPage(browser), await newBrowserPage(browser)];
  for (const page of pages) await signInThroughForm(page, officer.email, officer.password);
  await pages[0]!.locator('summary', { hasText: /Account menu for/ }).click();
  await pages[0]!.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(pages[0]!).toHaveURL(/\/sign-in$/);
  expect(await stillSignedIn(pages[1]!)).toBe(false);

  for (const page of pages) await signInThroughForm(page, officer.email, officer.password);
  const admin = await firstAdminSession(baseURL!);
  const userId = readE2eDatabase((db) => (db.prepare('select id from users where email = ?').get(officer.email) as { id: number }).id);
  const ended = await callServerAction(admin, 'app/(app)/admin/accounts/actions.ts', 'endAccountSessionsAction', [null, { userId }]);
  expect(ended.body).toContain('"ended":2');
  expect([await stillSignedIn(pages[0]!), await stillSignedIn(pages[1]!)]).toEqual([false, false]);
});

test('changing one’s password needs the current one, ends the other sessions and retires the calendar feed', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'new-password');
  const [page, other] = [await newBrowserPage(browser), await newBrowserPage(browser)];
  for (const p of [page, other]) await signInThroughForm(p, officer.email, officer.password);
  await page.goto('/follow-ups');
  await page.getByRole('button', { name: 'Create a new calendar link' }).click();
  const feed = new URL((await page.getByTestId('calendar-url').textContent())!.trim()).pathname;
  expect((await page.request.get(feed)).status()).toBe(200);

  await page.goto('/account');
  const form = page.getByRole('region', { name: 'Password' });
  await form.getByLabel('Current password').fill('not my password at all');
  await form.getByLabel('New password').fill('a brand new passphrase here');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('This is not your current password.')).toBeVisible();
  await form.getByLabel('Current password').fill(officer.password);
  await form.getByLabel('New password').fill('a brand new passphrase here');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status')).toContainText('Password changed.');
  expect([await stillSignedIn(page), await stillSignedIn(other)]).toEqual([true, false]);
  expect((await page.request.get(feed)).status()).toBe(404);
});

test('an admin resets a lost second factor: sessions end, the calendar feed stops, the next sign-in sets it up again', async ({ browser, baseURL }) => {
  const manager = await createTestAccount(baseURL!, 'manager', 'lost-phone');
  const page = await newBrowserPage(browser);
  await signInThroughForm(page, manager.email, manager.password);
  await page.goto('/follow-ups');
  await page.getByRole('button', { name: 'Create a new calendar link' }).click();
  const feed = new URL((await page.getByTestId('calendar-url').textContent())!.trim()).pathname;

  const adminPage = await (await browser.newContext({ storageState: await (await firstAdminSession(baseURL!)).storageState() })).newPage();
  const userId = readE2eDatabase((db) => (db.prepare('select id from users where email = ?').get(manager.email) as { id: number }).id);
  await adminPage.goto(`/admin/accounts/${userId}`);
  await expect(adminPage.getByText('Two-step verification: on.')).toBeVisible();
  await adminPage.getByRole('button', { name: 'Reset two-step verification' }).click();
  await expect(adminPage.getByRole('status')).toContainText('Two-step verification reset.');
  expect(await stillSignedIn(page)).toBe(false);
  expect((await page.request.get(feed)).status()).toBe(404);
  expect(
    readE2eDatabase((db) => db.prepare("select count(*) as n from audit_events where action = 'second-factor.reset' and entity_id = ?").get(String(userId))),
  ).toEqual({ n: 1 });

  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(manager.email);
  await page.getByLabel('Password').fill(manager.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Set up two-step verification' })).toBeVisible();
  await finishSignInSteps(page, manager.email);
});

test('a role change retires the calendar feed; an officer may turn two-step verification on and off; an admin may require it for everyone', async ({
  browser,
  baseURL,
}) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'optional');
  const page = await newBrowserPage(browser);
  await signInThroughForm(page, officer.email, officer.password);
  await page.goto('/account');
  await page.getByRole('link', { name: 'Set up two-step verification' }).click();
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  await page.getByLabel('Code from the app').fill(totpCode(secret, currentStep()));
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await page.goto('/account');
  await expect(page.getByText('On. 10 of 10 recovery codes unused.')).toBeVisible();
  await page.getByLabel('Code from your app, to turn it off').fill(totpCode(secret, currentStep() + 1));
  await page.getByRole('button', { name: 'Turn off two-step verification' }).click();
  await expect(page.getByRole('link', { name: 'Set up two-step verification' })).toBeVisible();

  await page.goto('/follow-ups');
  await page.getByRole('button', { name: 'Create a new calendar link' }).click();
  const feed = new URL((await page.getByTestId('calendar-url').textContent())!.trim()).pathname;
  const admin = await firstAdminSession(baseURL!);
  const userId = readE2eDatabase((db) => (db.prepare('select id from users where email = ?').get(officer.email) as { id: number }).id);
  expect((await callServerAction(admin, 'app/(app)/admin/accounts/actions.ts', 'changeRoleAction', [null, { userId, role: 'manager' }])).body).toContain(
    '"ok":true',
  );
  expect((await page.request.get(feed)).status()).toBe(404);

  // Now a manager: the next sign-in requires setting it up.
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(officer.email);
  await page.getByLabel('Password').fill(officer.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Set up two-step verification' })).toBeVisible();
});

test('an admin sets the session limits within safe bounds', async ({ browser, baseURL }) => {
  const adminAccount = await createTestAccount(baseURL!, 'admin', 'limits');
  const page = await newBrowserPage(browser);
  await signInThroughForm(page, adminAccount.email, adminAccount.password);
  await page.goto('/admin/settings');
  await page.getByLabel('Idle time-out (minutes)').fill('600');
  await page.getByLabel('Session length (hours)').fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Idle time-out (minutes) must be between 5 and 60.')).toBeVisible();
  await expect(page.getByText('Session length (hours) must be between 1 and 24.')).toBeVisible();
  expect(readE2eDatabase((db) => db.prepare('select session_hours as hours, idle_minutes as idle from mission_settings').get())).toEqual({
    hours: 12,
    idle: 30,
  });
  await expectAccessible(page);
});
