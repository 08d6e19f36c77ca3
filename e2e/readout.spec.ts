import { expect, type Page, test } from '@playwright/test';
import { createTestAccount, pageSignedInAs } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';
import { expectUniqueIdsAndLabels } from './fixtures/page-checks';
import { readE2eDatabase } from './fixtures/database';
import { callServerAction } from './fixtures/server-actions';

/**
 * "Paste a readout, get a draft": a press release pasted on "Log a meeting" is read into proposed
 * meetings, reviewed beside the text, kept as drafts of the normal form and saved by its rules,
 * with the readout kept as the meeting's source. The mission is Kazakhstan's embassy in Belgium
 * (set up by the first-run journey). The readouts are written for this test.
 */

const ENGLISH = `Astana, 14 June 2022 – Press service of the Ministry of Foreign Affairs of Kazakhstan

Ambassador Baimukhan travels to Luxembourg to deepen parliamentary and business ties

On 9 June, the Ambassador of Kazakhstan to Belgium and Luxembourg, Margulan Baimukhan, met in Luxembourg with Fernand Hoscheit, Chairman of the Committee on Foreign Affairs of the Chamber of Deputies. The sides agreed to prepare a visit of Luxembourg members of parliament to Kazakhstan and reviewed cooperation in transport and logistics.

On 10 June, the Ambassador held talks in Luxembourg with Claude Cremer, partner of the law firm Elvinger Hoss. The interlocutors discussed investment opportunities for Luxembourg companies in Kazakhstan and the services of the Astana International Financial Centre. Mr Cremer undertook to organise a round table for Luxembourg investors by the end of September.

Follow the Ministry on social media.`;

const FRENCH = `Bruxelles, le 28 mars 2023

L'Ambassadeur du Kazakhstan en Belgique, M. Margulan Baimukhan, a tenu deux réunions de travail à Bruxelles

Le 27 mars, l'Ambassadeur a rencontré M. Pierre Dumonceau, directeur général de l'Agence wallonne à l'Exportation (AWEX), à Bruxelles. Les parties ont discuté des perspectives de coopération dans le domaine des énergies renouvelables et sont convenues d'organiser une mission économique wallonne au Kazakhstan.

Le 28 mars, le diplomate kazakh s'est entretenu à Bruxelles avec Mme Sophie Vandenberghe, rectrice de l'Université libre de Bruxelles. Les interlocuteurs ont examiné la coopération universitaire et l'échange d'étudiants. L'Université s'est engagée à transmettre un projet d'accord de coopération avant la fin du mois de mai.`;

const READ = 'Read the readout';
const textBox = (page: Page) => page.getByLabel('Readout text', { exact: true });

async function openReader(page: Page) {
  await page.goto('/meetings/new');
  await page.getByRole('link', { name: 'Paste a readout instead' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'From a readout' })).toBeVisible();
}

/** A real paste (Ctrl+V) through the system clipboard. */
async function paste(page: Page, text: string) {
  await page.evaluate((content) => navigator.clipboard.writeText(content), text);
  await textBox(page).focus();
  await page.keyboard.press('ControlOrMeta+V');
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe('bad input', () => {
  test('an empty text, an oversize paste and a text over the limit are refused beside the field, the limit stated', async ({ browser, baseURL }) => {
    const officer = await createTestAccount(baseURL!, 'officer', 'readout-limits');
    const page = await pageSignedInAs(browser, officer);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await openReader(page);
    await expectUniqueIdsAndLabels(page);
    await expectAccessible(page);
    await expect(textBox(page)).toHaveAccessibleDescription(/Up to 100,000 characters\./);

    for (const blank of ['', '  \n\t  ']) {
      await textBox(page).fill(blank);
      await page.getByRole('button', { name: READ }).click();
      await expect(textBox(page)).toHaveAttribute('aria-invalid', 'true');
      await expect(textBox(page)).toHaveAccessibleDescription(/Paste the readout's text first\./);
    }

    // A megabyte pasted is refused whole, before anything is sent.
    await textBox(page).fill('The Ambassador met the Minister.');
    await paste(page, 'x'.repeat(1_000_000));
    await expect(page.getByRole('alert').filter({ hasText: 'That paste is' })).toHaveText(
      'That paste is 1,000,000 characters; Readout text holds at most 100,000. Nothing was pasted — shorten it first.',
    );
    await expect(textBox(page)).toHaveValue('The Ambassador met the Minister.');

    // Past the text box's own limit (as a script could send it), the server refuses it with the limit.
    await textBox(page).evaluate((box) => box.removeAttribute('maxlength'));
    await textBox(page).fill('y'.repeat(100_001));
    await page.getByRole('button', { name: READ }).click();
    await expect(textBox(page)).toHaveAccessibleDescription(/A readout can be at most 100,000 characters\./);
    await expect(textBox(page)).toHaveValue('y'.repeat(100_001));
    await page.context().close();
  });

  test('binary files and control characters never end in an error page: refused with a message, or cleaned and read', async ({ browser, baseURL }) => {
    const officer = await createTestAccount(baseURL!, 'officer', 'readout-binary');
    const page = await pageSignedInAs(browser, officer);
    await openReader(page);
    const fileInput = page.getByLabel('Load a file (.txt or .eml)');

    // Not a text file at all.
    await fileInput.setInputFiles({ name: 'readout.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 binary') });
    await expect(page.getByRole('alert').filter({ hasText: 'readout.pdf' })).toHaveText(
      '“readout.pdf” is not a .txt or .eml file. Choose one of those, or paste the text.',
    );

    // Bytes that are not text, named .eml: loaded, then refused by the server with a message.
    const noise = Buffer.from(Array.from({ length: 4_000 }, (_, index) => (index * 7919 + 13) % 256));
    await fileInput.setInputFiles({ name: 'attachment.eml', mimeType: 'message/rfc822', buffer: noise });
    await expect(page.getByText('The text of “attachment.eml” is in the box below.')).toBeVisible();
    await page.getByRole('button', { name: READ }).click();
    await expect(textBox(page)).toHaveAccessibleDescription(/This does not look like text/);

    // The same straight to the server, as a script would send it: an answer, never a 5xx.
    for (const text of ['\u0000\u0001\u0002'.repeat(2_000), noise.toString('latin1'), '\u0000']) {
      const response = await callServerAction(page.request, 'app/(app)/meetings/new/readout/actions.ts', 'readReadoutAction', [null, { text }]);
      expect(response.status).toBeLessThan(500);
      expect(response.body).toContain('"ok":false');
    }

    // A readout with a few stray control characters is cleaned, read, and the cleaning said.
    await textBox(page).fill(`On 9 June\u0007 the Ambassador met\u0000 the Mayor of Luxembourg in Luxembourg.\u001b`);
    await page.getByRole('button', { name: READ }).click();
    await expect(page.getByRole('region', { name: 'Notes on this reading' })).toContainText(
      '3 control characters were removed from the text before reading it.',
    );
    await page.context().close();
  });
});

test('an English readout of the Luxembourg trip becomes a reviewed draft, saved through the normal form with its source; the known counterpart is matched, not duplicated', async ({
  browser,
  baseURL,
}) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'readout-en');
  const page = await pageSignedInAs(browser, officer);
  // Already in the contacts, spelled otherwise than in the readout (C / K).
  const created = await callServerAction(page.request, 'app/(app)/contacts/actions.ts', 'createContactAction', [
    null,
    { name: 'Claude Kremer', title: 'Partner', countryCode: 'LU' },
  ]);
  expect(created.body).toContain('"ok":true');
  const countKremers = () =>
    readE2eDatabase((db) => (db.prepare("select count(*) as n from contacts where name like 'Claude _remer'").get() as { n: number }).n);
  const contactId = readE2eDatabase((db) => (db.prepare("select id from contacts where name = 'Claude Kremer'").get() as { id: number }).id);
  expect(countKremers()).toBe(1);

  await openReader(page);
  await textBox(page).fill(ENGLISH);
  await page.getByLabel('Published on (optional)').fill('2022-06-14');
  await page.getByRole('button', { name: READ }).click();
  await expect(page.getByRole('heading', { name: /meetings? proposed: check them/ })).toBeFocused();

  // The meeting with the known counterpart: matched to the contact, the spelling difference said.
  const card = page
    .getByRole('region', { name: /^Proposed meeting \d+$/ })
    .filter({ has: page.getByRole('group', { name: 'Counterpart: Claude Cremer' }) })
    .first();
  await expect(card.getByLabel('Date', { exact: true })).toHaveValue('2022-06-10');
  const cremer = card.getByRole('group', { name: 'Counterpart: Claude Cremer' });
  await expect(cremer.getByLabel(/^In your records/)).toHaveValue(`contact:${contactId}`);
  await expect(cremer.getByLabel(/^In your records/)).toHaveAccessibleDescription(
    /Spelling differs: the readout says “Claude Cremer”, the contact is “Claude Kremer”/,
  );
  await expect(cremer).toContainText('From the text: Claude Cremer');

  // Focus on a value marks its words in the text; "Show in text" brings them into view.
  await cremer.getByLabel(/^Name/).focus();
  await expect(page.locator('mark[data-active]').first()).toHaveText(/Claude Cremer/);
  await cremer.getByRole('button', { name: 'Show in text: Counterpart: Claude Cremer' }).click();
  await expect(page.locator('mark[data-active]').first()).toBeInViewport();
  await expect(
    page
      .getByRole('region', { name: /^Readout text/ })
      .locator('mark')
      .first(),
  ).toBeVisible();

  // One value corrected; only this meeting kept.
  const title = `Round table with Elvinger Hoss ${Math.random().toString(36).slice(2, 6)}`;
  await card.getByLabel('Title', { exact: true }).fill(title);
  for (const box of await page.getByRole('checkbox', { name: 'Create this meeting' }).all()) await box.uncheck();
  await card.getByRole('checkbox', { name: 'Create this meeting' }).check();
  await expect(page.getByText('One meeting becomes a draft')).toBeVisible();
  await expectUniqueIdsAndLabels(page);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create drafts' }).click();

  // The normal form, from the draft: every rule of logging a meeting applies from here.
  await expect(page).toHaveURL(/\/meetings\/new\?draft=\d+$/);
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2022-06-10');
  await expect(page.getByRole('list', { name: 'Chosen counterparts' })).toContainText('Claude Kremer');
  await expect(page.getByText(/^Source readout \([\d,]+ characters\)$/)).toBeVisible();
  await expect(page.locator('input[name=countries][value=LU]')).toBeChecked();
  await page.getByRole('button', { name: 'Save meeting' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Claude Kremer' })).toBeVisible();
  await page.getByText('Source readout', { exact: true }).click();
  const source = page.locator('details', { hasText: 'Source readout' });
  await expect(source).toContainText('partner of the law firm Elvinger Hoss');
  // Whitespace kept: the paragraphs are as they were pasted.
  expect(await source.locator('div').innerText()).toContain('Follow the Ministry on social media.');
  await expect(source.locator('div')).toHaveCSS('white-space', 'pre-wrap');

  expect(countKremers()).toBe(1);
  const stored = readE2eDatabase((db) => db.prepare('select source_text as sourceText from meetings where title = ?').get(title) as { sourceText: string });
  expect(stored.sourceText).toBe(ENGLISH);
  // Nothing else was kept: the draft became the meeting.
  const officerId = readE2eDatabase((db) => (db.prepare('select id from users where email = ?').get(officer.email) as { id: number }).id);
  expect(readE2eDatabase((db) => (db.prepare('select count(*) as n from drafts where user_id = ?').get(officerId) as { n: number }).n)).toBe(0);
  await page.context().close();
});

test('a French readout of two meetings gives two drafts, on a phone; a draft’s source can be removed', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'readout-fr');
  const page = await pageSignedInAs(browser, officer, { viewport: { width: 390, height: 844 } });
  await openReader(page);
  await textBox(page).fill(FRENCH);
  await page.getByRole('button', { name: READ }).click();
  await expect(page.getByRole('heading', { name: '2 meetings proposed: check them' })).toBeVisible();
  const cards = page.getByRole('region', { name: /^Proposed meeting \d+$/ });
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0).getByLabel('Date', { exact: true })).toHaveValue('2023-03-27');
  await expect(cards.nth(1).getByLabel('Date', { exact: true })).toHaveValue('2023-03-28');
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
  await expectUniqueIdsAndLabels(page);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Create drafts' }).click();
  await expect(page).toHaveURL(/\/meetings\/new\?draft=\d+$/);
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2023-03-27');

  // Both wait among the officer's unfinished meetings, each with the readout as its source.
  await page.goto('/meetings/new');
  await expect(page.getByRole('complementary', { name: 'Unfinished meetings of yours' }).getByRole('link', { name: /^Resume/ })).toHaveCount(2);
  const officerId = readE2eDatabase((db) => (db.prepare('select id from users where email = ?').get(officer.email) as { id: number }).id);
  const drafts = readE2eDatabase(
    (db) => db.prepare("select payload from drafts where user_id = ? and form = 'meeting' order by id").all(officerId) as { payload: string }[],
  );
  expect(drafts.map((draft) => (JSON.parse(draft.payload) as { sourceText: string; startDate: string }).startDate)).toEqual(['2023-03-27', '2023-03-28']);
  for (const draft of drafts) expect((JSON.parse(draft.payload) as { sourceText: string }).sourceText).toBe(FRENCH);

  // A counterpart not in the contacts is offered in the form, and becomes a contact only when added.
  const countDumonceaus = () =>
    readE2eDatabase((db) => (db.prepare("select count(*) as n from contacts where name = 'Pierre Dumonceau'").get() as { n: number }).n);
  expect(countDumonceaus()).toBe(0);
  // Newest first: the first meeting's draft is the last listed.
  await page
    .getByRole('link', { name: /^Resume/ })
    .last()
    .click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2023-03-27');
  await expect(page.getByText('From the readout, not in your contacts yet:')).toBeVisible();
  await page.getByRole('button', { name: 'Add Pierre Dumonceau' }).click();
  const quickAdd = page.getByRole('group', { name: 'New counterpart' });
  await expect(quickAdd.getByLabel('Full name')).toHaveValue('Pierre Dumonceau');
  expect(countDumonceaus()).toBe(0);
  // An organisation the readout names and the list lacks is new: it needs a kind.
  const kind = quickAdd.getByLabel('Kind of organisation');
  if (await kind.isVisible()) await kind.selectOption('government');
  await quickAdd.getByRole('button', { name: 'Add counterpart' }).click();
  await expect(page.getByRole('list', { name: 'Chosen counterparts' })).toContainText('Pierre Dumonceau');
  await expect(page.getByRole('button', { name: 'Add Pierre Dumonceau' })).toHaveCount(0);
  expect(countDumonceaus()).toBe(1);

  // The source can be taken off a draft before saving.
  await page.getByText(/^Source readout \(/).click();
  await page.getByRole('button', { name: 'Remove source' }).click();
  await expect(page.getByText(/^Source readout \(/)).toHaveCount(0);
  await expect(page.locator('input[name=sourceText]')).toHaveCount(0);
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
  await page.context().close();
});
