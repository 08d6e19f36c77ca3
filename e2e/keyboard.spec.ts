import { expect, type Page, test } from '@playwright/test';
import { createTestAccount, pageSignedInAs } from './fixtures/accounts';
import { readE2eDatabase } from './fixtures/database';
import { fillMeetingBasics } from './fixtures/meeting-form';
import { callServerAction } from './fixtures/server-actions';

/** WCAG's contrast ratio of two sRGB colours given as "rgb(r, g, b)" or "rgba(…)". */
function contrast(first: string, second: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The colour that marks keyboard focus on the focused element (outline, or a form field's ring), and what it is drawn against. */
async function focusColours(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const ring = (style.boxShadow.match(/rgba?\([^)]*\)/g) ?? []).find((color) => !/rgba\([^)]*,\s*0(\.\d+)?\)$/.test(color));
    let backdrop: Element | null = element.parentElement;
    while (backdrop && ['rgba(0, 0, 0, 0)', 'transparent'].includes(getComputedStyle(backdrop).backgroundColor)) backdrop = backdrop.parentElement;
    return {
      mark: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? style.outlineColor : (ring ?? 'none'),
      against: backdrop ? getComputedStyle(backdrop).backgroundColor : 'rgb(255, 255, 255)',
    };
  });
}

test('keyboard focus is visible at 3:1 or more on the navy header, in the account menu and on form fields; Escape closes the account menu', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'keyboard');
  const page = await pageSignedInAs(browser, officer);
  await page.goto('/meetings/new');
  // The skip link first, then the mission's name on the navy bar.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const header = await focusColours(page);
  expect(contrast(header.mark, header.against), `header focus ${header.mark} on ${header.against}`).toBeGreaterThanOrEqual(3);

  await page.getByLabel('Title').focus();
  const field = await focusColours(page);
  expect(contrast(field.mark, 'rgb(255, 255, 255)'), `field focus ${field.mark}`).toBeGreaterThanOrEqual(3);

  const menu = page.locator('header details');
  await menu.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  const inMenu = await focusColours(page);
  expect(contrast(inMenu.mark, inMenu.against), `menu focus ${inMenu.mark} on ${inMenu.against}`).toBeGreaterThanOrEqual(3);
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open');
  await expect(menu.locator('summary')).toBeFocused();
});

test('each record page is titled with the record, so tabs and history tell them apart', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'record-pages');
  const page = await pageSignedInAs(browser, officer);
  const title = `Titled consultations ${Math.random().toString(36).slice(2, 7)}`;
  await page.goto('/meetings/new');
  await fillMeetingBasics(page, { title, date: '2024-05-02', city: 'Brussels', country: 'BE', partner: 'KZ' });
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.reload();
  await expect(page).toHaveTitle(`${title} · Readout`);
  // A record one may not see keeps the generic title on its 404.
  await page.goto('/meetings/999999999');
  await expect(page).toHaveTitle(/^(Meeting|Page not found) · Readout$|^Readout$/);
});

test('removing a place or a follow-up row leaves focus on the row that takes its place, not on the page', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'rows');
  const page = await pageSignedInAs(browser, officer);
  await page.goto('/meetings/new');
  await page.getByLabel('City 1').fill('Brussels');
  await page.getByLabel('City 2').fill('Antwerp');
  await page.getByRole('button', { name: 'Remove place 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('City 1')).toHaveValue('Antwerp');
  await expect(page.getByLabel('City 1')).toBeFocused();

  await page.getByLabel('What was committed (1)').fill('Send the draft memorandum');
  await page.getByLabel('What was committed (2)').fill('Invite the delegation');
  await page.getByRole('button', { name: 'Remove follow-up 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('What was committed (1)')).toHaveValue('Invite the delegation');
  await expect(page.getByLabel('What was committed (1)')).toBeFocused();
});

test('a quick status change keeps the keyboard on its select while it saves, and after', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'status-keys');
  const page = await pageSignedInAs(browser, officer);
  const title = `Keyboard follow-up ${Math.random().toString(36).slice(2, 7)}`;
  const ownerId = readE2eDatabase((db) => (db.prepare('select id from users where email = ?').get(officer.email) as { id: number }).id);
  const created = await callServerAction(page.request, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [null, { title, countryCode: 'BE', committedBy: 'ours', ownerId }]);
  expect(created.body).toContain('"ok":true');
  await page.goto('/follow-ups');
  const status = page.getByLabel(`Status of ${title}`);
  await status.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Saved: In progress.')).toBeVisible();
  await expect(status).toHaveValue('in-progress');
  await expect(status).toBeFocused();
});

test('picking a counterpart, or cancelling a new one, brings the keyboard back to the search for the next person', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'counterpart-keys');
  const page = await pageSignedInAs(browser, officer);
  const name = `Aigerim Keyboardova ${Math.random().toString(36).slice(2, 6)}`;
  const created = await callServerAction(page.request, 'app/(app)/contacts/actions.ts', 'createContactAction', [null, { name, title: 'Counsellor', countryCode: 'KZ' }]);
  expect(created.body).toContain('"ok":true');
  await page.goto('/meetings/new');
  const search = page.getByLabel('Find a counterpart');
  await search.fill(name.split(' ').slice(1).join(' '));
  const match = page.getByRole('list', { name: 'Matching contacts' }).getByRole('button', { name: new RegExp(`Add ${name}`) });
  await match.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Chosen counterparts' })).toContainText(name);
  await expect(search).toBeFocused();

  await page.getByRole('button', { name: 'New counterpart…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'New counterpart' }).getByLabel('Full name')).toBeFocused();
  await page.getByRole('group', { name: 'New counterpart' }).getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'New counterpart' })).toHaveCount(0);
  await expect(search).toBeFocused();
});

test('after moving to another page, or saving a meeting, the keyboard starts from the new page’s heading', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'page-focus');
  const page = await pageSignedInAs(browser, officer);
  await page.goto('/meetings');
  await page.getByRole('main').getByRole('link', { name: 'Log a meeting' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Log a meeting' })).toBeFocused();

  const title = `Focus after saving ${Math.random().toString(36).slice(2, 7)}`;
  await fillMeetingBasics(page, { title, date: '2024-05-03', city: 'Brussels', country: 'BE', partner: 'KZ' });
  await page.getByRole('button', { name: 'Save meeting' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
});
