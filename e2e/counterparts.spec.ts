import { expect, type Page, test } from '@playwright/test';
import { createTestAccount, pageSignedInAs } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';

// Letters only: the suffix is part of one name word, so the look-up's word matching keeps it whole.
const unique = () => Array.from({ length: 6 }, () => 'bdfghjlmnprstvz'[Math.floor(Math.random() * 15)]).join('');

function quickAdd(page: Page) {
  return page.getByRole('group', { name: 'New counterpart' });
}

async function openQuickAdd(page: Page, name: string) {
  await page.getByRole('button', { name: 'New counterpart…' }).click();
  // The panel puts the cursor in its first empty field, the name.
  await expect(quickAdd(page).getByLabel('Full name')).toBeFocused();
  await quickAdd(page).getByLabel('Full name').fill(name);
}

async function addCounterpart(page: Page, name: string) {
  await quickAdd(page).getByRole('button', { name: 'Add counterpart' }).click();
  await expect(page.getByRole('list', { name: 'Chosen counterparts' }).getByText(name)).toBeVisible();
}

test('an officer picks an existing organisation for a new counterpart, is warned of a misspelt one, and finds two people, or a QU/KW spelling, in one search', async ({
  browser,
  baseURL,
}) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'counterparts');
  const page = await pageSignedInAs(browser, officer);
  const u = unique();
  const chamber = `Chambre de Commerce de Luxembourg ${u}`;
  const [cooreman, vassilenko, quarsbrand] = [`Jeroen Cooreman${u}`, `Roman Vassilenko${u}`, `Anna Quarsbrand${u}`];

  await page.goto('/meetings/new');

  // A new organisation, created with the first counterpart.
  await openQuickAdd(page, cooreman);
  await quickAdd(page).getByLabel('Organisation', { exact: true }).fill(chamber);
  await quickAdd(page).getByLabel('Kind of organisation').selectOption('business-association');
  await addCounterpart(page, cooreman);

  // The second counterpart takes it from the list as its name is typed.
  await openQuickAdd(page, vassilenko);
  await quickAdd(page)
    .getByLabel('Organisation', { exact: true })
    .fill(`Chambre de Commerce de Luxembourg ${u.slice(0, 3)}`);
  const offered = quickAdd(page).getByRole('list', { name: 'Organisations already in the list' });
  await expect(offered.getByRole('listitem')).toHaveCount(1);
  await offered.getByRole('button', { name: `Use it: ${chamber}` }).click();
  await expect(quickAdd(page).getByText(`Organisation: ${chamber}`)).toBeVisible();
  await expect(quickAdd(page).getByRole('button', { name: 'Change organisation' })).toBeFocused();
  await expect(quickAdd(page).getByLabel('Kind of organisation')).toHaveCount(0);
  await addCounterpart(page, vassilenko);

  // A misspelt new organisation: the one already in the list is offered before a second is created.
  await openQuickAdd(page, quarsbrand);
  await quickAdd(page).getByLabel('Organisation', { exact: true }).fill(`Chambre de Comerce Luxemburg ${u}`);
  await expect(quickAdd(page).getByText('Already in the list?')).toBeVisible();
  await expect(offered.getByRole('button', { name: `Use it: ${chamber}` })).toBeVisible();
  await expectAccessible(page);
  await quickAdd(page).getByLabel('Organisation', { exact: true }).fill('');
  await addCounterpart(page, quarsbrand);

  // Two people in one search, with or without a comma; the QU/KW spelling.
  const find = page.getByLabel('Find a counterpart');
  const matches = page.getByRole('list', { name: 'Matching contacts' });
  for (const query of [`Cooreman${u} Vassilenko${u}`, `Cooreman${u}, Vassilenko${u}`]) {
    await find.fill(query);
    await expect(matches.getByRole('button')).toHaveText([new RegExp(`Add ${cooreman}`), new RegExp(`Add ${vassilenko}`)]);
  }
  await find.fill(`Jeroen Cooreman${u}`);
  await expect(matches.getByRole('button').first()).toHaveText(new RegExp(`Add ${cooreman}`));
  await find.fill(`Kwarsbrand${u}`);
  await expect(matches.getByRole('button')).toHaveText([new RegExp(`Add ${quarsbrand}`)]);

  // One organisation, with both counterparts.
  await page.goto(`/organisations?q=${encodeURIComponent(chamber)}`);
  await expect(page.getByRole('list', { name: 'Organisations' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Organisations' })).toContainText('2 contact(s)');
  await page.goto(`/contacts?q=${encodeURIComponent(vassilenko)}`);
  await expect(page.getByRole('list', { name: 'Contacts' })).toContainText(chamber);
});
