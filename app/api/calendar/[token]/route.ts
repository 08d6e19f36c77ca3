import ical, { ICalCalendarMethod } from 'ical-generator';
import { listCalendarFollowUps } from '@/db/follow-ups';
import { getUserByCalendarToken } from '@/db/users';
import { countryName } from '@/lib/countries';
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
  const origin = new URL(request.url).origin;
  const calendar = ical({ name: 'Readout follow-ups', method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Readout', product: 'follow-ups' } });
  for (const followUp of listCalendarFollowUps({ viewer: user })) {
    calendar.createEvent({
      id: `follow-up-${followUp.id}@readout`,
      start: new Date(`${followUp.dueDate}T00:00:00Z`),
      allDay: true,
      summary: `Due: ${followUp.title}`,
      description: [countryName(followUp.countryCode), followUp.details].filter(Boolean).join('\n\n'),
      url: `${origin}/follow-ups/${followUp.id}`,
      lastModified: followUp.updatedAt,
    });
  }
  return new Response(calendar.toString(), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' },
  });
});
