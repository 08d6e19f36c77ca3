import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { extractText } from 'unpdf';
import { createTestAccount, firstAdminSession, pageSignedInAs } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';
import { readE2eDatabase } from './fixtures/database';
import { callServerAction } from './fixtures/server-actions';

/**
 * The main journeys in French, as a francophone colleague meets them: a browser in French, no choice
 * made yet. Words, refusals, dates, numbers, country names, area names and post titles are French;
 * nothing scrolls sideways on a phone; axe finds nothing serious.
 */

const FRENCH_BROWSER = 'fr-BE';
const PHONE = { width: 390, height: 844 };
const unique = () => Math.random().toString(36).slice(2, 7);
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const idOf = (table: string, column: string, value: string) =>
  readE2eDatabase((db) => (db.prepare(`select id from ${table} where ${column} = ? order by id desc`).get(value) as { id: number }).id);

test('on a phone in French: sign in, a meeting refused then logged, shown with French dates, countries and areas', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'agent');
  const context = await browser.newContext({ locale: FRENCH_BROWSER, viewport: PHONE });
  const page = await context.newPage();

  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  await page.getByLabel('Courriel').fill(officer.email);
  await page.getByLabel('Mot de passe').fill('not the password at all');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Courriel ou mot de passe incorrect.');
  await page.getByLabel('Mot de passe').fill(officer.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('navigation', { name: 'Principale' })).toBeVisible();

  await page.goto('/meetings/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Consigner un entretien' })).toBeVisible();
  await expectAccessible(page);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  const title = `Entretien avec l’AWEX ${unique()}`;
  await page.getByLabel('Intitulé').fill(title);
  await page.getByLabel('Date', { exact: true }).fill('2026-11-24');
  await page.getByLabel('Date de fin (sur plusieurs jours)').fill('2026-11-20');
  await page.getByLabel('Ville 1').fill('Namur');
  await page.getByLabel('Pays 1').selectOption('BE');
  await expect(page.locator('input[name=countries][value=BE]')).toBeChecked();
  await page.getByRole('button', { name: 'Énergies renouvelables et vertes : convenu' }).click();

  // A rule only the server knows refuses the form in French, beside the field, and keeps what was typed.
  await page.getByRole('button', { name: 'Enregistrer l’entretien' }).click();
  await expect(page.getByText('Veuillez corriger les champs signalés ci-dessous.')).toBeVisible();
  await expect(page.getByText('La date de fin ne peut précéder la date de début.')).toBeVisible();
  await expect(page.getByLabel('Intitulé')).toHaveValue(title);

  await page.getByLabel('Date de fin (sur plusieurs jours)').fill('2026-11-25');
  await page.getByRole('button', { name: 'Enregistrer l’entretien' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('24 novembre 2026 – 25 novembre 2026');
  await expect(main).toContainText('Belgique');
  await expect(main).toContainText('Énergies renouvelables et vertes');
  await expectAccessible(page);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await context.close();
});

/** Written for this test: a French press release of one meeting, with its date at the top. */
const READOUT = `Bruxelles, le 12 mai 2025

L'Ambassadeur s'est entretenu avec la direction de l'Agence wallonne à l'Exportation

Le 12 mai, l'Ambassadeur du Kazakhstan en Belgique a rencontré à Bruxelles M. Luc Verhaegen, directeur de l'Agence wallonne à l'Exportation. Les parties ont examiné la coopération dans le domaine des énergies renouvelables et sont convenues de préparer une mission économique au Kazakhstan.`;

test('a readout pasted in French: read, its notices in French, kept as a draft of the French form', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'lecteur');
  const page = await pageSignedInAs(browser, officer, { locale: FRENCH_BROWSER, viewport: PHONE });
  await page.goto('/meetings/new');
  await page.getByRole('link', { name: 'Coller plutôt un compte rendu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'À partir d’un compte rendu' })).toBeVisible();
  await page.getByLabel('Texte du compte rendu', { exact: true }).fill(READOUT);
  await page.getByRole('button', { name: 'Lire le compte rendu' }).click();
  await expect(page.getByRole('heading', { name: '1 entretien proposé : à vérifier' })).toBeVisible();
  // The reader's own notices, written in English on the server, reach the reader in French.
  await expect(page.getByText('Date de publication reprise de la date en tête du texte : 2025-05-12.')).toBeVisible();
  const card = page.getByRole('region', { name: 'Entretien proposé 1' });
  await expect(card.getByLabel('Date', { exact: true })).toHaveValue('2025-05-12');
  await expectAccessible(page);
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  await page.getByRole('button', { name: 'Créer les brouillons' }).click();
  await expect(page).toHaveURL(/\/meetings\/new\?draft=\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Consigner un entretien/ })).toBeVisible();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2025-05-12');
  await expect(page.getByText('Cités dans le compte rendu, absents de vos contacts :')).toBeVisible();
  await expectAccessible(page);
  await page.context().close();
});

test('the dashboard and the review queue in French: country names, dates and counts as a French reader writes them', async ({ browser, baseURL }) => {
  const [officer, manager] = await Promise.all([createTestAccount(baseURL!, 'officer', 'redacteur'), createTestAccount(baseURL!, 'manager', 'responsable')]);
  const officerId = idOf('users', 'email', officer.email);
  const officerPage = await pageSignedInAs(browser, officer);
  const overdue = `Transmettre le projet d’accord ${unique()}`;
  const created = await callServerAction(officerPage.context().request, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [
    null,
    { title: overdue, countryCode: 'LU', committedBy: 'ours', ownerId: officerId, dueDate: '2025-01-15' },
  ]);
  expect(created.body).toContain('"ok":true');

  const page = await pageSignedInAs(browser, manager, { locale: FRENCH_BROWSER, viewport: PHONE });
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Engagements en cours par pays partenaire' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Luxembourg');
  await expect(page.getByRole('main')).toContainText(/Au \d{1,2} \p{L}+ \d{4}/u);
  await expectAccessible(page);
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  await page.goto('/follow-ups/review');
  await expect(page.getByRole('heading', { level: 1, name: 'Revue des suivis' })).toBeVisible();
  const late = page.getByRole('region', { name: 'En retard' });
  await expect(late).toContainText(overdue);
  await expect(late).toContainText('15 janvier 2025');
  await expectAccessible(page);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await officerPage.context().close();
  await page.context().close();
});

test('a handover in French, and its brief printed in French: the post’s French title, French marks on every page, a French CSV', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const [leaving, successor, manager] = await Promise.all([
    createTestAccount(baseURL!, 'officer', 'sortant'),
    createTestAccount(baseURL!, 'officer', 'successeur'),
    createTestAccount(baseURL!, 'manager', 'chef-chancellerie'),
  ]);
  const [leavingId, successorId] = [idOf('users', 'email', leaving.email), idOf('users', 'email', successor.email)];
  const admin = await firstAdminSession(baseURL!);
  const suffix = unique();
  const saved = await callServerAction(admin, 'app/(app)/posts/actions.ts', 'savePostAction', [
    null,
    { title: `Economic counsellor ${suffix}`, titleFr: `Conseiller économique ${suffix}`, section: 'Economic section', countryCodes: ['BE', 'LU'] },
  ]);
  expect(saved.status).toBeLessThan(400);
  const postId = idOf('posts', 'title', `Economic counsellor ${suffix}`);
  const frenchTitle = `Conseiller économique ${suffix}`;

  const managerPage = await pageSignedInAs(browser, manager, { locale: FRENCH_BROWSER });
  const asManager = managerPage.context().request;
  await callServerAction(asManager, 'app/(app)/posts/actions.ts', 'handOverPostAction', [null, { postId, toUserId: leavingId, effectiveDate: '2024-01-01' }]);
  const leavingPage = await pageSignedInAs(browser, leaving);
  const restricted = `Consultations restreintes ${unique()}`;
  await callServerAction(leavingPage.context().request, 'app/(app)/meetings/actions.ts', 'recordMeetingAction', [
    null,
    {
      title: restricted,
      kind: 'political-consultation',
      startDate: '2024-06-24',
      placeCity: 'Bruxelles',
      placeCountry: 'BE',
      countries: 'BE',
      attendees: [String(leavingId), String(successorId)],
      confidentiality: 'restricted',
    },
  ]);
  const commitment = `Organiser la table ronde des investisseurs ${unique()}`;
  const created = await callServerAction(leavingPage.context().request, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [
    null,
    {
      title: commitment,
      countryCode: 'BE',
      committedBy: 'joint',
      ownerPostId: postId,
      dueDate: '2031-03-15',
      meetingId: idOf('meetings', 'title', restricted),
    },
  ]);
  expect(created.body).toContain('"ok":true');

  await managerPage.goto(`/posts/${postId}`);
  await expect(managerPage.getByRole('heading', { level: 1, name: frenchTitle })).toBeVisible();
  await managerPage.getByRole('link', { name: 'Effectuer la passation' }).click();
  await expect(managerPage.getByRole('region', { name: 'Suit le poste' })).toContainText(commitment);
  await expectAccessible(managerPage);
  await managerPage.getByLabel('Successeur').selectOption({ label: successor.name });
  await managerPage.getByRole('button', { name: 'Effectuer la passation' }).click();
  // The handover done, its page: what the leaving holder will annotate and the successor acknowledge, in French.
  await expect(managerPage).toHaveURL(/\/handovers\/\d+$/);
  await expect(managerPage.getByRole('main')).toContainText(commitment);
  await expect(managerPage.getByRole('main')).toContainText('Belgique');
  await expectAccessible(managerPage);

  const successorPage = await pageSignedInAs(browser, successor, { locale: FRENCH_BROWSER });
  await successorPage.goto(`/posts/${postId}/brief`);
  await expect(successorPage.getByRole('heading', { level: 1, name: `Dossier de passation — ${frenchTitle}` })).toBeVisible();
  await expectAccessible(successorPage);
  const mission = readE2eDatabase((db) => (db.prepare('select mission_name from mission_settings').get() as { mission_name: string }).mission_name);
  const pdf = await successorPage.pdf({ format: 'A4', preferCSSPageSize: true });
  await fs.promises.writeFile(test.info().outputPath('dossier-de-passation.pdf'), pdf);
  const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  for (const [index, pageText] of text.entries()) {
    const flat = pageText.replace(/\s+/g, ' ');
    expect(flat, `page ${index + 1}`).toContain(`${mission} · Dossier de passation — ${frenchTitle}`);
    expect(flat, `page ${index + 1}`).toContain(`Page ${index + 1} sur ${totalPages}`);
    expect(flat, `page ${index + 1}`).toContain('DIFFUSION RESTREINTE');
  }
  const whole = text.join(' ').replace(/\s+/g, ' ');
  expect(whole).toContain(commitment);
  expect(whole).toContain('15 mars 2031');
  expect(whole).toContain('Belgique');

  const csv = await successorPage.context().request.get(`/posts/${postId}/brief/export`, { headers: { 'accept-language': FRENCH_BROWSER } });
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-disposition']).toContain('dossier-de-passation-');
  const [header] = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/);
  expect(header).toContain('Rubrique');
  expect(await csv.text()).toContain(commitment);
  for (const opened of [managerPage, leavingPage, successorPage]) await opened.context().close();
});

test('a calendar feed speaks its owner’s language, whatever the calendar app asking for it', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'agenda');
  const page = await pageSignedInAs(browser, officer);
  // The officer's own choice, made once: French, though the browser is English.
  expect((await callServerAction(page.request, 'app/(app)/account/actions.ts', 'setLanguageAction', [null, { locale: 'fr' }])).body).toContain('"ok":true');
  const title = `Envoyer la note verbale ${unique()}`;
  await callServerAction(page.request, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [
    null,
    { title, countryCode: 'BE', committedBy: 'ours', ownerId: idOf('users', 'email', officer.email), dueDate: '2031-01-10' },
  ]);
  await page.goto('/follow-ups');
  await page.getByRole('button', { name: 'Créer un nouveau lien d’agenda' }).click();
  const url = (await page.getByTestId('calendar-url').textContent())!.trim();

  const calendarApp = await browser.newContext({ locale: 'en-US' });
  const feed = new ICAL.Component(ICAL.parse(await (await calendarApp.request.get(url)).text()));
  expect(feed.getFirstPropertyValue('x-wr-calname')).toBe('Suivis Readout');
  const [event] = feed.getAllSubcomponents('vevent').map((entry) => new ICAL.Event(entry));
  expect(event!.summary).toBe(`Échéance : ${title}`);
  expect(event!.description).toContain('Belgique');
  await calendarApp.close();
  await page.context().close();
});
