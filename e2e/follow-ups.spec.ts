import { expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { createTestAccount, pageSignedInAs } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';
import { readE2eDatabase } from './fixtures/database';
import { callServerAction } from './fixtures/server-actions';

const unique = () => Math.random().toString(36).slice(2, 7);
const followUpsList = (page: Page) => page.getByRole('list', { name: 'Follow-ups' });

test('follow-ups from a meeting: home, progress note, manager’s queue and reassignment, a full log', async ({ browser, baseURL }) => {
  const [officer, colleague, manager] = await Promise.all([
    createTestAccount(baseURL!, 'officer', 'committer'),
    createTestAccount(baseURL!, 'officer', 'successor'),
    createTestAccount(baseURL!, 'manager', 'queue-reviewer'),
  ]);
  const ours = `Draft the digital package ${unique()}`;
  const theirs = `Partner sends the list of companies ${unique()}`;
  const page = await pageSignedInAs(browser, officer);

  await page.goto('/meetings/new');
  await page.getByLabel('Title').fill(`Chamber meeting ${unique()}`);
  await page.getByLabel('City 1').fill('Brussels');
  await page.getByLabel('Country 1').selectOption('BE');
  await page.getByLabel('Add another partner country').fill('Kosovo');
  await page.getByLabel('What was committed (1)').fill(ours);
  await page.getByLabel('Due date (1)').fill('2024-01-15');
  await page.getByLabel('What was committed (2)').fill(theirs);
  await page.getByLabel('Who committed (2)').selectOption('partner');
  await page.getByLabel('Owner on our side (2)').selectOption({ label: officer.name });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(followUpsList(page).getByRole('link', { name: ours })).toBeVisible();
  await expect(followUpsList(page).getByRole('link', { name: theirs })).toBeVisible();

  // Home: both, the overdue one first and marked.
  await page.goto('/');
  const home = followUpsList(page).getByRole('listitem');
  await expect(home.first()).toContainText(ours);
  await expect(home.first()).toContainText('Overdue');
  await expect(home.nth(1)).toContainText(theirs);
  await expectAccessible(page);

  // In progress, with a note.
  await page.getByRole('link', { name: theirs }).click();
  await expect(page.getByRole('heading', { level: 1, name: theirs })).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption('in-progress');
  await page.getByLabel('Note with the change (optional)').fill('Reminded the chamber by e-mail');
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByRole('list', { name: 'History' })).toContainText('changed the status from Open to In progress');
  await expectAccessible(page);

  // The manager finds the overdue one in the queue and gives it to a colleague.
  const managerPage = await pageSignedInAs(browser, manager);
  await managerPage.goto('/follow-ups/review');
  await expectAccessible(managerPage);
  const overdue = managerPage.getByRole('region', { name: /Overdue/ });
  await overdue.getByRole('link', { name: ours }).click();
  await expect(managerPage.getByRole('heading', { level: 1, name: ours })).toBeVisible();
  await managerPage.getByLabel('Owner', { exact: true }).selectOption({ label: colleague.name });
  await managerPage.getByRole('button', { name: 'Reassign' }).click();
  await expect(managerPage.getByRole('list', { name: 'History' })).toContainText(`reassigned it from ${officer.name} to ${colleague.name}`);

  const colleaguePage = await pageSignedInAs(browser, colleague);
  await colleaguePage.goto('/');
  await expect(followUpsList(colleaguePage).getByRole('link', { name: ours })).toBeVisible();

  // The log, with names and times, as the officer sees it.
  await page.goto('/follow-ups');
  await page.getByRole('link', { name: theirs }).click();
  await expect(page.getByRole('heading', { level: 1, name: theirs })).toBeVisible();
  const history = page.getByRole('list', { name: 'History' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText(`${officer.name} created the follow-up`);
  await expect(history.nth(1)).toContainText(`${officer.name} changed the status from Open to In progress`);
  await expect(history.nth(1)).toContainText('“Reminded the chamber by e-mail”');
  await expect(history.nth(1).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await managerPage.reload();
  const managerHistory = managerPage.getByRole('list', { name: 'History' }).getByRole('listitem');
  await expect(managerHistory).toHaveCount(2);
  await expect(managerHistory.nth(0)).toContainText(`${officer.name} created the follow-up`);
  await expect(managerHistory.nth(1)).toContainText(`${manager.name} reassigned it`);
});

test('a quick status change survives a reload; a refused one rolls back with the reason', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'quick');
  const page = await pageSignedInAs(browser, officer);
  const title = `Send the draft agreement ${unique()}`;
  const ownerId = readE2eDatabase((db) => (db.prepare('select id from users where email = ?').get(officer.email) as { id: number }).id);
  const created = await callServerAction(page.request, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [
    null,
    { title, countryCode: 'LU', committedBy: 'ours', ownerId, dueDate: '2031-03-01' },
  ]);
  expect(created.status).toBeLessThan(400);

  await page.goto('/');
  const status = page.getByLabel(`Status of ${title}`);
  await status.selectOption('in-progress');
  await expect(page.getByRole('listitem').filter({ hasText: title }).getByRole('status')).toHaveText('Saved: In progress.');
  await page.reload();
  await expect(page.getByLabel(`Status of ${title}`)).toHaveValue('in-progress');

  // A second tab still shows the old version; the first tab closes the follow-up meanwhile.
  const stale = await page.context().newPage();
  await stale.goto('/');
  await page.getByLabel(`Status of ${title}`).selectOption('done');
  await expect(page.getByRole('listitem').filter({ hasText: title }).getByRole('status')).toHaveText('Saved: Done.');
  await stale.getByLabel(`Status of ${title}`).selectOption('open');
  const row = stale.getByRole('listitem').filter({ hasText: title });
  await expect(row.getByRole('status')).toContainText('Not saved: Someone else updated this follow-up');
  await expect(stale.getByLabel(`Status of ${title}`)).toHaveValue('in-progress');
  await stale.reload();
  await expect(stale.getByRole('link', { name: title })).toHaveCount(0); // done: off the home page
});

test('the calendar feed holds exactly my open dated follow-ups; a wrong or replaced token is a 404', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'calendar');
  const page = await pageSignedInAs(browser, officer);
  const ownerId = readE2eDatabase((db) => (db.prepare('select id from users where email = ?').get(officer.email) as { id: number }).id);
  const create = (title: string, dueDate?: string) =>
    callServerAction(page.request, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [
      null,
      { title, countryCode: 'BE', committedBy: 'ours', ownerId, dueDate: dueDate ?? '' },
    ]);
  const tag = unique();
  await create(`Dated A ${tag}`, '2031-01-10');
  await create(`Dated B ${tag}`, '2031-02-20');
  await create(`Undated ${tag}`);
  await create(`Finished ${tag}`, '2031-03-30');
  const finished = readE2eDatabase((db) => (db.prepare('select id from follow_ups where title = ?').get(`Finished ${tag}`) as { id: number }).id);
  await callServerAction(page.request, 'app/(app)/follow-ups/actions.ts', 'changeStatusAction', [null, { followUpId: finished, version: 1, status: 'done' }]);

  await page.goto('/follow-ups');
  await page.getByRole('button', { name: 'Create a new calendar link' }).click();
  const url = (await page.getByTestId('calendar-url').textContent())!.trim();
  expect(url).toMatch(/\/api\/calendar\/[\w-]{20,}$/);

  const anonymous = await browser.newContext();
  const feed = await anonymous.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
  expect(events.map((event) => event.summary).sort()).toEqual([`Due: Dated A ${tag}`, `Due: Dated B ${tag}`]);
  expect(events.find((event) => event.summary.includes('Dated A'))!.startDate.toString()).toBe('2031-01-10');

  expect((await anonymous.request.get(`${url.slice(0, -4)}zzzz`)).status()).toBe(404);
  await page.getByRole('button', { name: 'Create a new calendar link' }).click();
  await expect(page.getByTestId('calendar-url')).not.toHaveText(url);
  expect((await anonymous.request.get(url)).status()).toBe(404);
});
