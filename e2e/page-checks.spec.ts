import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../playwright.config';
import { signInViaApi } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';
import { expectUniqueIdsAndLabels } from './fixtures/page-checks';

// The demo mission, whose pages are full: served by the second web server of playwright.config.ts.
test.use({ baseURL: `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}` });

const everyone = [
  '/',
  '/meetings',
  '/meetings/new',
  '/meetings/new/readout',
  'a meeting',
  '/follow-ups',
  '/follow-ups/new',
  'a follow-up',
  '/dashboard',
  '/countries/BE',
  '/contacts',
  '/contacts/new',
  '/organisations',
  '/posts',
  'a post',
  'a post brief',
  '/help',
];
const managers = [...everyone, '/follow-ups/review', 'a post handover', 'a handover'];
const admins = [...managers, '/admin/accounts', '/admin/reference', '/admin/settings', '/admin/audit', '/posts/new'];

const roles = [
  { role: 'officer', email: 'officer@demo.readout.test', pages: everyone },
  { role: 'manager', email: 'ambassador@demo.readout.test', pages: managers },
  { role: 'admin', email: 'admin@demo.readout.test', pages: admins },
];

/** The first record a list shows this user, so each role checks a page it may open (and, as a manager, one it may edit). */
async function firstRecord(page: Page, list: string) {
  await page.goto(list);
  const pattern = new RegExp(`^${list}/\\d+$`);
  const hrefs = await page
    .getByRole('main')
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const href = hrefs.find((candidate) => pattern.test(candidate));
  expect(href, `a record on ${list}`).toBeDefined();
  return href!;
}

/** A page named by what it shows ("a post brief") as a URL this user may open. */
async function resolve(page: Page, entry: string): Promise<string> {
  if (entry.startsWith('/')) return entry;
  if (entry === 'a meeting') return firstRecord(page, '/meetings');
  if (entry === 'a follow-up') return firstRecord(page, '/follow-ups');
  const post = await firstRecord(page, '/posts');
  if (entry === 'a post') return post;
  if (entry === 'a post brief') return `${post}/brief`;
  if (entry === 'a post handover') return `${post}/handover`;
  // The demo's past rotation, from the post that went through it.
  const handover = await aHandover(page);
  if (handover) return handover;
  throw new Error(`No page for ${entry}`);
}

async function aHandover(page: Page): Promise<string | null> {
  await page.goto('/posts');
  const posts = await page
    .getByRole('main')
    .locator('a[href^="/posts/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  for (const post of posts.filter((href) => /^\/posts\/\d+$/.test(href))) {
    await page.goto(post);
    const handover = await page
      .locator('a[href^="/handovers/"]')
      .first()
      .getAttribute('href', { timeout: 1_000 })
      .catch(() => null);
    if (handover) return handover;
  }
  return null;
}

for (const { role, email, pages } of roles) {
  test(`every main page has unique ids, a label on every control and no serious axe violation, as ${role}`, async ({ page }) => {
    test.setTimeout(180_000);
    await signInViaApi(page.context().request, email, DEMO_PASSWORD);
    for (const entry of pages) {
      const path = await resolve(page, entry);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectUniqueIdsAndLabels(page);
      await expectAccessible(page);
    }
  });
}

test('the demo mission is fully set up: its admin sees no first-run checklist', async ({ page }) => {
  await signInViaApi(page.context().request, 'admin@demo.readout.test', DEMO_PASSWORD);
  for (const path of ['/', '/admin/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Finish setting up the mission' })).toHaveCount(0);
  }
  await expect(page.getByLabel('Country the mission represents')).toHaveValue('KZ');
  await expect(page.getByLabel('Host country')).toHaveValue('BE');
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Brussels');
});
