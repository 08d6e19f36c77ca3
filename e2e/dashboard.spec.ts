import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { extractText } from 'unpdf';
import { dayIn } from '../lib/dates';
import { DEMO_PASSWORD } from '../playwright.config';
import { signInThroughForm } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';

// The demo mission (npm run demo) served by the second web server of playwright.config.ts.
test.use({ baseURL: `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}` });

/** Open and overdue follow-ups per country, counted straight from the demo database (a manager sees all). */
function expectedCounts(countryCode: string) {
  const db = new Database(path.resolve('data/e2e-demo/demo.db'), { readonly: true });
  try {
    // Today at the mission, in its time zone, as the dashboard counts it.
    const today = dayIn((db.prepare('select time_zone as zone from mission_settings').get() as { zone: string }).zone);
    return db
      .prepare(
        `select count(*) as open, coalesce(sum(due_date < ?), 0) as overdue from follow_ups
         where country_code = ? and status in ('open', 'in-progress')`,
      )
      .get(today, countryCode) as { open: number; overdue: number };
  } finally {
    db.close();
  }
}

test('the ambassador opens the dashboard of the demo mission, drills into Luxembourg and prints its brief', async ({ page }) => {
  await signInThroughForm(page, 'ambassador@demo.readout.test', DEMO_PASSWORD);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Open commitments per partner country' })).toBeVisible();

  const rows = page.locator('tbody tr[data-country]');
  // Focus countries first: Belgium and Luxembourg lead the table.
  await expect(rows.nth(0)).toHaveAttribute('data-country', /^(BE|LU)$/);
  await expect(rows.nth(1)).toHaveAttribute('data-country', /^(BE|LU)$/);
  for (const code of ['BE', 'LU']) {
    const expected = expectedCounts(code);
    expect(expected.open).toBeGreaterThan(0);
    const row = page.locator(`tr[data-country=${code}]`);
    await expect(row.locator('[data-label=open]')).toHaveText(String(expected.open));
    await expect(row.locator('[data-label=overdue]')).toHaveText(String(expected.overdue));
  }
  await expect(page.getByRole('figure', { name: 'Open and overdue follow-ups per country' })).toBeVisible();
  const perMonth = page.getByRole('figure', { name: /opened and closed per month/ });
  await expect(perMonth).toBeVisible();
  // The month under way is marked as such, not read as a fall in activity.
  await perMonth.getByText('Show the figures as a table').click();
  await expect(perMonth.getByRole('rowheader').last()).toHaveText(/^\d{4}-\d{2} so far$/);
  await expect(perMonth.getByRole('rowheader').first()).not.toContainText('so far');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Overdue', exact: true }).click();
  await expect(page).toHaveURL(/sort=overdue/);

  await page.getByRole('link', { name: 'Luxembourg' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Luxembourg' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agreed cooperation areas' })).toContainText('Climate and sustainable development');
  await expect(page.getByRole('region', { name: 'Key contacts and organisations' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline of meetings' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Open follow-ups' })).toContainText('Arrange a visit of Luxembourg members of parliament to Kazakhstan');
  await expectAccessible(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the country brief' })).toBeHidden();
  await page.screenshot({ path: 'test-results/country-brief-print.png', fullPage: true });
});

test('an officer’s dashboard leaves out restricted records of others', async ({ page }) => {
  await signInThroughForm(page, 'officer@demo.readout.test', DEMO_PASSWORD);
  await page.goto('/dashboard');
  const db = new Database(path.resolve('data/e2e-demo/demo.db'), { readonly: true });
  const officerId = (db.prepare("select id from users where email = 'officer@demo.readout.test'").get() as { id: number }).id;
  const visible = db
    .prepare(
      `select count(*) as n from follow_ups f where f.country_code = 'BE' and f.status in ('open', 'in-progress')
       and (f.meeting_id is null or exists (select 1 from meetings m where m.id = f.meeting_id and (m.confidentiality = 'normal' or m.created_by_id = ?
         or exists (select 1 from meeting_attendees a where a.meeting_id = m.id and a.user_id = ?))))`,
    )
    .get(officerId, officerId) as { n: number };
  const all = db.prepare("select count(*) as n from follow_ups where country_code = 'BE' and status in ('open', 'in-progress')").get() as { n: number };
  db.close();
  expect(visible.n).toBeLessThan(all.n);
  await expect(page.locator('tr[data-country=BE] [data-label=open]')).toHaveText(String(visible.n));
});

test('on a 390 px phone the dashboard shows each country’s counts without sideways scrolling, and its charts are drawn without a script', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInThroughForm(page, 'officer@demo.readout.test', DEMO_PASSWORD);
  await page.goto('/dashboard');
  const belgium = page.locator('tr[data-country=BE]');
  await expect(belgium.locator('[data-label=overdue]')).toBeInViewport();
  // What is folded away on a phone is worded under the country's name.
  await expect(belgium.getByRole('rowheader')).toContainText(/Last met: \d{4}-\d{2}-\d{2}/);
  const table = page.getByRole('table').first();
  expect(await table.evaluate((element) => element.parentElement!.scrollWidth - element.parentElement!.clientWidth)).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);

  // The charts come drawn in the server's HTML: with scripts off, every month's bars are there.
  const noScript = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: false,
    storageState: await context.storageState(),
  });
  const still = await noScript.newPage();
  await still.goto('/dashboard');
  await expect(
    still
      .getByRole('figure', { name: /opened and closed per month/ })
      .getByRole('img')
      .locator('ol')
      .first()
      .locator('li'),
  ).toHaveCount(12);
  await Promise.all([noScript.close(), context.close()]);
});

test("Belgium's brief prints on at most two A4 pages, urgent things first, each page with the mission, its number and the restricted marking", async ({
  page,
}) => {
  await signInThroughForm(page, 'ambassador@demo.readout.test', DEMO_PASSWORD);
  const { mission, restricted } = (() => {
    const db = new Database(path.resolve('data/e2e-demo/demo.db'), { readonly: true });
    try {
      return {
        mission: (db.prepare('select mission_name as name from mission_settings').get() as { name: string }).name,
        restricted: (
          db
            .prepare(
              "select count(*) as n from meetings m join meeting_countries c on c.meeting_id = m.id where c.country_code = 'BE' and m.confidentiality = 'restricted'",
            )
            .get() as { n: number }
        ).n,
      };
    } finally {
      db.close();
    }
  })();
  expect(restricted, 'the demo has restricted meetings with Belgium, which the ambassador sees').toBeGreaterThan(0);
  await page.goto('/countries/BE');
  await expect(page.getByRole('heading', { level: 1, name: 'Belgium' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Restricted');
  // What is urgent comes first, and follow-ups overdue for months are counted, not listed.
  const section = page.getByRole('region', { name: 'Open follow-ups' });
  await expect(section.getByRole('heading', { name: 'Due in the next 14 days' })).toBeVisible();
  await expect(section).toContainText(/Not listed here: .*overdue for over 90 days/);
  await expect(page.getByText(/last meeting .*\((today|yesterday|\d+ (days|weeks|months) ago|over (a|\d+) years? ago)\)/)).toBeVisible();

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await fs.promises.writeFile(test.info().outputPath('belgium-brief.pdf'), pdf);
  const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  expect(totalPages).toBeLessThanOrEqual(2);
  for (const [index, pageText] of text.entries()) {
    const flat = pageText.replace(/\s+/g, ' ');
    expect(flat, `page ${index + 1}`).toContain(`${mission} · Belgium brief of`);
    expect(flat, `page ${index + 1}`).toContain(`Page ${index + 1} of ${totalPages}`);
    expect(flat, `page ${index + 1}`).toContain('RESTRICTED');
  }
  expect(text[0]).not.toContain('Print the country brief');
});
