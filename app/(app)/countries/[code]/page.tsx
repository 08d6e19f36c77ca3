import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { FollowUpList } from '@/components/follow-up-list';
import { MeetingList } from '@/components/meeting-list';
import { agreedAreasForCountry, briefIncludesRestricted, keyContactsForCountry } from '@/db/countries';
import { openCommitmentsByCountry } from '@/db/dashboard';
import { briefFollowUps } from '@/db/follow-ups';
import { listMeetings } from '@/db/meetings';
import { countryName, isCountryCode } from '@/lib/countries';
import { formatDateRange, howLongAgo } from '@/lib/dates';
import { requirePermission } from '@/server/current-user';
import { changeStatusAction } from '../../follow-ups/actions';
import { toRows } from '../../_components/follow-up-rows';
import { getMissionSettings, missionToday } from '@/db/settings';
import { PrintedPageMarks } from '@/components/printed-page-marks';
import { BriefSection as Section } from '@/components/brief-section';
import { PrintButton } from '@/components/print-button';

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const code = (await params).code.toUpperCase();
  return { title: isCountryCode(code) ? `${countryName(code)} brief` : 'Country' };
}

/** "3 more due later, 41 overdue for over 90 days": what a brief counts rather than lists. */
function notListed(parts: [number, string][]): string {
  return parts
    .filter(([count]) => count > 0)
    .map(([count, what]) => `${count.toLocaleString('en')} ${what}`)
    .join(', ');
}

/** What the head of mission prints before meeting a country's delegation: at most two A4 pages, urgent things first. */
export default async function CountryPage({ params }: { params: Promise<{ code: string }> }) {
  const viewer = await requirePermission('dashboard:view');
  const code = (await params).code.toUpperCase();
  if (!isCountryCode(code)) notFound();
  const now = missionToday();
  const figures = openCommitmentsByCountry({ viewer, today: now }).find((row) => row.countryCode === code);
  const { meetings, next } = listMeetings({ viewer, filters: { country: code }, limit: 8 });
  const open = briefFollowUps({ viewer, countryCode: code, today: now });
  const agreements = agreedAreasForCountry({ viewer, countryCode: code });
  const contacts = keyContactsForCountry({ viewer, countryCode: code });
  const restricted = briefIncludesRestricted({ viewer, countryCode: code });
  const rest = notListed([
    [open.dueSoon.total - open.dueSoon.rows.length, 'more due within 14 days'],
    [open.recentlyOverdue.total - open.recentlyOverdue.rows.length, 'more overdue in the last 90 days'],
    [open.dueLater, 'due later'],
    [open.longOverdue, 'overdue for over 90 days'],
    [open.undated, 'without a due date'],
  ]);
  return (
    <article className="space-y-4 print:space-y-3 print:leading-snug">
      <PrintedPageMarks
        mission={getMissionSettings().missionName}
        document={`${countryName(code)} brief of ${formatDateRange(now)}`}
        marking={restricted ? 'RESTRICTED' : undefined}
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600 print:hidden">
            <Link href="/dashboard" className="text-brand-700 underline">
              ← Dashboard
            </Link>
          </p>
          <h1 className="text-2xl font-semibold">{countryName(code)}</h1>
          <p className="text-slate-700">
            {figures?.open ?? 0} open follow-ups, {figures?.overdue ?? 0} overdue, {figures?.dueSoon ?? 0} due within 14 days · last meeting{' '}
            {figures?.lastMeeting ? `${formatDateRange(figures.lastMeeting)} (${howLongAgo(figures.lastMeeting, now)})` : 'none recorded'} · brief of{' '}
            {formatDateRange(now)}
          </p>
        </div>
        <PrintButton>Print the country brief</PrintButton>
      </div>
      {restricted && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 print:border-black print:bg-white">
          <strong>Restricted.</strong> This brief draws on restricted meetings or follow-ups: share it only with those who may see them.
        </p>
      )}

      <Section id="open-follow-ups" title="Open follow-ups">
        <h3 className="mt-1 font-medium break-after-avoid">Due in the next 14 days</h3>
        <FollowUpList rows={toRows(viewer, open.dueSoon.rows)} changeStatus={changeStatusAction} today={now} empty="None." />
        <h3 className="mt-3 font-medium break-after-avoid print:mt-2">Overdue in the last 90 days</h3>
        <FollowUpList rows={toRows(viewer, open.recentlyOverdue.rows)} changeStatus={changeStatusAction} today={now} empty="None." />
        {rest && (
          <p className="mt-3 text-sm text-slate-700">
            Not listed here: {rest}.{' '}
            <Link href={`/follow-ups?country=${code}`} className="text-brand-700 underline print:hidden">
              All follow-ups with {countryName(code)}
            </Link>
          </p>
        )}
      </Section>

      <Section id="agreed-areas" title="Agreed cooperation areas">
        {agreements.length ? (
          <ul className="space-y-1 print:columns-2 print:gap-6">
            {agreements.map((agreement) => (
              <li key={agreement.areaName} className="break-inside-avoid">
                <span className="font-medium">{agreement.areaName}</span> — agreed {agreement.times === 1 ? 'once' : `${agreement.times} times`}, most recently
                on {formatDateRange(agreement.startDate)}
                {/* On paper the date says enough, and a brief must fit on two pages. */}
                <span className="print:hidden">
                  {' '}
                  at{' '}
                  <Link href={`/meetings/${agreement.meetingId}`} className="text-brand-700 underline">
                    {agreement.meetingTitle}
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">No area agreed yet.</p>
        )}
      </Section>

      <Section id="key-contacts" title="Key contacts and organisations">
        {contacts.length ? (
          <ul className="grid gap-1 sm:grid-cols-2 print:grid-cols-2">
            {contacts.map((contact) => (
              <li key={contact.id}>
                <Link href={`/contacts/${contact.id}`} className="font-medium text-brand-700 underline">
                  {contact.name}
                </Link>
                <span className="text-slate-700">
                  {[contact.title, contact.organisationName].filter(Boolean).map((part) => `, ${part}`)} — {contact.meetings} meeting
                  {contact.meetings === 1 ? '' : 's'}, last {contact.lastMet ? formatDateRange(contact.lastMet) : 'never'}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">No counterpart recorded.</p>
        )}
      </Section>

      <Section id="timeline" title="Timeline of meetings">
        <MeetingList meetings={meetings} empty="No meeting recorded." />
        {next && (
          <Link href={`/meetings?country=${code}`} className="mt-2 inline-block text-sm text-brand-700 underline print:hidden">
            All meetings with {countryName(code)}
          </Link>
        )}
      </Section>
    </article>
  );
}
