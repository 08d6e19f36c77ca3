import { getRequestConfig } from 'next-intl/server';
import { getMissionSettings } from '@/db/settings';
import { requestLocale } from '@/server/locale';

/** next-intl's configuration for each request (server components and actions): the language and its messages. */
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    // Times are the mission's, whoever reads them and wherever they are.
    timeZone: getMissionSettings().timeZone,
  };
});
