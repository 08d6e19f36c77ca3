import { expect, test } from '@playwright/test';
import { createTestAccount, signInViaApi } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';

test('before sign-in the browser’s language decides: French for a browser in French, English otherwise', async ({ browser }) => {
  for (const [locale, heading, label, lang] of [
    ['fr-BE', 'Connexion', 'Courriel', 'fr'],
    ['nl-BE', 'Sign in', 'E-mail', 'en'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByLabel(label)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectAccessible(page);
    await context.close();
  }
});

test('a user’s own language, chosen on their account page, wins over the browser’s and can be given back to it', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'francophone');
  const context = await browser.newContext({ locale: 'en-GB' });
  await signInViaApi(context.request, officer.email, officer.password);
  const page = await context.newPage();
  await page.goto('/account');
  await page.getByLabel('Language of the interface').selectOption({ label: 'Français' });
  await page.getByRole('button', { name: 'Save language' }).click();
  await expect(page.getByRole('status')).toHaveText('Langue enregistrée.');

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: `Bienvenue, ${officer.name}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Mes suivis en cours' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Principale' }).getByRole('link')).toHaveText([
    'Accueil',
    'Tableau de bord',
    'Entretiens',
    'Suivis',
    'Contacts',
    'Organismes',
    'Postes',
  ]);
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeAttached();
  await expectAccessible(page);
  // The screens translated so far, each in French and free of serious axe violations in French too.
  for (const [path, heading] of [
    ['/dashboard', 'Engagements en cours par pays partenaire'],
    ['/follow-ups', 'Suivis'],
    ['/posts', 'Postes'],
    ['/help', 'Aide'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading }), path).toBeVisible();
    await expectAccessible(page);
  }
  const missing = await page.goto('/no-such-page');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();

  // On a phone, the French words fit: nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.goto('/account');
  await page.getByLabel('Langue de l’interface').selectOption({ label: 'Celle de mon navigateur (English)' });
  await page.getByRole('button', { name: 'Enregistrer la langue' }).click();
  await expect(page.getByRole('status')).toHaveText('Language saved.');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'My open follow-ups' })).toBeVisible();
  await context.close();
});
