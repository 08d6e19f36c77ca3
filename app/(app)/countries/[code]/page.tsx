import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { FollowUpList } from '@/components/follow-up-list';
import { MeetingList } from '@/components/meeting-list';
import { agreedAreasForCountry, briefIncludesRestricted, keyContactsForCountry } from '@/db/countries';
import { openCommitmentsByCountry } from '@/db/dashboard';
import { briefFollowUps } from '@/db/follow-ups';
import { listMeetings } from '@/db/meetings';
import { isCountryCode } from '@/lib/countries';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { changeStatusAction } from '../../follow-ups/actions';
import { toRows } from '../../_components/follow-up-rows';
import { getMissionSettings, missionToday } from '@/db/settings';
import { PrintedPageMarks } from '@/components/printed-page-marks';
import { BriefSection as Section } from '@/components/brief-section';
import { PrintButton } from '@/components/print-button';

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const code = (await params).code.toUpperCase();
  const t = await getTranslations('country');
  return { title: isCountryCode(code) ? t('metaTitle', { country: (await getFormat()).country(code) }) : t('fallbackTitle') };
}

/** What the head of mission prints before meeting a country's delegation: at most two A4 pages, urgent things first. */
export default async function CountryPage({ params }: { params: Promise<{ code: string }> }) {
  const viewer = await requirePermission('dashboard:view');
  const code = (await params).code.toUpperCase();
  if (!isCountryCode(code)) notFound();
  const t = await getTranslations('country');
  const f = await getFormat();
  const country = f.country(code);
  const now = missionToday();
  const figures = openCommitmentsByCountry({ viewer, today: now }).find((row) => row.countryCode === code);
  const { meetings, next } = listMeetings({ viewer, filters: { country: code }, limit: 8 });
  const open = briefFollowUps({ viewer, countryCode: code, today: now });
  const agreements = agreedAreasForCountry({ viewer, countryCode: code });
  const contacts = keyContactsForCountry({ viewer, countryCode: code });
  const restricted = briefIncludesRestricted({ viewer, countryCode: code });
  // "3 more due later, 41 overdue for over 90 days": what a brief counts rather than lists.
  const rest = (
    [
      ['notListed.moreDueSoon', open.dueSoon.total - open.dueSoon.rows.length],
      ['notListed.moreRecentlyOverdue', open.recentlyOverdue.total - open.recentlyOverdue.rows.length],
      ['notListed.dueLater', open.dueLater],
      ['notListed.longOverdue', open.longOverdue],
      ['notListed.undated', open.undated],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([key, count]) => t(key, { count }))
    .join(', ');
  return (
    <article className="space-y-4 print:space-y-3 print:leading-snug">
      <PrintedPageMarks
        mission={getMissionSettings().missionName}
        document={t('document', { country, date: f.dateRange(now) })}
        marking={restricted ? t('marking') : undefined}
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600 print:hidden">
            <Link href="/dashboard" className="text-brand-700 underline">
              ← {t('dashboard')}
            </Link>
          </p>
          <h1 className="text-2xl font-semibold">{country}</h1>
          <p className="text-slate-700">
            {t('summary', {
              open: figures?.open ?? 0,
              overdue: figures?.overdue ?? 0,
              dueSoon: figures?.dueSoon ?? 0,
              lastMeeting: figures?.lastMeeting
                ? t('lastMeetingOn', { date: f.dateRange(figures.lastMeeting), ago: f.ago(figures.lastMeeting, now) })
                : t('noMeeting'),
              date: f.dateRange(now),
            })}
          </p>
        </div>
        <PrintButton>{t('print')}</PrintButton>
      </div>
      {restricted && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 print:border-black print:bg-white">
          <strong>{t('restricted')}</strong> {t('restrictedNote')}
        </p>
      )}

      <Section id="open-follow-ups" title={t('openFollowUps')}>
        <h3 className="mt-1 font-medium break-after-avoid">{t('dueSoon')}</h3>
        <FollowUpList rows={toRows(viewer, open.dueSoon.rows)} changeStatus={changeStatusAction} today={now} empty={t('none')} />
        <h3 className="mt-3 font-medium break-after-avoid print:mt-2">{t('recentlyOverdue')}</h3>
        <FollowUpList rows={toRows(viewer, open.recentlyOverdue.rows)} changeStatus={changeStatusAction} today={now} empty={t('none')} />
        {rest && (
          <p className="mt-3 text-sm text-slate-700">
            {t('notListed.sentence', { rest })}{' '}
            <Link href={`/follow-ups?country=${code}`} className="text-brand-700 underline print:hidden">
              {t('allFollowUps', { country })}
            </Link>
          </p>
        )}
      </Section>

      <Section id="agreed-areas" title={t('agreedAreas')}>
        {agreements.length ? (
          <ul className="space-y-1 print:columns-2 print:gap-6">
            {agreements.map((agreement) => (
              <li key={agreement.areaName} className="break-inside-avoid">
                <span className="font-medium">{f.area(agreement.areaName)}</span> —{' '}
                {agreement.times === 1
                  ? t('agreedOnce', { date: f.dateRange(agreement.startDate) })
                  : t('agreedTimes', { times: agreement.times, date: f.dateRange(agreement.startDate) })}
                {/* On paper the date says enough, and a brief must fit on two pages. */}
                <span className="print:hidden">
                  {' '}
                  {t('agreedAt')}{' '}
                  <Link href={`/meetings/${agreement.meetingId}`} className="text-brand-700 underline">
                    {agreement.meetingTitle}
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">{t('noAgreedArea')}</p>
        )}
      </Section>

      <Section id="key-contacts" title={t('keyContacts')}>
        {contacts.length ? (
          <ul className="grid gap-1 sm:grid-cols-2 print:grid-cols-2">
            {contacts.map((contact) => (
              <li key={contact.id}>
                <Link href={`/contacts/${contact.id}`} className="font-medium text-brand-700 underline">
                  {contact.name}
                </Link>
                <span className="text-slate-700">
                  {[contact.title, contact.organisationName].filter(Boolean).map((part) => `, ${part}`)} —{' '}
                  {contact.lastMet
                    ? t('contactMeetings', { count: contact.meetings, date: f.dateRange(contact.lastMet) })
                    : t('contactNeverMet', { count: contact.meetings })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">{t('noCounterpart')}</p>
        )}
      </Section>

      <Section id="timeline" title={t('timeline')}>
        <MeetingList meetings={meetings} empty={t('noMeetingRecorded')} />
        {next && (
          <Link href={`/meetings?country=${code}`} className="mt-2 inline-block text-sm text-brand-700 underline print:hidden">
            {t('allMeetings', { country })}
          </Link>
        )}
      </Section>
    </article>
  );
}
