import path from 'node:path';
import { expect, test } from '@playwright/test';
import { dayIn } from '../lib/dates';
import Database from 'better-sqlite3';
import { countryCodes } from '../lib/countries';
import { DEMO_PASSWORD } from '../playwright.config';
import { signInThroughForm } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';

// The demo mission (two years of history) served by the second web server of playwright.config.ts.
test.use({ baseURL: `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}` });

function demoDatabase<T>(read: (db: Database.Database) => T): T {
  const db = new Database(path.resolve('data/e2e-demo/demo.db'), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

test('the review queue counts every overdue follow-up, shows the most overdue first, and opens the whole section', async ({ page }) => {
  await signInThroughForm(page, 'ambassador@demo.readout.test', DEMO_PASSWORD);
  const today = demoDatabase((db) => dayIn((db.prepare('select time_zone as zone from mission_settings').get() as { zone: string }).zone));
  const overdue = demoDatabase(
    (db) =>
      db.prepare("select title from follow_ups where status in ('open', 'in-progress') and due_date < ? order by due_date, id").all(today) as {
        title: string;
      }[],
  );
  expect(overdue.length, 'the demo mission has more overdue follow-ups than a section shows').toBeGreaterThan(10);

  await page.goto('/follow-ups/review');
  const section = page.locator('section', { has: page.getByRole('heading', { name: /^Overdue/ }) });
  await expect(section.getByRole('heading', { name: `Overdue (${overdue.length})` })).toBeVisible();
  const links = section.getByRole('list', { name: 'Follow-ups' }).getByRole('link');
  await expect(links).toHaveCount(10);
  await expect(links.first()).toHaveText(overdue[0]!.title);
  await expect(section.getByText(`The 10 most urgent of ${overdue.length}`)).toBeVisible();
  await expectAccessible(page);

  await section.getByRole('link', { name: `See all ${overdue.length} overdue` }).click();
  await expect(page).toHaveURL(/section=overdue/);
  await expect(page.getByLabel('Needs attention')).toHaveValue('overdue');
  const listed = page.getByRole('list', { name: 'Follow-ups' }).locator('li > div > a');
  await expect(listed).toHaveCount(Math.min(25, overdue.length));
  expect(await listed.allTextContents()).toEqual(overdue.slice(0, 25).map((row) => row.title));
});

test("a country's brief lists what is urgent, counts the rest, and links to all of them", async ({ page }) => {
  await signInThroughForm(page, 'ambassador@demo.readout.test', DEMO_PASSWORD);
  const today = demoDatabase((db) => dayIn((db.prepare('select time_zone as zone from mission_settings').get() as { zone: string }).zone));
  const daysFrom = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const titles = (where: string, ...values: string[]) =>
    demoDatabase((db) =>
      (
        db
          .prepare(`select title from follow_ups where country_code = 'BE' and status in ('open', 'in-progress') and ${where} order by due_date, id`)
          .all(...values) as { title: string }[]
      ).map((row) => row.title),
    );
  const dueSoon = titles('due_date between ? and ?', today, daysFrom(14));
  const recentlyOverdue = titles('due_date between ? and ?', daysFrom(-90), daysFrom(-1));
  const longOverdue = titles('due_date < ?', daysFrom(-90));
  expect(longOverdue.length, 'Belgium has follow-ups overdue for months').toBeGreaterThan(0);

  await page.goto('/countries/BE');
  const section = page.getByRole('region', { name: 'Open follow-ups' });
  const lists = section.getByRole('list', { name: 'Follow-ups' });
  expect(await lists.nth(0).locator('li > div > a').allTextContents()).toEqual(dueSoon.slice(0, 8));
  expect(await lists.nth(1).locator('li > div > a').allTextContents()).toEqual(recentlyOverdue.slice(0, 8));
  await expect(section).toContainText(`${longOverdue.length} overdue for over 90 days`);
  await section.getByRole('link', { name: 'All follow-ups with Belgium' }).click();
  await expect(page).toHaveURL(/\/follow-ups\?country=BE$/);
});

test('the follow-ups list comes in pages of 25, most urgent first, none lost between pages', async ({ page }) => {
  await signInThroughForm(page, 'ambassador@demo.readout.test', DEMO_PASSWORD);
  const total = demoDatabase((db) => (db.prepare('select count(*) as n from follow_ups').get() as { n: number }).n);
  expect(total, 'enough follow-ups for two pages').toBeGreaterThan(25);

  await page.goto('/follow-ups');
  const links = page.getByRole('list', { name: 'Follow-ups' }).getByRole('link', { name: /./ });
  // By address, not title: titles repeat ("Send the draft text on trade"), follow-ups do not.
  const shown = () =>
    page
      .getByRole('list', { name: 'Follow-ups' })
      .locator('li > div > a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  const firstPage = await shown();
  expect(firstPage).toHaveLength(25);
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(links.first()).toBeVisible();
  const secondPage = await shown();
  expect(secondPage.length).toBe(Math.min(25, total - 25));
  expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);
  await page.getByRole('link', { name: 'Previous page' }).click();
  await expect(page).not.toHaveURL(/page=2/);
});

test('help says what each role allows, from the policy table itself', async ({ page }) => {
  await signInThroughForm(page, 'officer@demo.readout.test', DEMO_PASSWORD);
  await page.locator('header summary').click();
  await page.getByRole('link', { name: 'Help: what your role allows' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeVisible();
  const allowed = page.getByRole('region', { name: 'What your role allows' }).getByRole('listitem');
  await expect(allowed.filter({ hasText: 'Log a meeting' })).toHaveCount(1);
  await expect(allowed.filter({ hasText: 'Merge duplicate contacts' })).toHaveCount(0);
  await expect(allowed.filter({ hasText: 'audit log' })).toHaveCount(0);
  await expectAccessible(page);
});

test('filter forms offer the whole lists, keep the choice, and filter by it', async ({ page }) => {
  await signInThroughForm(page, 'officer@demo.readout.test', DEMO_PASSWORD);
  const focus = demoDatabase((db) => (db.prepare('select code from focus_countries order by code').all() as { code: string }[]).map((row) => row.code));
  expect(focus.length, 'the demo mission has focus countries').toBeGreaterThan(0);

  await page.goto('/meetings');
  const country = page.getByLabel('Partner country');
  // The lists arrive after the page: every country, the mission's focus countries first.
  await expect(country.locator('option')).toHaveCount(1 + countryCodes.length);
  const firstListed = await country.locator('option').evaluateAll((options) => options.slice(1).map((option) => (option as HTMLOptionElement).value));
  expect(firstListed.slice(0, focus.length).sort()).toEqual(focus);
  await country.selectOption({ label: 'Kazakhstan' });
  await page.getByLabel('Attendee').selectOption({ label: 'Dana Sultanova' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/country=KZ/);
  await expect(page).toHaveURL(/attendee=3(&|$)/);
  const meetings = page.getByRole('list', { name: 'Meetings' }).getByRole('listitem');
  await expect(meetings.first()).toBeVisible();
  for (const text of await meetings.allTextContents()) expect(text).toContain('Kazakhstan');

  // Opened from a link, the form shows the filters in force, before and after the lists arrive.
  await page.reload();
  await expect(page.getByLabel('Partner country')).toHaveValue('KZ');
  await expect(page.getByLabel('Attendee')).toHaveValue('3');
  await expect(page.getByLabel('Partner country').locator('option')).toHaveCount(1 + countryCodes.length);
  await expect(page.getByLabel('Partner country')).toHaveValue('KZ');
  await expectAccessible(page);

  await page.goto('/follow-ups');
  await page.getByLabel('Owner').selectOption({ label: 'Me' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/owner=3(&|$)/);
  await expect(page.getByLabel('Owner')).toHaveValue('3');
  // "Me" is not offered twice under the officer's own name.
  await expect(page.getByLabel('Owner').locator('option', { hasText: 'Dana Sultanova' })).toHaveCount(0);
});
