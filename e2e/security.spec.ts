import { expect, test } from '@playwright/test';
import { createTestAccount, FIRST_ADMIN, pageSignedInAs, uniqueEmail } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';

test('responses carry the security headers, and the app works under its Content-Security-Policy', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'csp');
  const page = await pageSignedInAs(browser, officer);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/meetings/new');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-powered-by']).toBeUndefined();
  // Interactive parts (client components, look-up as you type) run: hydration was not blocked.
  await page.getByRole('button', { name: 'Add another place' }).click();
  await expect(page.getByLabel('City 2')).toBeVisible();
  await page.goto('/dashboard');
  await expect(page.getByRole('figure').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('behind HTTPS the session cookie is Secure, httpOnly and SameSite=Lax', async ({ playwright, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'https');
  const proxied = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-Proto': 'https' } });
  const { csrfToken } = (await (await proxied.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await proxied.post('/api/auth/callback/credentials', { form: { email: officer.email, password: officer.password, csrfToken }, maxRedirects: 0 });
  const setCookie = response.headersArray().filter((header) => header.name.toLowerCase() === 'set-cookie').map((header) => header.value);
  const session = setCookie.find((cookie) => cookie.startsWith('__Secure-authjs.session-token='));
  expect(session).toBeDefined();
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  await proxied.dispose();
});

test('repeated failures for one account are refused for a while with a clear message, even with the right password', async ({ page, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'throttled');
  await page.goto('/sign-in');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(officer.email);
    await page.getByLabel('Password').fill(`wrong password ${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('form [role=alert]')).toHaveText(attempt < 5 ? 'Wrong e-mail or password.' : /Too many failed sign-in attempts\. Try again in 1 minute\./);
  }
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(officer.email);
  await page.getByLabel('Password').fill(officer.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form [role=alert]')).toHaveText(/Too many failed sign-in attempts/);
  await expect(page).toHaveURL(/\/sign-in$/);
  // Another account from the same browser is not locked out by it.
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(uniqueEmail('nobody'));
  await page.getByLabel('Password').fill('irrelevant password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form [role=alert]')).toHaveText('Wrong e-mail or password.');
});

test('admins read and filter the audit log; nobody else can open it', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'audited');
  const admin = await pageSignedInAs(browser, FIRST_ADMIN);
  await admin.goto('/admin/audit?action=account.create');
  await expectAccessible(admin);
  const row = admin.getByRole('row').filter({ hasText: officer.email });
  await expect(row).toContainText('account.create');
  await expect(row).toContainText('Ada Admin');
  await expect(row).toContainText(`email: — → ${officer.email}`);

  const officerPage = await pageSignedInAs(browser, officer);
  expect((await officerPage.goto('/admin/audit'))?.status()).toBe(404);
});
