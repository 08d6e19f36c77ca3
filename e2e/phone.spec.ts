import { expect, type Page, test } from '@playwright/test';
import { ADMIN_NAVIGATION, FIRST_ADMIN, mainNavigationLinks, pageSignedInAs } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';

const PHONE = { width: 390, height: 844 };

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

test.describe('on a 390 px phone', () => {
  test('the main navigation opens from a Menu button, every link of an admin is reachable, and no main page scrolls sideways', async ({ browser }) => {
    const page = await pageSignedInAs(browser, FIRST_ADMIN, { viewport: PHONE });
    await page.goto('/');
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNavigationLinks(page)).toHaveCount(0);
    await expectNoSidewaysScroll(page);

    // Keyboard: open, Escape closes and gives focus back to the button.
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(mainNavigationLinks(page)).toHaveText(ADMIN_NAVIGATION);
    await expectAccessible(page);
    await page.keyboard.press('Tab');
    await expect(mainNavigationLinks(page).first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(mainNavigationLinks(page)).toHaveCount(0);

    // Each link, chosen from the menu, opens its page and closes the menu.
    for (const label of ADMIN_NAVIGATION) {
      await menu.click();
      const link = mainNavigationLinks(page).filter({ hasText: new RegExp(`^${label}$`) });
      const href = await link.getAttribute('href');
      await link.click();
      await expect(page).toHaveURL((url) => url.pathname === href);
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expect(menu).toBeVisible();
    }
    await page.context().close();
  });

  test('list filters sit behind one Filters button, open and apply, and show how many are set', async ({ browser }) => {
    const page = await pageSignedInAs(browser, FIRST_ADMIN, { viewport: PHONE });
    const query = `nothing-like-this-${Date.now().toString(36)}`;

    await page.goto('/meetings');
    const filters = page.getByRole('button', { name: 'Filters', exact: true });
    const meetingFilters = page.getByRole('search', { name: 'Filter meetings' });
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(meetingFilters).toBeHidden();
    await filters.click();
    await expect(meetingFilters).toBeVisible();
    await expectAccessible(page);
    await meetingFilters.getByLabel('Search').fill(query);
    await meetingFilters.getByLabel('Kind').selectOption({ index: 1 });
    await expectNoSidewaysScroll(page);
    await meetingFilters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`q=${query}`));
    await expect(page.getByText('No meeting matches these filters.')).toBeVisible();
    // With filters set the panel starts open, and the button counts them.
    await expect(meetingFilters).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filters, 2 active' })).toHaveAttribute('aria-expanded', 'true');

    await page.goto('/follow-ups');
    const followUpFilters = page.getByRole('search', { name: 'Filter follow-ups' });
    await expect(followUpFilters).toBeHidden();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await followUpFilters.getByLabel('Status').selectOption({ index: 1 });
    await followUpFilters.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/status=/);
    await expect(page.getByRole('button', { name: 'Filters, 1 active' })).toHaveAttribute('aria-expanded', 'true');
    await expect(followUpFilters).toBeVisible();
    await expectNoSidewaysScroll(page);

    await page.goto('/admin/audit?entity=contact');
    await expect(page.getByRole('search', { name: 'Filter the audit log' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filters, 1 active' })).toBeVisible();
    await page.context().close();
  });
});

test('on a desktop the navigation is one row and the filters are shown, with no Menu or Filters button', async ({ browser }) => {
  const page = await pageSignedInAs(browser, FIRST_ADMIN, { viewport: { width: 1280, height: 800 } });
  await page.goto('/meetings');
  await expect(mainNavigationLinks(page)).toHaveText(ADMIN_NAVIGATION);
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(page.getByRole('search', { name: 'Filter meetings' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeHidden();
  await page.context().close();
});
