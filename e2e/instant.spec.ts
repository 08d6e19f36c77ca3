import { expect, test } from '@playwright/test';
import { createTestAccount, pageSignedInAs } from './fixtures/accounts';

test('a tap on a link is answered at once: a bar shows until the new page is drawn, the old page marked busy', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'quick-nav');
  const page = await pageSignedInAs(browser, officer);
  await page.goto('/meetings');
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  // A slow network: the next page's data takes a second to come.
  await page.route('**/follow-ups**', async (route) => {
    if (route.request().headers()['rsc']) await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-ups' }).click();
  await expect(page.getByTestId('navigation-progress')).toBeVisible({ timeout: 500 });
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();

  await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
  await expect(page.getByTestId('navigation-progress')).toHaveCount(0);
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'false');
});

test('before its script has run, a page’s buttons take no tap and, after a moment, look it; the stylesheet comes with the page', async ({
  browser,
  baseURL,
}) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'not-ready');
  const page = await pageSignedInAs(browser, officer);
  // The scripts come late, as on a slow phone.
  let release!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**/*.js', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto('/meetings/new', { waitUntil: 'commit' });
  const newCounterpart = page.getByRole('button', { name: 'New counterpart…' });
  await expect(newCounterpart).toBeVisible();
  expect(await page.locator('link[rel=stylesheet]').count()).toBe(0);
  expect(await page.locator('style').count()).toBeGreaterThan(0);
  expect(await newCounterpart.evaluate((button) => getComputedStyle(button).pointerEvents)).toBe('none');
  await expect.poll(() => newCounterpart.evaluate((button) => getComputedStyle(button).opacity)).toBe('0.55');

  release();
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
  expect(await newCounterpart.evaluate((button) => [getComputedStyle(button).pointerEvents, getComputedStyle(button).opacity])).toEqual(['auto', '1']);
  await newCounterpart.click();
  await expect(page.getByRole('group', { name: 'New counterpart' })).toBeVisible();
});
