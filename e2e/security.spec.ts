import { type APIRequestContext, expect, test } from '@playwright/test';
import { createTestAccount, FIRST_ADMIN, FORGED_SESSION, pageSignedInAs, uniqueEmail } from './fixtures/accounts';
import { readE2eDatabase, tryOnE2eDatabase } from './fixtures/database';
import { expectAccessible } from './fixtures/axe';

test('responses carry the security headers, and the app works under its Content-Security-Policy', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'csp');
  const page = await pageSignedInAs(browser, officer);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  // Everything a page loads (scripts, styles, chunks) is there: a missing one is a console error in every visit.
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const response = await page.goto('/meetings/new');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("base-uri 'none'");
  // Plain HTTP here: no HSTS (the HTTPS case is below).
  expect(headers['strict-transport-security']).toBeUndefined();
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-powered-by']).toBeUndefined();
  // Interactive parts (client components, look-up as you type) run: hydration was not blocked.
  await page.getByLabel('City 1').fill('Brussels');
  await expect(page.getByLabel('City 2')).toBeVisible();
  await page.goto('/dashboard');
  await expect(page.getByRole('figure').first()).toBeVisible();
  expect(violations).toEqual([]);
  expect(failed).toEqual([]);
  // Browsers ask for an icon on every visit (headless Chromium does not, hence the explicit check).
  const icon = await page.locator('link[rel=icon]').getAttribute('href');
  expect((await page.request.get(icon!)).status()).toBe(200);
});

test('every page gets a nonce of its own on all its scripts, and a policy sent by the client is ignored', async ({ playwright, baseURL }) => {
  const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'Content-Security-Policy': "script-src 'nonce-chosenbyattacker'" } });
  const nonces: string[] = [];
  for (let visit = 0; visit < 2; visit++) {
    const response = await client.get('/sign-in');
    const nonce = response.headers()['content-security-policy']!.match(/'nonce-([^']+)'/)![1]!;
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    expect(html).not.toContain('chosenbyattacker');
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
  await client.dispose();
});

test('a visitor without a valid session who opens any page is sent to sign-in, and back there afterwards, and sees none of it', async ({
  playwright,
  baseURL,
}) => {
  const pages = [
    '/',
    '/dashboard',
    '/meetings',
    '/meetings/new',
    '/follow-ups',
    '/follow-ups/review',
    '/contacts',
    '/organisations',
    '/countries/BE',
    '/help',
    '/admin/accounts',
    '/admin/audit',
  ];
  for (const storageState of [undefined, FORGED_SESSION]) {
    const visitor = await playwright.request.newContext({ baseURL, storageState });
    for (const path of pages) {
      const response = await visitor.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      const signIn = new URL(response.headers().location!, baseURL);
      expect(signIn.pathname, path).toBe('/sign-in');
      // Home needs no return address: it is where sign-in leads anyway.
      expect(signIn.searchParams.get('next'), path).toBe(path === '/' ? null : path);
      expect(await response.text(), path).not.toContain('id="main"');
    }
    await visitor.dispose();
  }
});

test('behind HTTPS the session cookie is Secure, httpOnly and SameSite=Lax', async ({ playwright, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'https');
  const proxied = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-Proto': 'https' } });
  const { csrfToken } = (await (await proxied.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await proxied.post('/api/auth/callback/credentials', {
    form: { email: officer.email, password: officer.password, csrfToken },
    maxRedirects: 0,
  });
  const setCookie = response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === 'set-cookie')
    .map((header) => header.value);
  const session = setCookie.find((cookie) => cookie.startsWith('__Secure-authjs.session-token='));
  expect(session).toBeDefined();
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  // Browsers are told to stay on HTTPS, on pages and everything else.
  for (const path of ['/sign-in', '/api/auth/csrf'])
    expect((await proxied.get(path)).headers()['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
  await proxied.dispose();
});

test('no route handler’s answer is kept by a browser or a proxy: JSON, CSV, calendar and Auth.js alike', async ({ browser, baseURL, playwright }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'no-store');
  const page = await pageSignedInAs(browser, officer);
  const anonymous = await playwright.request.newContext({ baseURL });
  const answers = [
    await page.request.get('/api/pick-lists'),
    await page.request.get('/api/contacts/search?q=ab'),
    await page.request.get('/meetings/export'),
    await page.request.get('/api/auth/session'),
    await anonymous.get('/api/pick-lists'),
    await anonymous.get('/api/calendar/not-a-real-token-at-all-000'),
    await anonymous.get('/api/auth/csrf'),
  ];
  for (const answer of answers) expect(answer.headers()['cache-control'], `${answer.status()} ${answer.url()}`).toMatch(/no-store/);
  await anonymous.dispose();
});

test('repeated failures for one account are refused for a while with a clear message, even with the right password', async ({ page, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'throttled');
  await page.goto('/sign-in');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(officer.email);
    await page.getByLabel('Password').fill(`wrong password ${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('form [role=alert]')).toHaveText(
      attempt < 5 ? 'Wrong e-mail or password.' : /Too many failed sign-in attempts\. Try again in (30|29) seconds\./,
    );
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
  // That refusal is in the security log, with where it came from.
  await admin.goto('/admin/audit?kind=security&action=access.refused');
  const refusal = admin.getByRole('row').filter({ hasText: officer.name }).first();
  await expect(refusal).toContainText('permission #audit:read');
  await expect(refusal).toContainText('path: — → /admin/audit');
  await expect(refusal).toContainText(/127\.0\.0\.1|::1/);
});

/**
 * Sign-in attempts as they reach the server through the trusted proxy in front of it (the e2e
 * server trusts one hop): X-Forwarded-For is whatever the client wrote, then the address the proxy saw.
 */
async function attempt(
  request: APIRequestContext,
  { email, password, seenByProxy, forged }: { email: string; password: string; seenByProxy: string; forged?: string },
) {
  const headers = { 'X-Forwarded-For': forged ? `${forged}, ${seenByProxy}` : seenByProxy };
  const { csrfToken } = (await (await request.get('/api/auth/csrf', { headers })).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', { form: { email, password, csrfToken }, headers, maxRedirects: 0 });
  const location = response.headers().location ?? '';
  return location.includes('code=throttled') ? 'throttled' : location.includes('error=') ? 'wrong' : 'signed in';
}

test('a forged X-Forwarded-For buys no extra tries, an attack from many addresses cannot lock the owner out, and an admin sees and lifts the locks', async ({
  browser,
  baseURL,
  playwright,
}) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'besieged');
  const attacker = await playwright.request.newContext({ baseURL });
  // One attacker rotating the header it writes: the proxy still reports its one address.
  const rotating = [];
  for (let guess = 1; guess <= 12; guess++) {
    rotating.push(await attempt(attacker, { email: officer.email, password: `guess ${guess}`, seenByProxy: '203.0.113.77', forged: `10.${guess}.0.1` }));
  }
  expect(rotating).toEqual([...Array(4).fill('wrong'), 'wrong', ...Array(7).fill('throttled')]);
  // The right password from that address waits too.
  expect(await attempt(attacker, { email: officer.email, password: officer.password, seenByProxy: '203.0.113.77' })).toBe('throttled');

  // Now from many addresses, one guess each: past the account's ceiling, each is held after its one try.
  const spread = [];
  for (let address = 1; address <= 8; address++) {
    const from = `198.51.100.${address}`;
    await attempt(attacker, { email: officer.email, password: `spread guess ${address}`, seenByProxy: from });
    spread.push(await attempt(attacker, { email: officer.email, password: `second guess ${address}`, seenByProxy: from }));
  }
  // Failures 6 to 9 on the account pass (two addresses, two each); from the 10th, each address is held after one.
  expect(spread).toEqual(['wrong', 'wrong', ...Array(6).fill('throttled')]);
  await attacker.dispose();

  // The owner, from their own office's address, signs in meanwhile.
  const owner = await playwright.request.newContext({ baseURL });
  expect(await attempt(owner, { email: officer.email, password: officer.password, seenByProxy: '192.0.2.10' })).toBe('signed in');
  expect((await owner.get('/api/pick-lists', { headers: { 'X-Forwarded-For': '192.0.2.10' } })).status()).toBe(200);
  await owner.dispose();

  // The admin sees where the account is held, lifts it, and the log says who did.
  const admin = await pageSignedInAs(browser, FIRST_ADMIN);
  const userId = readE2eDatabase((db) => (db.prepare('select id from users where email = ?').get(officer.email) as { id: number }).id);
  await admin.goto(`/admin/accounts/${userId}`);
  await expect(admin.getByText(/Failed attempts make this account wait at \d+ addresses/)).toBeVisible();
  await expect(admin.getByRole('listitem').filter({ hasText: '203.0.113.77' })).toContainText('failed passwords, waits until');
  await admin.getByRole('button', { name: 'Lift sign-in locks' }).click();
  await expect(admin.getByText(/\d+ locks lifted\. Past failures are forgotten\./)).toBeVisible();
  await expectAccessible(admin);
  const released = await playwright.request.newContext({ baseURL });
  expect(await attempt(released, { email: officer.email, password: officer.password, seenByProxy: '203.0.113.77' })).toBe('signed in');
  await released.dispose();

  await admin.goto('/admin/audit?kind=security&address=203.0.113.77');
  await expect(admin.getByRole('row').filter({ hasText: 'sign-in.failed' }).first()).toContainText(`user #${userId}`);
  await expect(admin.getByRole('row').filter({ hasText: 'sign-in.locked' }).first()).toBeVisible();
  await expect(admin.getByRole('row').filter({ hasText: 'sign-in.succeeded' }).first()).toBeVisible();
  await admin.goto(`/admin/audit?action=account.clear-sign-in-locks&record=${userId}`);
  await expect(admin.getByRole('row').filter({ hasText: 'Ada Admin' })).toContainText('locks:');
  // Nor can anyone with the database file in hand rewrite the log.
  expect(tryOnE2eDatabase('delete from audit_events where id = (select max(id) from audit_events)')).toMatch(/append-only: a row cannot be deleted/);
  expect(tryOnE2eDatabase("update audit_events set action = 'nothing' where id = (select max(id) from audit_events)")).toMatch(
    /append-only: a row cannot be changed/,
  );
});

test('TRACE is refused: nothing is echoed back', async ({ playwright, baseURL }) => {
  const visitor = await playwright.request.newContext({ baseURL });
  const response = await visitor.fetch('/sign-in', { method: 'TRACE', headers: { Cookie: 'secret=1' } });
  expect(response.status()).toBe(405);
  expect(await response.text()).not.toContain('secret=1');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  await visitor.dispose();
});
