import { expect, type Request, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../playwright.config';
import { signInThroughForm } from './fixtures/accounts';

// The demo mission, whose lists are full of links: served by the second web server of playwright.config.ts.
test.use({ baseURL: `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}` });

test('a page full of links asks the server for no prefetches, a click still navigates without reloading the page, and the header marks the current section', async ({
  page,
}) => {
  await signInThroughForm(page, 'officer@demo.readout.test', DEMO_PASSWORD);
  const prefetches: string[] = [];
  const documents: string[] = [];
  const onRequest = (request: Request) => {
    if (request.headers()['next-router-prefetch']) prefetches.push(request.url());
    if (request.resourceType() === 'document') documents.push(request.url());
  };
  page.on('request', onRequest);

  for (const path of ['/', '/meetings', '/follow-ups']) {
    await page.goto(path);
    await page.mouse.wheel(0, 5_000);
    // Links come into view and are hovered: where prefetching is on, requests start within a second.
    await page.getByRole('main').getByRole('link').first().hover();
    await page.waitForTimeout(1_500);
  }
  expect(prefetches).toEqual([]);

  documents.length = 0;
  await page.goto('/meetings');
  const first = page.getByRole('main').getByRole('list').first().getByRole('link').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(documents, 'only the list was loaded as a document; the meeting came by client-side navigation').toHaveLength(1);

  // A meeting's page belongs to Meetings; the mark follows client-side navigation.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Meetings' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Follow-ups' }).click();
  await expect(nav.getByRole('link', { name: 'Follow-ups' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Meetings' })).not.toHaveAttribute('aria-current');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
});

test('an unknown address answers 404 with a way back home', async ({ page }) => {
  await signInThroughForm(page, 'officer@demo.readout.test', DEMO_PASSWORD);
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'My open follow-ups' })).toBeVisible();
});

test('what the browser does itself stays with it: a click with Ctrl or Cmd opens a new tab, Export CSV downloads, Back returns to the list, the next page keeps its query', async ({
  page,
  context,
}) => {
  await signInThroughForm(page, 'officer@demo.readout.test', DEMO_PASSWORD);
  await page.goto('/follow-ups');
  const rowLink = page.getByRole('list', { name: 'Follow-ups' }).getByRole('link').first();
  const title = (await rowLink.textContent())!.trim();

  const [tab] = await Promise.all([context.waitForEvent('page'), rowLink.click({ modifiers: ['ControlOrMeta'] })]);
  await expect(tab.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await tab.close();
  await expect(page).toHaveURL(/\/follow-ups$/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  await expect(page).toHaveURL(/\/follow-ups$/);

  const documents: string[] = [];
  page.on('request', (request) => request.resourceType() === 'document' && documents.push(request.url()));
  await rowLink.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
  expect(documents, 'the follow-up and the way back came by client-side navigation').toEqual([]);

  // A link's query string goes with it.
  await page.goto('/follow-ups');
  documents.length = 0;
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/follow-ups\?page=2$/);
  await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Previous page' })).toBeVisible();
  expect(documents, 'the second page came by client-side navigation').toEqual([]);
});
