import { getRequestConfig } from 'next-intl/server';
import { getMissionSettings } from '@/db/settings';
import { isLocale } from '@/lib/locale';
import { requestLocale } from '@/server/locale';

/**
 * next-intl's configuration for each request (server components, actions and routes): the language
 * and its messages. A language asked for explicitly (`getTranslations({ locale })`) wins: the calendar
 * feed has no session and speaks its owner's.
 */
export default getRequestConfig(async ({ locale: asked }) => {
  const locale = isLocale(asked) ? asked : await requestLocale();
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    // Times are the mission's, whoever reads them and wherever they are.
    timeZone: getMissionSettings().timeZone,
  };
});
