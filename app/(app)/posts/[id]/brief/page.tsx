import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PrintedPageMarks } from '@/components/printed-page-marks';
import { buttonClass } from '@/components/ui/button-styles';
import { Link } from '@/components/ui/link';
import { type BriefCommitmentsOfCountry, postBrief } from '@/db/post-brief';
import { getPost } from '@/db/posts';
import { getMissionSettings, missionToday } from '@/db/settings';
import { countryName } from '@/lib/countries';
import { formatDateRange } from '@/lib/dates';
import { commitmentSideLabels, followUpStatusLabels } from '@/lib/follow-ups';
import { recordId } from '@/lib/schemas/common';
import { requirePermission } from '@/server/current-user';
import { loadOr404 } from '@/server/load-or-404';
import { recordTitle } from '@/server/record-title';
import { BriefSection as Section } from '@/components/brief-section';
import { PrintButton } from '@/components/print-button';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordTitle('post:view', 'Handover brief', (viewer) => `Handover brief — ${getPost({ viewer, id: recordId.parse(id) }).title}`);
}

/** "Belgium, France and Luxembourg". */
const readableList = (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);

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

function RestrictedBadge() {
  return (
    <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 print:border print:border-black print:bg-white">
      Restricted
    </span>
  );
}

/** "2 by our side, 1 by the partner, none by both sides · 1 overdue". */
function countLine({ counts }: BriefCommitmentsOfCountry): string {
  const sides = (['ours', 'partner', 'joint'] as const).map((side) => `${counts[side] || 'none'} by ${commitmentSideLabels[side].toLowerCase()}`);
  return `${sides.join(', ')} · ${counts.overdue || 'none'} overdue`;
}

const agreedTimes = (times: number) => (times === 1 ? 'agreed once' : `agreed ${times} times`);

/** What a successor takes into their first week in a post: printed on A4 like the country brief, over what the viewer may see. */
export default async function PostBriefPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('post:view');
  const { id } = await params;
  const today = missionToday();
  const brief = loadOr404(id, (postId) => postBrief({ viewer, postId, today }));
  const { post, notes, commitments, contacts, agreedAreas, meetings, includesRestricted } = brief;
  const holding = post.holder
    ? `held by ${post.holder.name}${post.holder.interim ? ' ad interim' : ''} since ${formatDateRange(post.holder.fromDate)}`
    : 'vacant';
  const covers = post.countryCodes.length ? `covers ${readableList(post.countryCodes.map((code) => countryName(code)))}` : 'covers no partner country';
  return (
    <article className="space-y-4 print:space-y-3 print:leading-snug">
      <PrintedPageMarks
        mission={getMissionSettings().missionName}
        document={`Handover brief — ${post.title}, ${formatDateRange(today)}`}
        marking={includesRestricted ? 'RESTRICTED' : undefined}
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm text-slate-600 print:hidden">
            <Link href={`/posts/${post.id}`} className="text-brand-700 underline">
              ← {post.title}
            </Link>
          </p>
          <h1 className="text-2xl font-semibold">Handover brief — {post.title}</h1>
          <p className="text-slate-700">{[post.section, holding, covers, `brief of ${formatDateRange(today)}`].filter(Boolean).join(' · ')}</p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <a href={`/posts/${post.id}/brief/export`} className={buttonClass('secondary')} download>
            Download as CSV
          </a>
          <PrintButton>Print the handover brief</PrintButton>
        </div>
      </div>
      {includesRestricted && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 print:border-black print:bg-white">
          <strong>Restricted.</strong> This brief draws on restricted meetings or follow-ups: share it only with those who may see them.
        </p>
      )}

      {notes && (
        <Section id="handover-notes" title="Notes from the leaving holder">
          <p className="text-sm text-slate-700">
            {notes.fromName ? `${notes.fromName}, handing over` : 'Handing over'} to {notes.toName} on {formatDateRange(notes.effectiveDate)}.
          </p>
          {notes.generalNote && <p className="mt-2 whitespace-pre-line break-words">{notes.generalNote}</p>}
          {notes.items.length > 0 && (
            <div className="mt-3">
              <Table caption="Notes on the items handed over" captionHidden>
                <thead className="border-b border-slate-200 text-slate-700">
                  <tr>
                    <th scope="col">Item</th>
                    <th scope="col">Note</th>
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
                        <span className="block text-xs font-normal text-slate-600">{item.kind === 'contact' ? 'Contact' : 'Commitment'}</span>
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

      <Section id="open-commitments" title="Open commitments">
        {commitments.length ? (
          <div className="space-y-4 print:space-y-2">
            {commitments.map((country) => (
              <div key={country.countryCode} className="space-y-1">
                <Table
                  caption={
                    <>
                      {country.countryName}
                      <span className="block text-sm font-normal text-slate-700">{countLine(country)}</span>
                    </>
                  }
                >
                  <thead className="border-b border-slate-200 text-slate-700">
                    <tr>
                      <th scope="col">Commitment</th>
                      <th scope="col">Committed by</th>
                      <th scope="col">Due</th>
                      <th scope="col">Status</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {country.commitments.map((commitment) => (
                      <tr key={commitment.id} className="break-inside-avoid">
                        <th scope="row" className="font-medium">
                          <Link href={`/follow-ups/${commitment.id}`} className="text-brand-700 underline">
                            {commitment.title}
                          </Link>
                          {commitment.restricted && <RestrictedBadge />}
                        </th>
                        <td>{commitmentSideLabels[commitment.committedBy]}</td>
                        <td className="whitespace-nowrap">{commitment.dueDate ? formatDateRange(commitment.dueDate) : 'No due date'}</td>
                        <td>
                          {commitment.overdue ? <strong className="text-red-800 print:text-black">Overdue</strong> : followUpStatusLabels[commitment.status]}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
                {country.longOverdue > 0 && (
                  <p className="text-sm text-slate-700">
                    Not listed: {country.longOverdue.toLocaleString('en')} overdue for over 90 days.{' '}
                    <Link
                      href={`/follow-ups?post=${post.id}&country=${country.countryCode}&section=overdue`}
                      className="text-brand-700 underline print:no-underline"
                    >
                      See them in the follow-ups list
                    </Link>
                  </p>
                )}
              </div>
            ))}
          </div>
        ) : (
          <p className="text-slate-600">The post has no open commitment.</p>
        )}
      </Section>

      <Section id="key-contacts" title="Key contacts">
        {contacts.length ? (
          <Table caption="Contacts kept by the post, the most recently met first" captionHidden>
            <thead className="border-b border-slate-200 text-slate-700">
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Organisation</th>
                <th scope="col">Last met</th>
                <th scope="col">Handover note</th>
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
                        {formatDateRange(contact.lastMet)} <span className="text-slate-600">({contact.lastMetAgo})</span>
                        {contact.restricted && <RestrictedBadge />}
                      </>
                    ) : (
                      'Not met yet'
                    )}
                  </td>
                  <td className="whitespace-pre-line break-words">{contact.handoverNote ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-slate-600">The post keeps no contact.</p>
        )}
      </Section>

      <Section id="agreed-areas" title="Agreed cooperation areas">
        {agreedAreas.length ? (
          <Table caption="Cooperation areas agreed with each partner country of the post" captionHidden wide={false}>
            <thead className="border-b border-slate-200 text-slate-700">
              <tr>
                <th scope="col">Country</th>
                <th scope="col">Areas agreed</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {agreedAreas.map((country) => (
                <tr key={country.countryCode} className="break-inside-avoid">
                  <th scope="row" className="font-medium whitespace-nowrap">
                    {country.countryName}
                  </th>
                  <td>
                    {country.areas.length ? (
                      <ul className="space-y-0.5">
                        {country.areas.map((area) => (
                          <li key={area.name}>
                            <span className="font-medium">{area.name}</span> — {agreedTimes(area.times)}, most recently on {formatDateRange(area.lastAgreed)}
                            {area.restricted && <RestrictedBadge />}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="text-slate-600">No area agreed yet.</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-slate-600">The post covers no partner country.</p>
        )}
      </Section>

      <Section id="recent-meetings" title="Meetings in the last twelve months">
        {meetings.length ? (
          <Table caption="Meetings attended in the post’s capacity, newest first" captionHidden>
            <thead className="border-b border-slate-200 text-slate-700">
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Meeting</th>
                <th scope="col">Countries</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {meetings.map((meeting) => (
                <tr key={meeting.id} className="break-inside-avoid">
                  <td className="whitespace-nowrap">{formatDateRange(meeting.startDate, meeting.endDate)}</td>
                  <th scope="row" className="font-medium">
                    <Link href={`/meetings/${meeting.id}`} className="text-brand-700 underline">
                      {meeting.title}
                    </Link>
                    {meeting.restricted && <RestrictedBadge />}
                  </th>
                  <td>{meeting.countryCodes.map((code) => countryName(code)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-slate-600">No meeting attended in the post’s capacity in the last twelve months.</p>
        )}
      </Section>
    </article>
  );
}
