import { expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import { createTestAccount, pageSignedInAs, signInViaApi, type TestAccount } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';
import { readE2eDatabase } from './fixtures/database';
import { callServerAction } from './fixtures/server-actions';

/** Signs in on the sign-in page the visitor was sent to, keeping its address (unlike signInThroughForm). */
async function signInHere(page: Page, account: TestAccount) {
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A follow-up of the officer's own, created as the form would, and its id. */
async function createFollowUp(baseURL: string, account: TestAccount): Promise<{ id: number; title: string }> {
  const title = `Deep link target ${Math.random().toString(36).slice(2, 8)}`;
  const session = await playwrightRequest.newContext({ baseURL });
  try {
    await signInViaApi(session, account.email, account.password);
    await callServerAction(session, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [null, { title, countryCode: 'BE', committedBy: 'partner' }]);
  } finally {
    await session.dispose();
  }
  const row = readE2eDatabase((db) => db.prepare('select id from follow_ups where title = ?').get(title) as { id: number } | undefined);
  expect(row, 'follow-up created').toBeDefined();
  return { id: row!.id, title };
}

test('a link opened while signed out comes back to its page after sign-in: a follow-up, and a filtered meetings list', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'deep-link');
  const followUp = await createFollowUp(baseURL!, officer);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/follow-ups/${followUp.id}`);
  await expect(page).toHaveURL(`${baseURL}/sign-in?next=%2Ffollow-ups%2F${followUp.id}`);
  await expectAccessible(page);
  await signInHere(page, officer);
  await expect(page).toHaveURL(`${baseURL}/follow-ups/${followUp.id}`);
  await expect(page.getByRole('heading', { level: 1, name: followUp.title })).toBeVisible();

  // Signed out again (the cookie gone), a list with its filter in the query string.
  await context.clearCookies();
  await page.goto('/meetings?country=BE&sort=oldest');
  await expect(page).toHaveURL(`${baseURL}/sign-in?next=%2Fmeetings%3Fcountry%3DBE%26sort%3Doldest`);
  await signInHere(page, officer);
  await expect(page).toHaveURL(`${baseURL}/meetings?country=BE&sort=oldest`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await context.close();
});

test('a session that ends during in-app navigation returns to the page asked for, without Next.js’s internal parameters', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'deep-link-nav');
  const page = await pageSignedInAs(browser, officer);
  await page.goto('/meetings');
  await page.context().clearCookies();
  // The link is followed inside the app (decision 0009), which asks the server with an _rsc parameter.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-ups' }).click();
  await expect(page).toHaveURL(`${baseURL}/sign-in?next=%2Ffollow-ups`);
  await signInHere(page, officer);
  await expect(page).toHaveURL(`${baseURL}/follow-ups`);
  await page.context().close();
});

test('sign-in never leads to another site, whatever the link says', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'deep-link-unsafe');
  for (const next of ['//evil.example', '/\\evil.example', 'https://evil.example/', '/%2F%2Fevil.example', '/sign-in']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await signInHere(page, officer);
    await expect(page.getByRole('navigation', { name: 'Main' }), next).toBeVisible();
    expect(page.url(), next).toBe(`${baseURL}/`);
    await context.close();
  }
});

test('a hidden field changed by hand is checked by the server too', async ({ baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'deep-link-forged');
  const client = await playwrightRequest.newContext({ baseURL });
  for (const [next, expected] of [
    ['//evil.example/phish', '/'],
    ['/meetings?country=BE', '/meetings?country=BE'],
  ]) {
    const result = await callServerAction(client, 'app/(auth)/sign-in/actions.ts', 'signInWithPassword', [
      null,
      { email: officer.email, password: officer.password, next },
    ]);
    // The action answers with a redirect to where sign-in leads: a path of this site.
    expect(result.headers['x-action-redirect'], next).toBe(`${expected};push`);
    await client.clearCookies();
  }
  await client.dispose();
});

test('a signed-in visitor sent to sign-in goes straight on to the page asked for', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'deep-link-signed-in');
  const page = await pageSignedInAs(browser, officer);
  await page.goto(`/sign-in?next=${encodeURIComponent('/meetings?country=BE')}`);
  await expect(page).toHaveURL(`${baseURL}/meetings?country=BE`);
  await page.goto(`/sign-in?next=${encodeURIComponent('//evil.example')}`);
  await expect(page).toHaveURL(`${baseURL}/`);
  await page.context().close();
});

test('the return address is the server’s own record of the request: a header sent by the client is ignored', async ({ playwright, baseURL }) => {
  const visitor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'X-Readout-Path': '/admin/audit' } });
  const response = await visitor.get('/follow-ups?status=open', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe('/sign-in?next=%2Ffollow-ups%3Fstatus%3Dopen');
  await visitor.dispose();
});
