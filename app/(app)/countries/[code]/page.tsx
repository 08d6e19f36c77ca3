import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { FollowUpList } from '@/components/follow-up-list';
import { MeetingList } from '@/components/meeting-list';
import { agreedAreasForCountry, keyContactsForCountry } from '@/db/countries';
import { openCommitmentsByCountry } from '@/db/dashboard';
import { listOpenFollowUpsForCountry } from '@/db/follow-ups';
import { listMeetings } from '@/db/meetings';
import { countryName, isCountryCode } from '@/lib/countries';
import { formatDateRange } from '@/lib/dates';
import { requirePermission } from '@/server/current-user';
import { changeStatusAction } from '../../follow-ups/actions';
import { toRows } from '../../_components/follow-up-rows';
import { missionToday } from '@/db/settings';
import { PrintButton } from './_components/print-button';

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const code = (await params).code.toUpperCase();
  return { title: isCountryCode(code) ? `${countryName(code)} brief` : 'Country' };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="break-inside-avoid rounded-xl border border-slate-200 bg-white p-4 print:border-0 print:p-0">
      <h2 id={id} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The most urgent open follow-ups a brief lists: what fits its printed page; the link after them opens all of them. */
const BRIEF_FOLLOW_UPS = 20;

/** What the head of mission prints before meeting a country's delegation: one page per country. */
export default async function CountryPage({ params }: { params: Promise<{ code: string }> }) {
  const viewer = await requirePermission('dashboard:view');
  const code = (await params).code.toUpperCase();
  if (!isCountryCode(code)) notFound();
  const now = missionToday();
  const figures = openCommitmentsByCountry({ viewer, today: now }).find((row) => row.countryCode === code);
  const { meetings, next } = listMeetings({ viewer, filters: { country: code }, limit: 15 });
  const open = listOpenFollowUpsForCountry({ viewer, countryCode: code, limit: BRIEF_FOLLOW_UPS });
  const agreements = agreedAreasForCountry({ viewer, countryCode: code });
  const contacts = keyContactsForCountry({ viewer, countryCode: code });
  return (
    <article className="space-y-4 print:space-y-3">
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
            {figures?.lastMeeting ? formatDateRange(figures.lastMeeting) : 'none recorded'} · brief of {formatDateRange(now)}
          </p>
        </div>
        <PrintButton />
      </div>

      <Section id="open-follow-ups" title="Open follow-ups">
        <FollowUpList rows={toRows(viewer, open.rows)} changeStatus={changeStatusAction} today={now} empty="No open follow-up." />
        {open.total > open.rows.length && (
          <p className="mt-2 text-sm text-slate-600">
            The {open.rows.length} most urgent of {open.total.toLocaleString('en')}.{' '}
            <Link href={`/follow-ups?country=${code}`} className="text-brand-700 underline print:hidden">
              All follow-ups with {countryName(code)}
            </Link>
          </p>
        )}
      </Section>

      <Section id="agreed-areas" title="Agreed cooperation areas">
        {agreements.length ? (
          <ul className="space-y-1">
            {agreements.map((agreement) => (
              <li key={agreement.areaName}>
                <span className="font-medium">{agreement.areaName}</span> — agreed {agreement.times === 1 ? 'once' : `${agreement.times} times`}, most recently
                on {formatDateRange(agreement.startDate)} at{' '}
                <Link href={`/meetings/${agreement.meetingId}`} className="text-brand-700 underline">
                  {agreement.meetingTitle}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">No area agreed yet.</p>
        )}
      </Section>

      <Section id="key-contacts" title="Key contacts and organisations">
        {contacts.length ? (
          <ul className="grid gap-1 sm:grid-cols-2">
            {contacts.map((contact) => (
              <li key={contact.id}>
                <Link href={`/contacts/${contact.id}`} className="font-medium text-brand-700 underline">
                  {contact.name}
                </Link>
                <span className="text-slate-700">
                  {[contact.title, contact.organisationName].filter(Boolean).map((part) => `, ${part}`)} — {contact.meetings} meeting
                  {contact.meetings === 1 ? '' : 's'}, last {contact.lastMet}
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
