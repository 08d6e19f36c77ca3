import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { isLocale, type Locale, preferredLocale } from '../lib/locale';
import { getViewer } from './current-user';

/** The request's language: the signed-in user's choice, else their browser's, else English. */
export const requestLocale = cache(async (): Promise<Locale> => {
  const viewer = await getViewer();
  if (viewer && isLocale(viewer.locale)) return viewer.locale;
  return preferredLocale((await headers()).get('accept-language'));
});

/** The browser's own language, whatever the user chose: what "as my browser" means on the account page. */
export async function browserLocale(): Promise<Locale> {
  return preferredLocale((await headers()).get('accept-language'));
}
