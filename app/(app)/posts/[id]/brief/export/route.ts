import { type PostBrief, postBrief } from '@/db/post-brief';
import { missionToday } from '@/db/settings';
import { countryName } from '@/lib/countries';
import { type CsvColumn, toCsv } from '@/lib/csv';
import { NotFound } from '@/lib/errors';
import { commitmentSideLabels, followUpStatusLabels } from '@/lib/follow-ups';
import { foldAccents } from '@/lib/names';
import { recordId } from '@/lib/schemas/common';
import { defineRoute } from '@/server/route';

type BriefRow = {
  section: 'note' | 'commitment' | 'contact' | 'agreed area' | 'meeting';
  country: string | null;
  name: string;
  detail: string | null;
  date: string | null;
  status: string | null;
  /** Comes from a restricted meeting: said in the status, since a CSV has no page marks. */
  restricted?: boolean;
};

const columns: CsvColumn<BriefRow>[] = [
  { header: 'Section', value: (row) => row.section },
  { header: 'Country', value: (row) => row.country },
  { header: 'Title or name', value: (row) => row.name },
  { header: 'Detail', value: (row) => row.detail },
  { header: 'Date', value: (row) => row.date },
  { header: 'Status', value: (row) => (row.restricted ? [row.status, 'Restricted'].filter(Boolean).join(' · ') : row.status) },
];

/** The brief as the page shows it, one row per item, in the page's order. */
function briefRows(brief: PostBrief): BriefRow[] {
  const { notes } = brief;
  return [
    ...(notes?.generalNote
      ? [{ section: 'note' as const, country: null, name: 'General note', detail: notes.generalNote, date: notes.effectiveDate, status: null }]
      : []),
    ...(notes?.items ?? []).map((item) => ({
      section: 'note' as const,
      country: null,
      name: `${item.kind === 'contact' ? 'Contact' : 'Commitment'}: ${item.label}`,
      detail: item.note,
      date: notes!.effectiveDate,
      status: null,
      restricted: item.restricted,
    })),
    ...brief.commitments.flatMap((country) =>
      country.commitments.map((commitment) => ({
        section: 'commitment' as const,
        country: country.countryName,
        name: commitment.title,
        detail: `Committed by ${commitmentSideLabels[commitment.committedBy].toLowerCase()}`,
        date: commitment.dueDate,
        status: `${followUpStatusLabels[commitment.status]}${commitment.overdue ? ', overdue' : ''}`,
        restricted: commitment.restricted,
      })),
    ),
    ...brief.contacts.map((contact) => ({
      section: 'contact' as const,
      country: contact.countryCode ? countryName(contact.countryCode) : null,
      name: contact.name,
      detail: [contact.title, contact.organisation, contact.handoverNote && `Handover note: ${contact.handoverNote}`].filter(Boolean).join('; ') || null,
      date: contact.lastMet,
      status: contact.lastMetAgo ? `Last met ${contact.lastMetAgo}` : 'Not met yet',
      restricted: contact.restricted,
    })),
    ...brief.agreedAreas.flatMap((country) =>
      country.areas.map((area) => ({
        section: 'agreed area' as const,
        country: country.countryName,
        name: area.name,
        detail: area.times === 1 ? 'Agreed once' : `Agreed ${area.times} times`,
        date: area.lastAgreed,
        status: null,
        restricted: area.restricted,
      })),
    ),
    ...brief.meetings.map((meeting) => ({
      section: 'meeting' as const,
      country: meeting.countryCodes.map((code) => countryName(code)).join(', '),
      name: meeting.title,
      detail: meeting.endDate && meeting.endDate !== meeting.startDate ? `Until ${meeting.endDate}` : null,
      date: meeting.startDate,
      status: null,
      restricted: meeting.restricted,
    })),
  ];
}

/** "Economic counsellor (Trade & Energy)" → "economic-counsellor-trade-energy": a file name any system accepts. */
const slug = (title: string) =>
  foldAccents(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'post';

/** The handover brief of a post as CSV: the page's reads, over what the viewer may see. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // defineRoute hands its handler no route parameters: the post's id is read here and closed over.
  return defineRoute('post:view', (_request, { viewer }) => {
    const postId = recordId.safeParse(id);
    if (!postId.success) throw new NotFound('This post does not exist.');
    const today = missionToday();
    const brief = postBrief({ viewer, postId: postId.data, today });
    return new Response(toCsv(columns, briefRows(brief)), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="handover-brief-${slug(brief.post.title)}-${today}.csv"`,
      },
    });
  })(request);
}
