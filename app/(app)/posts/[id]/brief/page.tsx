import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PrintedPageMarks } from '@/components/printed-page-marks';
import { buttonClass } from '@/components/ui/button-styles';
import { Link } from '@/components/ui/link';
import { type BriefCommitmentsOfCountry, postBrief } from '@/db/post-brief';
import { getPost } from '@/db/posts';
import { getMissionSettings, missionToday } from '@/db/settings';
import { recordId } from '@/lib/schemas/common';
import { requirePermission } from '@/server/current-user';
import { type Format, getFormat } from '@/server/format';
import { loadOr404 } from '@/server/load-or-404';
import { recordTitle } from '@/server/record-title';
import { BriefSection as Section } from '@/components/brief-section';
import { PrintButton } from '@/components/print-button';

type Translate = Awaited<ReturnType<typeof getTranslations<'postBrief'>>>;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const [t, f] = await Promise.all([getTranslations('postBrief'), getFormat()]);
  return recordTitle('post:view', t('title'), (viewer) => t('titleOf', { title: f.post(getPost({ viewer, id: recordId.parse(id) }).title) }));
}

/**
 * A table that scrolls sideways on a phone rather than squeezing its columns (`wide`); on paper it
 * takes the page's width. A narrow one wraps instead: a scrolling region needs something to focus.
 */
function Table({
  caption,
  captionHidden = false,
  wide = true,
  children,
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table
        className={`w-full text-left text-sm print:min-w-0 [&_td]:py-1.5 [&_td]:pr-3 [&_td]:align-top [&_th]:py-1.5 [&_th]:pr-3 [&_th]:align-top ${wide ? 'min-w-[34rem]' : ''}`}
      >
        <caption className={captionHidden ? 'sr-only' : 'mb-1 text-left font-medium text-slate-900'}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

function RestrictedBadge({ label }: { label: string }) {
  return (
    <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 print:border print:border-black print:bg-white">
      {label}
    </span>
  );
}

/** "2 by our side, 1 by the partner, none by both sides · 1 overdue". */
function countLine({ counts }: BriefCommitmentsOfCountry, t: Translate): string {
  const count = (n: number) => n || t('commitments.none');
  const sides = (['ours', 'partner', 'joint'] as const).map((side) => t(`commitments.bySide.${side}`, { count: count(counts[side]) }));
  return `${sides.join(', ')} · ${t('commitments.overdueCount', { count: count(counts.overdue) })}`;
}

/** The data layer sorts countries by their English names: sorted again by the names the reader sees. */
function byCountryNameIn<T extends { countryCode: string }>(f: Format, rows: T[]): T[] {
  const order = new Intl.Collator(f.locale).compare;
  return [...rows].sort((a, b) => order(f.country(a.countryCode), f.country(b.countryCode)));
}

/** What a successor takes into their first week in a post: printed on A4 like the country brief, over what the viewer may see. */
export default async function PostBriefPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('post:view');
  const { id } = await params;
  const today = missionToday();
  const brief = loadOr404(id, (postId) => postBrief({ viewer, postId, today }));
  const { post, notes, contacts, meetings, includesRestricted } = brief;
  const [t, f] = await Promise.all([getTranslations('postBrief'), getFormat()]);
  const commitments = byCountryNameIn(f, brief.commitments);
  const agreedAreas = byCountryNameIn(f, brief.agreedAreas);
  const countryOrder = new Intl.Collator(f.locale).compare;
  const restricted = f.confidentiality.restricted;
  const holding = post.holder
    ? t(post.holder.interim ? 'heldByInterim' : 'heldBy', { name: post.holder.name, date: f.dateRange(post.holder.fromDate) })
    : t('vacant');
  const title = f.post(post.title);
  const covers = post.countryCodes.length ? t('covers', { countries: f.list(post.countryCodes.map((code) => f.country(code))) }) : t('coversNone');
  return (
    <article className="space-y-4 print:space-y-3 print:leading-snug">
      <PrintedPageMarks
        mission={getMissionSettings().missionName}
        document={t('document', { title, date: f.dateRange(today) })}
        marking={includesRestricted ? t('marking') : undefined}
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm text-slate-600 print:hidden">
            <Link href={`/posts/${post.id}`} className="text-brand-700 underline">
              ← {title}
            </Link>
          </p>
          <h1 className="text-2xl font-semibold">{t('titleOf', { title })}</h1>
          <p className="text-slate-700">{[post.section, holding, covers, t('briefOf', { date: f.dateRange(today) })].filter(Boolean).join(' · ')}</p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <a href={`/posts/${post.id}/brief/export`} className={buttonClass('secondary')} download>
            {t('downloadCsv')}
          </a>
          <PrintButton>{t('print')}</PrintButton>
        </div>
      </div>
      {includesRestricted && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 print:border-black print:bg-white">
          {t.rich('restrictedNote', { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}

      {notes && (
        <Section id="handover-notes" title={t('notes.title')}>
          <p className="text-sm text-slate-700">
            {notes.fromName
              ? t('notes.handingOverFrom', { from: notes.fromName, to: notes.toName, date: f.dateRange(notes.effectiveDate) })
              : t('notes.handingOver', { to: notes.toName, date: f.dateRange(notes.effectiveDate) })}
          </p>
          {notes.generalNote && <p className="mt-2 whitespace-pre-line break-words">{notes.generalNote}</p>}
          {notes.items.length > 0 && (
            <div className="mt-3">
              <Table caption={t('notes.caption')} captionHidden>
                <thead className="border-b border-slate-200 text-slate-700">
                  <tr>
                    <th scope="col">{t('notes.item')}</th>
                    <th scope="col">{t('notes.note')}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {notes.items.map((item) => (
                    <tr key={`${item.kind}-${item.recordId}`} className="break-inside-avoid">
                      <th scope="row" className="font-medium">
                        <Link
                          href={item.kind === 'contact' ? `/contacts/${item.recordId}` : `/follow-ups/${item.recordId}`}
                          className="text-brand-700 underline"
                        >
                          {item.label}
                        </Link>
                        <span className="block text-xs font-normal text-slate-600">{item.kind === 'contact' ? t('notes.contact') : t('notes.commitment')}</span>
                      </th>
                      <td className="whitespace-pre-line break-words">{item.note}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )}
        </Section>
      )}

      <Section id="open-commitments" title={t('commitments.title')}>
        {commitments.length ? (
          <div className="space-y-4 print:space-y-2">
            {commitments.map((country) => (
              <div key={country.countryCode} className="space-y-1">
                <Table
                  caption={
                    <>
                      {f.country(country.countryCode)}
                      <span className="block text-sm font-normal text-slate-700">{countLine(country, t)}</span>
                    </>
                  }
                >
                  <thead className="border-b border-slate-200 text-slate-700">
                    <tr>
                      <th scope="col">{t('commitments.commitment')}</th>
                      <th scope="col">{t('commitments.committedBy')}</th>
                      <th scope="col">{t('commitments.due')}</th>
                      <th scope="col">{t('commitments.status')}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {country.commitments.map((commitment) => (
                      <tr key={commitment.id} className="break-inside-avoid">
                        <th scope="row" className="font-medium">
                          <Link href={`/follow-ups/${commitment.id}`} className="text-brand-700 underline">
                            {commitment.title}
                          </Link>
                          {commitment.restricted && <RestrictedBadge label={restricted} />}
                        </th>
                        <td>{f.side[commitment.committedBy]}</td>
                        <td className="whitespace-nowrap">{commitment.dueDate ? f.dateRange(commitment.dueDate) : t('commitments.noDueDate')}</td>
                        <td>
                          {commitment.overdue ? (
                            <strong className="text-red-800 print:text-black">{t('commitments.overdue')}</strong>
                          ) : (
                            f.status[commitment.status]
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
                {country.longOverdue > 0 && (
                  <p className="text-sm text-slate-700">
                    {t('commitments.notListed', { count: country.longOverdue })}{' '}
                    <Link
                      href={`/follow-ups?post=${post.id}&country=${country.countryCode}&section=overdue`}
                      className="text-brand-700 underline print:no-underline"
                    >
                      {t('commitments.seeThem')}
                    </Link>
                  </p>
                )}
              </div>
            ))}
          </div>
        ) : (
          <p className="text-slate-600">{t('commitments.empty')}</p>
        )}
      </Section>

      <Section id="key-contacts" title={t('contacts.title')}>
        {contacts.length ? (
          <Table caption={t('contacts.caption')} captionHidden>
            <thead className="border-b border-slate-200 text-slate-700">
              <tr>
                <th scope="col">{t('contacts.name')}</th>
                <th scope="col">{t('contacts.organisation')}</th>
                <th scope="col">{t('contacts.lastMet')}</th>
                <th scope="col">{t('contacts.handoverNote')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {contacts.map((contact) => (
                <tr key={contact.id} className="break-inside-avoid">
                  <th scope="row" className="font-medium">
                    <Link href={`/contacts/${contact.id}`} className="text-brand-700 underline">
                      {contact.name}
                    </Link>
                    {contact.title && <span className="block text-xs font-normal text-slate-600">{contact.title}</span>}
                  </th>
                  <td>{contact.organisation ?? '—'}</td>
                  <td>
                    {contact.lastMet ? (
                      <>
                        {f.dateRange(contact.lastMet)} <span className="text-slate-600">({f.ago(contact.lastMet, today)})</span>
                        {contact.restricted && <RestrictedBadge label={restricted} />}
                      </>
                    ) : (
                      t('contacts.notMet')
                    )}
                  </td>
                  <td className="whitespace-pre-line break-words">{contact.handoverNote ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-slate-600">{t('contacts.empty')}</p>
        )}
      </Section>

      <Section id="agreed-areas" title={t('areas.title')}>
        {agreedAreas.length ? (
          <Table caption={t('areas.caption')} captionHidden wide={false}>
            <thead className="border-b border-slate-200 text-slate-700">
              <tr>
                <th scope="col">{t('areas.country')}</th>
                <th scope="col">{t('areas.areasAgreed')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {agreedAreas.map((country) => (
                <tr key={country.countryCode} className="break-inside-avoid">
                  <th scope="row" className="font-medium whitespace-nowrap">
                    {f.country(country.countryCode)}
                  </th>
                  <td>
                    {country.areas.length ? (
                      <ul className="space-y-0.5">
                        {country.areas.map((area) => (
                          <li key={area.name}>
                            <span className="font-medium">{f.area(area.name)}</span> —{' '}
                            {area.times === 1
                              ? t('areas.agreedOnce', { date: f.dateRange(area.lastAgreed) })
                              : t('areas.agreedTimes', { times: area.times, date: f.dateRange(area.lastAgreed) })}
                            {area.restricted && <RestrictedBadge label={restricted} />}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="text-slate-600">{t('areas.noArea')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-slate-600">{t('areas.empty')}</p>
        )}
      </Section>

      <Section id="recent-meetings" title={t('meetings.title')}>
        {meetings.length ? (
          <Table caption={t('meetings.caption')} captionHidden>
            <thead className="border-b border-slate-200 text-slate-700">
              <tr>
                <th scope="col">{t('meetings.date')}</th>
                <th scope="col">{t('meetings.meeting')}</th>
                <th scope="col">{t('meetings.countries')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {meetings.map((meeting) => (
                <tr key={meeting.id} className="break-inside-avoid">
                  <td className="whitespace-nowrap">{f.dateRange(meeting.startDate, meeting.endDate)}</td>
                  <th scope="row" className="font-medium">
                    <Link href={`/meetings/${meeting.id}`} className="text-brand-700 underline">
                      {meeting.title}
                    </Link>
                    {meeting.restricted && <RestrictedBadge label={restricted} />}
                  </th>
                  <td>
                    {meeting.countryCodes
                      .map((code) => f.country(code))
                      .sort(countryOrder)
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-slate-600">{t('meetings.empty')}</p>
        )}
      </Section>
    </article>
  );
}
