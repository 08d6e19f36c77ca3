import { expect, test } from '@playwright/test';
import { createTestAccount, FIRST_ADMIN, pageSignedInAs } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';
import { readE2eDatabase } from './fixtures/database';

const unique = () => Math.random().toString(36).slice(2, 7);

test('an officer adds contacts, is warned of a likely duplicate, and a manager merges them without losing a meeting', async ({ browser, baseURL }) => {
  const [officer, manager] = await Promise.all([createTestAccount(baseURL!, 'officer', 'directory'), createTestAccount(baseURL!, 'manager', 'merger')]);
  const surname = `Achmetov${unique()}`;
  const variant = surname.replace('Achmetov', 'Akhmetov');
  const organisation = `Ministry of Trade ${unique()}`;
  const page = await pageSignedInAs(browser, officer);

  await page.goto('/contacts/new');
  await expectAccessible(page);
  await page.getByLabel('Full name').fill(`Askar ${surname}`);
  await page.getByLabel('Title or position').fill('Vice-Minister');
  await page.getByLabel('New organisation', { exact: true }).fill(organisation);
  await page.getByLabel('Kind of the new organisation').selectOption('government');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Askar ${surname}` })).toBeVisible();
  await expect(page.getByRole('link', { name: organisation })).toBeVisible();
  const keptUrl = page.url();
  // Officers do not merge.
  await expect(page.getByRole('button', { name: 'Merge' })).toHaveCount(0);

  await page.goto('/contacts/new');
  await page.getByLabel('Full name').fill(`A. ${variant}`);
  await expect(page.getByText('Similar contacts already exist')).toBeVisible();
  await expect(page.getByRole('link', { name: `Askar ${surname}` })).toBeVisible();
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `A. ${variant}` })).toBeVisible();
  const duplicateId = Number(new URL(page.url()).pathname.split('/').pop());

  // A meeting with the duplicate as counterpart.
  const title = `Trade talks ${unique()}`;
  await page.goto('/meetings/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('City 1').fill('Astana');
  await page.getByLabel('Country 1').selectOption('KZ');
  // The partner country follows the place.
  await expect(page.locator('input[name=countries][value=KZ]')).toBeChecked();
  await page.getByLabel('Find a counterpart').fill(variant);
  await page.getByRole('button', { name: `Add A. ${variant}` }).click();
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const managerPage = await pageSignedInAs(browser, manager);
  await managerPage.goto(keptUrl);
  await expectAccessible(managerPage);
  await managerPage.getByLabel('Find the duplicate').fill(variant);
  await managerPage.getByLabel(`A. ${variant}`).check();
  await managerPage.getByRole('button', { name: 'Merge' }).click();
  await expect(managerPage.getByRole('status')).toContainText('Contacts merged');
  await expect(managerPage.getByText(`Also spelled: A. ${variant}`)).toBeVisible();
  await expect(managerPage.getByRole('link', { name: title })).toBeVisible();
  expect(readE2eDatabase((db) => db.prepare('select count(*) as n from contacts where id = ?').get(duplicateId) as { n: number }).n).toBe(0);

  await managerPage.goto('/contacts');
  await expectAccessible(managerPage);
  await managerPage.getByRole('link', { name: organisation }).count();
  await managerPage.goto('/organisations');
  await expectAccessible(managerPage);
});

test('the admin marks Belgium and Luxembourg as focus countries; the meeting form offers them first', async ({ browser, baseURL }) => {
  const admin = await pageSignedInAs(browser, FIRST_ADMIN);
  await admin.goto('/admin/reference');
  await expectAccessible(admin);
  for (const country of ['Belgium', 'Luxembourg']) {
    if (await admin.getByRole('button', { name: `Remove ${country}` }).count()) continue;
    await admin.getByLabel('Add a country').selectOption({ label: country });
    await admin.getByRole('button', { name: 'Add country' }).click();
    await expect(admin.getByRole('button', { name: `Remove ${country}` })).toBeVisible();
  }
  const area = `Space cooperation ${unique()}`;
  await admin.getByLabel('New cooperation area').fill(area);
  await admin.getByRole('button', { name: 'Add area' }).click();
  await expect(admin.getByRole('status')).toContainText(`Added “${area}”`);
  await admin.getByLabel('New cooperation area').fill(area.toUpperCase());
  await admin.getByRole('button', { name: 'Add area' }).click();
  await expect(admin.getByText('An area with this name already exists.').first()).toBeVisible();

  const officer = await createTestAccount(baseURL!, 'officer', 'focus');
  const page = await pageSignedInAs(browser, officer);
  await page.goto('/meetings/new');
  await expect(page.getByRole('checkbox', { name: 'Belgium' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Luxembourg' })).toBeVisible();
  await expect(page.getByRole('group', { name: area })).toBeVisible();
});
