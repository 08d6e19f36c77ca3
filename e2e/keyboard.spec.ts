import { expect, type Locator, type Page, test } from '@playwright/test';
import { createTestAccount, pageSignedInAs } from './fixtures/accounts';
import { readE2eDatabase } from './fixtures/database';
import { fillMeetingBasics } from './fixtures/meeting-form';
import { callServerAction } from './fixtures/server-actions';

/** WCAG's contrast ratio of two sRGB colours given as "rgb(r, g, b)" or "rgba(…)". */
function contrast(first: string, second: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((part) => {
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

test('keyboard focus is visible at 3:1 or more on the navy header, in the account menu and on form fields; Escape closes the account menu', async ({
  browser,
  baseURL,
}) => {
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
  const created = await callServerAction(page.request, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [
    null,
    { title, countryCode: 'BE', committedBy: 'ours', ownerId },
  ]);
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
  const created = await callServerAction(page.request, 'app/(app)/contacts/actions.ts', 'createContactAction', [
    null,
    { name, title: 'Counsellor', countryCode: 'KZ' },
  ]);
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

  // Escape in the new counterpart's fields cancels it too.
  await page.getByRole('button', { name: 'New counterpart…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'New counterpart' }).getByLabel('Full name')).toBeFocused();
  await page.keyboard.press('Escape');
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

/** The keyboard alone, counted: every key pressed, apart from the characters of what is written down. */
class KeyboardOnly {
  keystrokes = 0;
  tabs = 0;
  written = 0;
  constructor(readonly page: Page) {}
  async press(key: string, times = 1) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
    this.keystrokes += times;
    if (key === 'Tab') this.tabs += times;
  }
  /** Text and dates: what is recorded, not keystrokes spent on the form. */
  async write(text: string) {
    await this.page.keyboard.type(text);
    this.written += text.length;
  }
  /** Tabs forward until `target` has the focus, as a person would, at most `max` times. */
  async tabTo(target: Locator, max = 12) {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.press('Tab');
    }
    await expect(target, `reached within ${max} Tabs`).toBeFocused();
  }
}

test('the Luxembourg visit logged with the keyboard alone, from the home page to the saved meeting, in at most 100 keystrokes', async ({
  browser,
  baseURL,
}, testInfo) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'keys-only');
  const page = await pageSignedInAs(browser, officer, { viewport: { width: 1280, height: 900 } });
  const known = `Max Kremer ${Math.random().toString(36).slice(2, 6)}`;
  await callServerAction(page.request, 'app/(app)/contacts/actions.ts', 'createContactAction', [
    null,
    { name: known, title: 'Partner, Arendt & Medernach', countryCode: 'LU' },
  ]);
  const title = `Keyboard visit to Luxembourg ${Math.random().toString(36).slice(2, 6)}`;
  await page.goto('/');
  const keys = new KeyboardOnly(page);

  await keys.tabTo(page.getByRole('main').getByRole('link', { name: 'Log a meeting' }), 20);
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Log a meeting' })).toBeFocused();
  await keys.tabTo(page.getByLabel('Title'));
  await keys.write(title);
  await keys.press('Tab');
  await keys.press('v'); // a closed select takes the first letter of its option: Visit
  await expect(page.getByLabel('Kind')).toHaveValue('visit');
  await keys.press('Tab');
  await keys.write('06092022');
  await keys.tabTo(page.getByLabel('End date (several days)'));
  await keys.write('06102022');
  await keys.tabTo(page.getByLabel('City 1'));
  await keys.write('Luxembourg');
  await keys.press('Tab');
  await keys.write('Luxembourg');
  await expect(page.getByLabel('Country 1')).toHaveValue('LU');
  await keys.tabTo(page.getByLabel('City 2'));
  await keys.write('Cruchten');
  await expect(page.getByLabel('Country 2')).toHaveValue('LU');

  const search = page.getByLabel('Find a counterpart');
  /** Writes a name in the search and waits for the answer to the whole of it, as a person reads the results before moving on. */
  const find = async (name: string) => {
    const answered = page.waitForResponse(
      (response) => response.url().includes('/api/contacts/search') && new URL(response.url()).searchParams.get('q') === name,
    );
    await keys.write(name);
    await answered;
  };
  await keys.tabTo(search);
  await find(known.split(' ').slice(1).join(' '));
  await expect(page.getByRole('button', { name: `Add ${known}` })).toBeVisible();
  await keys.press('Enter'); // to the first result; Enter in the search never saves the meeting
  await expect(page.getByRole('button', { name: `Add ${known}` })).toBeFocused();
  await keys.press('Enter');
  await expect(search).toBeFocused();
  for (const counterpart of [
    { name: 'Yves Cruchten', title: 'Chair, Foreign and European Affairs Committee' },
    { name: 'Beatrice Kirsch', title: 'Chief of Protocol, Ministry of Foreign Affairs' },
  ]) {
    await find(counterpart.name);
    const addNew = page.getByRole('button', { name: `Add “${counterpart.name}” as a new counterpart` });
    await expect(addNew).toBeVisible();
    await keys.tabTo(addNew, 8);
    await keys.press('Enter');
    const panel = page.getByRole('group', { name: 'New counterpart' });
    await expect(panel.getByLabel('Title or position')).toBeFocused();
    await keys.write(counterpart.title);
    await keys.press('Enter'); // adds the counterpart, not the meeting
    await expect(page.getByRole('list', { name: 'Chosen counterparts' }).getByText(counterpart.name)).toBeVisible();
    await expect(search).toBeFocused();
  }

  await keys.tabTo(page.getByLabel('Summary'));
  await keys.write('Talks on a visit of members of parliament, protocol for coming events, and business missions between the two countries.');
  // The cooperation areas are one Tab stop; a letter jumps to the next area starting with it.
  await keys.tabTo(page.getByRole('button', { name: /: discussed$/ }).first());
  await keys.press('t', 3);
  await keys.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Transport and logistics: agreed' })).toBeFocused();
  await keys.press('Space');
  await keys.press('i');
  await expect(page.getByRole('button', { name: 'ICT and digital innovation: agreed' })).toBeFocused();
  await keys.press('Space');

  await keys.tabTo(page.getByLabel('What was committed (1)'));
  await keys.write('Arrange a visit of Luxembourg members of parliament');
  await keys.tabTo(page.getByLabel('What was committed (2)'));
  await keys.write('Send a business mission of Luxembourg companies');
  await keys.tabTo(page.getByLabel('Who committed (2)'), 3);
  await keys.press('t'); // The partner
  await expect(page.getByLabel('Who committed (2)')).toHaveValue('partner');
  await keys.tabTo(page.getByRole('button', { name: 'Save meeting' }), 15);
  await keys.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
  await expect(page.getByText('Luxembourg (Luxembourg) · Cruchten (Luxembourg)')).toBeVisible();
  await expect(page.getByText('9 June 2022 – 10 June 2022')).toBeVisible();
  for (const name of [known, 'Yves Cruchten', 'Beatrice Kirsch']) await expect(page.getByRole('link', { name })).toBeVisible();
  const areas = page.getByRole('region', { name: 'Cooperation areas' });
  await expect(areas).toContainText('Transport and logistics');
  await expect(areas).toContainText('ICT and digital innovation');
  await expect(page.getByRole('link', { name: 'Send a business mission of Luxembourg companies' })).toBeVisible();

  testInfo.annotations.push({
    type: 'keystrokes',
    description: `${keys.keystrokes} keystrokes (${keys.tabs} Tabs) besides ${keys.written} characters written`,
  });
  console.log(`Keyboard-only Luxembourg visit: ${keys.keystrokes} keystrokes, ${keys.tabs} of them Tabs, besides ${keys.written} characters written`);
  expect(keys.keystrokes).toBeLessThanOrEqual(100);
});
