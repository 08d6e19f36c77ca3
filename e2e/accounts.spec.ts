import { expect, test } from '@playwright/test';
import {
  createTestAccount,
  FIRST_ADMIN,
  ADMIN_NAVIGATION,
  mainNavigationLinks,
  OFFICER_NAVIGATION,
  pageSignedInAs,
  signInThroughForm,
} from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';
import { readE2eDatabase } from './fixtures/database';

test('sign-in gives one message for an unknown e-mail and for a wrong password', async ({ page }) => {
  await page.goto('/sign-in');
  await expectAccessible(page);
  const formAlert = page.locator('form [role=alert]');
  for (const [email, password] of [
    ['nobody@mission.test', 'whatever password'],
    [FIRST_ADMIN.email, 'not the right password'],
  ]) {
    // A fresh page per attempt: the same alert text from the previous attempt would otherwise satisfy the check early.
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(email!);
    await page.getByLabel('Password').fill(password!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(formAlert).toHaveText('Wrong e-mail or password.');
    // No one field is to blame: the message itself takes the focus.
    await expect(formAlert).toBeFocused();
    await expect(page.getByLabel('E-mail')).toHaveValue(email!);
  }
  await page.goto('/sign-in');
  await page.getByLabel('Password').fill('some password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('E-mail is required.')).toBeVisible();
  await expect(page.getByLabel('E-mail')).toBeFocused();
  await expectAccessible(page);
});

test('a demoted admin loses admin rights at the next request', async ({ page, browser, baseURL }) => {
  const deputy = await createTestAccount(baseURL!, 'admin', 'deputy');
  const deputyPage = await pageSignedInAs(browser, deputy);
  await deputyPage.goto('/admin/accounts');
  await expect(mainNavigationLinks(deputyPage)).toHaveText(ADMIN_NAVIGATION);

  await signInThroughForm(page, FIRST_ADMIN.email, FIRST_ADMIN.password);
  await page.goto('/admin/accounts');
  await page.getByRole('link', { name: deputy.name }).click();
  await page.getByRole('combobox', { name: 'Role' }).selectOption('officer');
  await page.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByRole('status')).toContainText('Role changed to Officer');

  // The deputy's open page asks again: refused, and after signing in again, an officer's navigation.
  await deputyPage.goto('/admin/accounts');
  await expect(deputyPage).toHaveURL(/\/sign-in\?next=%2Fadmin%2Faccounts$/);
  await signInThroughForm(deputyPage, deputy.email, deputy.password);
  await expect(mainNavigationLinks(deputyPage)).toHaveText(OFFICER_NAVIGATION);
  expect((await deputyPage.goto('/admin/accounts'))?.status()).toBe(404);
});

test('a password reset ends the open session; only the new password works', async ({ page, browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'reset');
  const officerPage = await pageSignedInAs(browser, officer);
  await officerPage.goto('/');
  await expect(officerPage.getByRole('heading', { name: `Welcome, ${officer.name}` })).toBeVisible();

  await signInThroughForm(page, FIRST_ADMIN.email, FIRST_ADMIN.password);
  await page.goto('/admin/accounts');
  await page.getByRole('link', { name: officer.name }).click();
  // The list's own title would satisfy the check while the account's page is still on its way.
  await expect(page.getByRole('button', { name: 'Reset password' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Reset password' }).click();
  const newPassword = (await page.getByTestId('generated-password').textContent())?.trim() ?? '';
  expect(newPassword).toHaveLength(27);
  const storedHash = readE2eDatabase((db) => (db.prepare('select password_hash as h from users where email = ?').get(officer.email) as { h: string }).h);
  expect(storedHash).toMatch(/^\$argon2id\$/);
  expect(storedHash).not.toContain(newPassword);

  await officerPage.goto('/');
  await expect(officerPage).toHaveURL(/\/sign-in$/);
  await officerPage.getByLabel('E-mail').fill(officer.email);
  await officerPage.getByLabel('Password').fill(officer.password);
  await officerPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(officerPage.locator('form [role=alert]')).toHaveText('Wrong e-mail or password.');
  // The generated password opens the door once: the officer chooses their own straight away.
  await signInThroughForm(officerPage, officer.email, newPassword, { newPassword: 'my own password after the reset' });
});

test('sign-out ends the session: the old cookie no longer opens a page', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'signout');
  const officerPage = await pageSignedInAs(browser, officer);
  await officerPage.goto('/');
  const cookiesBefore = await officerPage.context().cookies();

  await officerPage.locator('summary', { hasText: officer.name }).click();
  await officerPage.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(officerPage).toHaveURL(/\/sign-in$/);

  // Someone who copied the cookie before sign-out cannot use it.
  const replay = await browser.newContext();
  await replay.addCookies(cookiesBefore);
  const replayPage = await replay.newPage();
  await replayPage.goto('/');
  await expect(replayPage).toHaveURL(/\/sign-in$/);
  const sessionCookie = cookiesBefore.find((cookie) => cookie.name.endsWith('authjs.session-token'));
  expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
});

test('the admin renames the mission; an empty name and a stale form are refused', async ({ page, browser }) => {
  await signInThroughForm(page, FIRST_ADMIN.email, FIRST_ADMIN.password);
  await page.goto('/admin/settings');
  await expectAccessible(page);

  // A second admin tab opens the same form before the first one saves.
  const otherTab = await pageSignedInAs(browser, FIRST_ADMIN);
  await otherTab.goto('/admin/settings');

  const name = `Embassy in Brussels ${Date.now().toString(36)}`;
  await page.getByLabel('Mission name').fill(name);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  await expect(page.getByRole('banner').getByRole('link', { name })).toBeVisible();

  await page.getByLabel('Mission name').fill('   ');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Mission name is required.')).toBeVisible();
  await expect(page.getByLabel('Mission name')).toHaveAttribute('aria-invalid', 'true');

  await otherTab.getByLabel('Mission name').fill('Overwrite attempt');
  await otherTab.getByRole('button', { name: 'Save settings' }).click();
  await expect(otherTab.locator('form [role=alert]')).toContainText('Someone else changed the settings');
  await expect(otherTab.getByLabel('Mission name')).toHaveValue('Overwrite attempt');
  await page.reload();
  await expect(page.getByLabel('Mission name')).toHaveValue(name);
});

test('on a 390 px phone the shell and admin pages fit the screen', async ({ browser }) => {
  const phone = await pageSignedInAs(browser, FIRST_ADMIN, { viewport: { width: 390, height: 844 } });
  for (const path of ['/', '/admin/accounts', '/admin/accounts/new', '/admin/settings']) {
    await phone.goto(path);
    await expect(phone.getByRole('button', { name: 'Menu' })).toBeVisible();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
  await expectAccessible(phone);
  await phone.screenshot({ path: 'test-results/phone-settings.png', fullPage: true });
});
