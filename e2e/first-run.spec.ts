import { expect, test } from '@playwright/test';
import { countAccounts } from './fixtures/database';
import { expectAccessible } from './fixtures/axe';
import { FIRST_ADMIN, ADMIN_NAVIGATION, mainNavigationLinks, MANAGER_NAVIGATION, OFFICER_NAVIGATION, signInThroughForm } from './fixtures/accounts';
import { currentStep, keepRecoveryCodes, totpCode } from './fixtures/second-factor';
import { callServerAction } from './fixtures/server-actions';

test.describe.configure({ mode: 'serial' });

test('first-run setup creates the first admin, then disappears', async ({ page, request }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Welcome to Readout' })).toBeVisible();
  await expectAccessible(page);

  // A too-short password is refused beside the field, and what was typed is kept.
  await page.getByLabel('Your name').fill(FIRST_ADMIN.name);
  await page.getByLabel('E-mail').fill(FIRST_ADMIN.email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create administrator account' }).click();
  await expect(page.getByText('Password must be at least 12 characters.')).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Your name')).toHaveValue(FIRST_ADMIN.name);
  await expect(page.getByLabel('E-mail')).toHaveValue(FIRST_ADMIN.email);
  expect(countAccounts()).toBe(0);

  await page.getByLabel('Password').fill(FIRST_ADMIN.password);
  await page.getByRole('button', { name: 'Create administrator account' }).click();

  // An admin sees every restricted record: the second factor is set up before anything else.
  await expect(page).toHaveURL(/\/sign-in\/enrol\?next=%2Fadmin%2Faccounts$/);
  await expect(page.getByRole('heading', { name: 'Set up two-step verification' })).toBeVisible();
  await expectAccessible(page);
  // Nothing of the app opens meanwhile, whatever the address.
  await page.goto('/admin/accounts');
  await expect(page).toHaveURL(/\/sign-in\/enrol\?next=%2Fadmin%2Faccounts$/);
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel('Code from the app').fill(totpCode(secret, currentStep() + 5)); // a code of a later time: wrong now
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  await expect(page.getByText('That code does not match.').first()).toBeVisible();
  await page.getByLabel('Code from the app').fill(totpCode(secret, currentStep()));
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  const codes = page.getByTestId('recovery-codes').getByRole('listitem');
  await expect(codes).toHaveCount(10);
  await expectAccessible(page);
  keepRecoveryCodes(FIRST_ADMIN.email, await codes.allTextContents());
  await page.getByRole('link', { name: 'I have kept them: continue' }).click();
  await expect(page).toHaveURL(/\/admin\/accounts$/);
  await expect(page.getByRole('cell', { name: FIRST_ADMIN.email })).toBeVisible();

  // Setup is gone, for the page and for a direct call of its server action.
  expect((await request.get('/setup')).status()).toBe(404);
  const replay = await callServerAction(request, 'app/(auth)/setup/actions.ts', 'completeSetup', [
    null,
    { name: 'Intruder', email: 'intruder@evil.test', password: 'a long enough password' },
  ]);
  expect(replay.body).toContain('Setup has already been completed.');
  expect(countAccounts()).toBe(1);
  expect(countAccounts("email = 'intruder@evil.test'")).toBe(0);
});

test('admin creates an officer and a manager; each sees only their navigation; deactivation ends the officer’s session', async ({ page, browser }) => {
  const officer = { name: 'Olivia Officer', email: 'officer.firstrun@mission.test', password: 'officer password 123', own: 'olivia chose this herself' };
  const manager = { name: 'Marc Manager', email: 'manager.firstrun@mission.test' };

  await signInThroughForm(page, FIRST_ADMIN.email, FIRST_ADMIN.password);
  await expect(mainNavigationLinks(page)).toHaveText(ADMIN_NAVIGATION);

  // Officer, with a password the admin types.
  await page.goto('/admin/accounts/new');
  await expectAccessible(page);
  await page.getByLabel('Name').fill(officer.name);
  await page.getByLabel('E-mail').fill(officer.email);
  await page.getByLabel('Role').selectOption('officer');
  await page.getByLabel('Let me type it').check();
  await page.getByLabel('New password').fill(officer.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toContainText(`Account created for ${officer.name}`);

  // Manager, with a generated password shown once.
  await page.getByLabel('Name').fill(manager.name);
  await page.getByLabel('E-mail').fill(manager.email);
  await page.getByLabel('Role').selectOption('manager');
  await page.getByRole('button', { name: 'Create account' }).click();
  const managerPassword = (await page.getByTestId('generated-password').textContent())?.trim() ?? '';
  expect(managerPassword).toMatch(/^[A-Za-z0-9]{6}(-[A-Za-z0-9]{6}){3}$/);

  // The same e-mail twice is refused beside the field.
  await page.getByLabel('Name').fill('Someone Else');
  await page.getByLabel('E-mail').fill(officer.email.toUpperCase());
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('An account with this e-mail already exists.').first()).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue('Someone Else');

  await page.goto('/admin/accounts');
  await expectAccessible(page);

  const officerContext = await browser.newContext();
  const officerPage = await officerContext.newPage();
  // The admin typed her password, so her first sign-in has her choose her own.
  await signInThroughForm(officerPage, officer.email, officer.password, { newPassword: officer.own });
  await expect(mainNavigationLinks(officerPage)).toHaveText(OFFICER_NAVIGATION);
  expect((await officerPage.goto('/admin/accounts'))?.status()).toBe(404);

  const managerContext = await browser.newContext();
  const managerPage = await managerContext.newPage();
  await signInThroughForm(managerPage, manager.email, managerPassword, { newPassword: 'marc keeps his own counsel' });
  await expect(mainNavigationLinks(managerPage)).toHaveText(MANAGER_NAVIGATION);
  expect((await managerPage.goto('/admin/settings'))?.status()).toBe(404);
  await managerContext.close();

  // An officer calling an admin-only server action directly, with a valid session cookie: refused.
  const forged = await callServerAction(officerPage.request, 'app/(app)/admin/accounts/actions.ts', 'createAccountAction', [
    null,
    { name: 'Backdoor', email: 'backdoor@evil.test', role: 'admin', passwordMode: 'set', password: 'backdoor password 1' },
  ]);
  expect(forged.body).toContain('You do not have permission to do this.');
  expect(countAccounts("email = 'backdoor@evil.test'")).toBe(0);

  // The admin deactivates the officer; the officer's open session is refused on the next navigation.
  await page.getByRole('link', { name: officer.name }).click();
  await page.getByRole('button', { name: 'Deactivate account' }).click();
  await expect(page.getByRole('status')).toContainText('Account deactivated');
  await officerPage.goto('/');
  await expect(officerPage).toHaveURL(/\/sign-in$/);

  // And cannot sign in again; the message does not say why.
  await officerPage.getByLabel('E-mail').fill(officer.email);
  await officerPage.getByLabel('Password').fill(officer.own);
  await officerPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(officerPage.locator('form [role=alert]')).toHaveText('Wrong e-mail or password.');
  await officerContext.close();
});

test('the admin’s checklist guides the rest of the setup, ticks each step from the data, then disappears', async ({ page }) => {
  await signInThroughForm(page, FIRST_ADMIN.email, FIRST_ADMIN.password);
  const checklist = page.getByRole('region', { name: 'Finish setting up the mission' });
  const step = (name: string) => checklist.getByRole('listitem').filter({ hasText: name });
  await expect(checklist).toBeVisible();
  await expectAccessible(page);
  // The manager created above is the second active account; the rest is still to do.
  await expect(step('Create the first accounts')).toHaveText(/Done$/);
  for (const name of ['Name the mission', 'Choose the country the mission represents', 'Choose the host country', 'Review the list of cooperation areas']) {
    await expect(step(name)).toHaveText(/Not done yet$/);
  }

  await step('Name the mission').getByRole('link').click();
  await expect(page).toHaveURL(/\/admin\/settings#field-missionName$/);
  await expect(checklist).toBeVisible();
  await page.getByLabel('Mission name').fill('Embassy of Kazakhstan in Brussels');
  await page.getByLabel('Country the mission represents').selectOption({ label: 'Kazakhstan' });
  await page.getByLabel('Host country').selectOption({ label: 'Belgium' });
  // A zone that is not in the list is refused beside the field; the countries chosen are kept.
  await page.getByLabel('Time zone').fill('Europe/Bruxelles');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Choose a time zone from the list, like Europe/Brussels.')).toBeVisible();
  await expect(page.getByLabel('Time zone')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Host country')).toHaveValue('BE');
  await page.getByLabel('Time zone').fill('Europe/Brussels');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  await expect(step('Choose the host country')).toHaveText(/Done$/);
  await expect(step('Review the list of cooperation areas')).toHaveText(/Not done yet$/);
  await expectAccessible(page);

  await step('Review the list of cooperation areas').getByRole('link').click();
  await expect(page).toHaveURL(/\/admin\/reference#areas-heading$/);
  // The host country joined the accredited countries by itself.
  await expect(page.getByRole('button', { name: 'Remove Belgium' })).toBeVisible();
  await page.getByRole('button', { name: 'The list is right' }).click();
  await expect(page.getByRole('status')).toHaveText('Marked as reviewed.');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'My open follow-ups' })).toBeVisible();
  await expect(checklist).toHaveCount(0);
});
