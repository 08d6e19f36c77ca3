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
  '/help',
];
const managers = [...everyone, '/follow-ups/review'];
const admins = [...managers, '/admin/accounts', '/admin/reference', '/admin/settings', '/admin/audit'];

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

for (const { role, email, pages } of roles) {
  test(`every main page has unique ids, a label on every control and no serious axe violation, as ${role}`, async ({ page }) => {
    test.setTimeout(180_000);
    await signInViaApi(page.context().request, email, DEMO_PASSWORD);
    for (const entry of pages) {
      const path = entry === 'a meeting' ? await firstRecord(page, '/meetings') : entry === 'a follow-up' ? await firstRecord(page, '/follow-ups') : entry;
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
