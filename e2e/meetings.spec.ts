import { parse } from 'csv-parse/sync';
import { expect, type Page, test } from '@playwright/test';
import { createTestAccount, pageSignedInAs } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';
import { choosePartnerCountry, clearPartnerCountries, fillMeetingBasics } from './fixtures/meeting-form';

const unique = () => Math.random().toString(36).slice(2, 7);

async function addNewCounterpart(page: Page, contact: { name: string; title: string; organisation?: string; kind?: string }) {
  await page.getByRole('button', { name: 'New counterpart…' }).click();
  const panel = page.getByRole('group', { name: 'New counterpart' });
  await panel.getByLabel('Full name').fill(contact.name);
  await panel.getByLabel('Title or position').fill(contact.title);
  if (contact.organisation) {
    await panel.getByLabel('Organisation', { exact: true }).fill(contact.organisation);
    await panel.getByLabel('Kind of organisation').selectOption(contact.kind!);
  }
  await panel.getByRole('button', { name: 'Add counterpart' }).click();
  await expect(page.getByRole('list', { name: 'Chosen counterparts' }).getByText(contact.name)).toBeVisible();
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('an officer logs a two-day, two-city visit and finds it again by a variant spelling; the CSV has it', async ({ browser, baseURL }) => {
    const officer = await createTestAccount(baseURL!, 'officer', 'logger');
    const page = await pageSignedInAs(browser, officer, { viewport: { width: 390, height: 844 } });
    const title = `Réunion des chambres à Luxembourg ${unique()}`;
    const organisation = `Chambre de commerce ${unique()}`;

    await page.goto('/meetings/new');
    await expectAccessible(page);
    await fillMeetingBasics(page, { title, date: '2024-06-24', city: 'Brussels', country: 'BE', partner: 'XK' });
    await page.getByLabel('End date (several days)').fill('2024-06-25');
    await page.getByLabel('City 2').fill('Luxembourg');
    await page.getByLabel('Country 2').selectOption('LU');
    await page.getByLabel('Kind').selectOption('visit');

    await addNewCounterpart(page, { name: 'Geert Cooreman', title: 'President', organisation, kind: 'business-association' });
    await addNewCounterpart(page, { name: 'Lotfi Haziri', title: 'Director' });
    // A near-duplicate is offered before a third contact would be created.
    await page.getByRole('button', { name: 'New counterpart…' }).click();
    await page.getByRole('group', { name: 'New counterpart' }).getByLabel('Full name').fill('Kooreman');
    await expect(page.getByRole('button', { name: 'Use Geert Cooreman' }).first()).toBeVisible();
    await page.getByRole('group', { name: 'New counterpart' }).getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'ICT and digital innovation: agreed' }).click();
    await page.getByRole('button', { name: 'Renewable and green energy: agreed' }).click();
    await page.getByLabel('Summary').fill('Both chambers will draft a digital-cooperation package.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/phone-log-meeting.png', fullPage: true });
    await page.getByRole('button', { name: 'Save meeting' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Brussels (Belgium) · Luxembourg (Luxembourg)')).toBeVisible();
    await expect(page.getByText('24 June 2024 – 25 June 2024')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Geert Cooreman' })).toBeVisible();
    await expect(page.getByText(organisation)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Cooperation areas' })).toContainText('Agreed: ICT and digital innovationRenewable and green energy');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/phone-meeting.png', fullPage: true });

    await page.goto('/meetings');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Kooreman');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expectAccessible(page);

    const csv = await page.request.get('/meetings/export?q=Kooreman');
    expect(csv.headers()['content-type']).toContain('text/csv');
    const body = await csv.text();
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(body.slice(1)) as string[][];
    expect(rows[0]).toEqual(expect.arrayContaining(['Date', 'Title', 'Counterparts', 'Agreed areas']));
    const row = rows.find((r) => r.includes(title));
    expect(row).toBeDefined();
    expect(row).toEqual(expect.arrayContaining(['2024-06-24', '2024-06-25', 'Brussels (BE); Luxembourg (LU)', 'Kosovo']));
    expect(row!.join('|')).toContain('Geert Cooreman');
  });
});

test('another officer cannot see a restricted meeting by list, search, URL or export; a manager can', async ({ browser, baseURL }) => {
  const [author, other, manager] = await Promise.all([
    createTestAccount(baseURL!, 'officer', 'author'),
    createTestAccount(baseURL!, 'officer', 'other'),
    createTestAccount(baseURL!, 'manager', 'head'),
  ]);
  const title = `Confidential consultations ${unique()}`;
  const authorPage = await pageSignedInAs(browser, author);
  await authorPage.goto('/meetings/new');
  await fillMeetingBasics(authorPage, { title, date: '2022-02-10', city: 'Brussels', country: 'BE', partner: 'KZ' });
  await authorPage.getByLabel('Restricted: its author, its attendees and managers only').check();
  await authorPage.getByRole('button', { name: 'Save meeting' }).click();
  await expect(authorPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const url = new URL(authorPage.url()).pathname;

  const otherPage = await pageSignedInAs(browser, other);
  await otherPage.goto('/meetings');
  await expect(otherPage.getByRole('link', { name: title })).toHaveCount(0);
  await otherPage.goto(`/meetings?q=${encodeURIComponent(title)}`);
  await expect(otherPage.getByText('No meeting matches these filters.')).toBeVisible();
  expect((await otherPage.goto(url))?.status()).toBe(404);
  expect((await otherPage.goto(`${url}/edit`))?.status()).toBe(404);
  expect(await (await otherPage.request.get('/meetings/export')).text()).not.toContain(title);

  const managerPage = await pageSignedInAs(browser, manager);
  await managerPage.goto(`/meetings?q=${encodeURIComponent(title)}`);
  await expect(managerPage.getByRole('link', { name: title })).toBeVisible();
  expect(await (await managerPage.request.get('/meetings/export')).text()).toContain(title);
});

test('two people edit the same meeting: the second save is refused and keeps what they typed', async ({ browser, baseURL }) => {
  const [author, manager] = await Promise.all([createTestAccount(baseURL!, 'officer', 'editor'), createTestAccount(baseURL!, 'manager', 'reviewer')]);
  const title = `Courtesy call ${unique()}`;
  const authorPage = await pageSignedInAs(browser, author);
  await authorPage.goto('/meetings/new');
  await fillMeetingBasics(authorPage, { title, date: '2024-05-02', city: 'Luxembourg', country: 'LU', partner: 'LU' });
  await authorPage.getByRole('button', { name: 'Save meeting' }).click();
  await expect(authorPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const editUrl = `${new URL(authorPage.url()).pathname}/edit`;

  const managerPage = await pageSignedInAs(browser, manager);
  await Promise.all([authorPage.goto(editUrl), managerPage.goto(editUrl)]);
  await expectAccessible(authorPage);

  await authorPage.getByLabel('Summary').fill('First version of the summary.');
  await authorPage.getByRole('button', { name: 'Save changes' }).click();
  await expect(authorPage.getByText('First version of the summary.')).toBeVisible();

  await managerPage.getByLabel('Summary').fill('Second, conflicting summary.');
  await managerPage.getByRole('button', { name: 'Save changes' }).click();
  await expect(managerPage.locator('form [role=alert]').first()).toContainText('Someone else saved this meeting after you opened it');
  await expect(managerPage.getByLabel('Summary')).toHaveValue('Second, conflicting summary.');

  await authorPage.reload();
  await expect(authorPage.getByRole('region', { name: 'Summary' })).toHaveText('SummaryFirst version of the summary.');
});

test('bad input in the meeting form is refused beside the field and nothing is saved', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'careless');
  const page = await pageSignedInAs(browser, officer);
  await page.goto('/meetings/new');
  await clearPartnerCountries(page);
  const title = `<img src=x onerror=alert(1)> ${unique()}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Date', { exact: true }).fill('2024-06-24');
  await page.getByLabel('End date (several days)').fill('2024-06-01');
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.getByText('The end date cannot be before the start date.')).toBeVisible();
  await expect(page.getByText('Choose at least one partner country.')).toBeVisible();
  await expect(page.getByText('Add where the meeting took place.')).toBeVisible();
  // Saved from the bottom of a long form: the first field to fix gets the focus, in view.
  await expect(page.getByLabel('End date (several days)')).toBeFocused();
  await expect(page.getByLabel('End date (several days)')).toBeInViewport();
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await expectAccessible(page);

  // Fixed, it saves; the markup is shown as text, never run.
  page.on('dialog', () => {
    throw new Error('a stored script ran');
  });
  await page.getByLabel('End date (several days)').fill('');
  await page.getByLabel('Country 1').selectOption('BE');
  await choosePartnerCountry(page, 'BE');
  // A city refused by the server is explained beside the places, not only in the banner.
  await page.getByLabel('City 1').fill('Brussels\u0007');
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.locator('#places-error')).toHaveText('A city name must be a single line of plain text.');
  await page.getByLabel('City 1').fill('Brussels');
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('an attendee edits a restricted meeting but cannot widen it: who attended and who may see it stay with its author and managers', async ({
  browser,
  baseURL,
}) => {
  const [author, attendee] = await Promise.all([createTestAccount(baseURL!, 'officer', 'writer'), createTestAccount(baseURL!, 'officer', 'attendee')]);
  const title = `Restricted round ${unique()}`;
  const authorPage = await pageSignedInAs(browser, author);
  await authorPage.goto('/meetings/new');
  await fillMeetingBasics(authorPage, { title, date: '2022-03-10', city: 'Brussels', country: 'BE', partner: 'KZ' });
  // Typing a colleague's whole name picks them.
  await authorPage.getByLabel('Add a colleague').fill(attendee.name);
  await expect(authorPage.getByRole('button', { name: `Remove ${attendee.name}` })).toBeVisible();
  await authorPage.getByLabel('Restricted: its author, its attendees and managers only').check();
  await authorPage.getByRole('button', { name: 'Save meeting' }).click();
  await expect(authorPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const url = new URL(authorPage.url()).pathname;

  const attendeePage = await pageSignedInAs(browser, attendee);
  await attendeePage.goto(`${url}/edit`);
  await expect(
    attendeePage.getByText('This meeting is restricted: only its author and managers can change who attended it or make it visible to everyone.'),
  ).toBeVisible();
  await expect(attendeePage.getByLabel('Everyone in the mission')).toBeDisabled();
  await expect(attendeePage.getByRole('button', { name: `Remove ${attendee.name}` })).toHaveCount(0);
  await expect(attendeePage.getByLabel('Add a colleague')).toHaveCount(0);
  await expectAccessible(attendeePage);
  // The rest is theirs to edit, and saves with the audience unchanged.
  await attendeePage.getByLabel('Summary').fill('Notes added by an attendee.');
  await attendeePage.getByRole('button', { name: 'Save changes' }).click();
  await expect(attendeePage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(attendeePage.getByText('Notes added by an attendee.')).toBeVisible();
  await expect(attendeePage.getByText('Restricted', { exact: false }).first()).toBeVisible();
});
