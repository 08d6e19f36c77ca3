import ical, { ICalCalendarMethod } from 'ical-generator';
import { getTranslations } from 'next-intl/server';
import { listCalendarFollowUps } from '@/db/follow-ups';
import { getUserByCalendarToken } from '@/db/users';
import { countryName } from '@/lib/countries';
import { defaultLocale, isLocale } from '@/lib/locale';
import { noStore } from '@/server/route';

/**
 * The user's open, dated follow-ups as an iCalendar feed, for Outlook or Google Calendar. The
 * secret in the URL stands in for the session (calendar apps have none): an unknown token, or one
 * of a deactivated account, is a 404. What the feed shows obeys the same visibility rule as the app.
 */
export const GET = noStore(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const token = (await params).token.replace(/\.ics$/, '');
  const user = getUserByCalendarToken({ token });
  if (!user) return new Response('Not found', { status: 404 });
  // In the owner's language, not the calendar app's: the request has no session to tell it.
  const locale = isLocale(user.locale) ? user.locale : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'calendarFeed' });
  const origin = new URL(request.url).origin;
  const calendar = ical({ name: t('name'), method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Readout', product: 'follow-ups' } });
  for (const followUp of listCalendarFollowUps({ viewer: user })) {
    calendar.createEvent({
      id: `follow-up-${followUp.id}@readout`,
      start: new Date(`${followUp.dueDate}T00:00:00Z`),
      allDay: true,
      summary: t('due', { title: followUp.title }),
      // getFormat() speaks the request's language; the feed speaks its owner's.
      description: [countryName(followUp.countryCode, locale), followUp.details].filter(Boolean).join('\n\n'),
      url: `${origin}/follow-ups/${followUp.id}`,
      lastModified: followUp.updatedAt,
    });
  }
  return new Response(calendar.toString(), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' },
  });
});
