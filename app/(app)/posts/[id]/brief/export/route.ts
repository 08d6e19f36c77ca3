import { getTranslations } from 'next-intl/server';
import { type PostBrief, postBrief } from '@/db/post-brief';
import { missionToday } from '@/db/settings';
import { type CsvColumn, toCsv } from '@/lib/csv';
import { NotFound } from '@/lib/errors';
import { foldAccents } from '@/lib/names';
import { recordId } from '@/lib/schemas/common';
import { type Format, getFormat } from '@/server/format';
import { defineRoute } from '@/server/route';

type Translate = Awaited<ReturnType<typeof getTranslations<'csv.brief'>>>;

type BriefRow = {
  section: 'note' | 'commitment' | 'contact' | 'agreedArea' | 'meeting';
  country: string | null;
  name: string;
  detail: string | null;
  date: string | null;
  status: string | null;
  /** Comes from a restricted meeting: said in the status, since a CSV has no page marks. */
  restricted?: boolean;
};

const columnsIn = (t: Translate, f: Format): CsvColumn<BriefRow>[] => [
  { header: t('section'), value: (row) => t(`sections.${row.section}`) },
  { header: t('country'), value: (row) => row.country },
  { header: t('name'), value: (row) => row.name },
  { header: t('detail'), value: (row) => row.detail },
  { header: t('date'), value: (row) => row.date },
  { header: t('status'), value: (row) => (row.restricted ? [row.status, f.confidentiality.restricted].filter(Boolean).join(' · ') : row.status) },
];

/** The brief as the page shows it, one row per item, in the page's order. */
function briefRows(brief: PostBrief, t: Translate, f: Format): BriefRow[] {
  const { notes } = brief;
  // The data layer sorts countries by their English names: sorted again by the names the reader sees.
  const order = new Intl.Collator(f.locale).compare;
  const byCountryName = <T extends { countryCode: string }>(rows: T[]) => [...rows].sort((a, b) => order(f.country(a.countryCode), f.country(b.countryCode)));
  return [
    ...(notes?.generalNote
      ? [{ section: 'note' as const, country: null, name: t('generalNote'), detail: notes.generalNote, date: notes.effectiveDate, status: null }]
      : []),
    ...(notes?.items ?? []).map((item) => ({
      section: 'note' as const,
      country: null,
      name: item.kind === 'contact' ? t('noteOnContact', { label: item.label }) : t('noteOnCommitment', { label: item.label }),
      detail: item.note,
      date: notes!.effectiveDate,
      status: null,
      restricted: item.restricted,
    })),
    ...byCountryName(brief.commitments).flatMap((country) =>
      country.commitments.map((commitment) => ({
        section: 'commitment' as const,
        country: f.country(country.countryCode),
        name: commitment.title,
        detail: t(`committedBy.${commitment.committedBy}`),
        date: commitment.dueDate,
        status: commitment.overdue ? t('statusOverdue', { status: f.status[commitment.status] }) : f.status[commitment.status],
        restricted: commitment.restricted,
      })),
    ),
    ...brief.contacts.map((contact) => ({
      section: 'contact' as const,
      country: contact.countryCode ? f.country(contact.countryCode) : null,
      name: contact.name,
      detail:
        [contact.title, contact.organisation, contact.handoverNote && t('handoverNote', { note: contact.handoverNote })].filter(Boolean).join('; ') || null,
      date: contact.lastMet,
      status: contact.lastMet ? t('lastMet', { ago: f.ago(contact.lastMet, brief.today) }) : t('notMet'),
      restricted: contact.restricted,
    })),
    ...byCountryName(brief.agreedAreas).flatMap((country) =>
      country.areas.map((area) => ({
        section: 'agreedArea' as const,
        country: f.country(country.countryCode),
        name: f.area(area.name),
        detail: area.times === 1 ? t('agreedOnce') : t('agreedTimes', { times: area.times }),
        date: area.lastAgreed,
        status: null,
        restricted: area.restricted,
      })),
    ),
    ...brief.meetings.map((meeting) => ({
      section: 'meeting' as const,
      country: meeting.countryCodes
        .map((code) => f.country(code))
        .sort(order)
        .join(', '),
      name: meeting.title,
      detail: meeting.endDate && meeting.endDate !== meeting.startDate ? t('until', { date: meeting.endDate }) : null,
      date: meeting.startDate,
      status: null,
      restricted: meeting.restricted,
    })),
  ];
}

/** "Economic counsellor (Trade & Energy)" → "economic-counsellor-trade-energy": a file name any system accepts. */
const slug = (title: string, untitled: string) =>
  foldAccents(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || untitled;

/** The handover brief of a post as CSV: the page's reads, over what the viewer may see. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // defineRoute hands its handler no route parameters: the post's id is read here and closed over.
  return defineRoute('post:view', async (_request, { viewer }) => {
    const postId = recordId.safeParse(id);
    if (!postId.success) throw new NotFound('This post does not exist.');
    const today = missionToday();
    const brief = postBrief({ viewer, postId: postId.data, today });
    const [t, f] = await Promise.all([getTranslations('csv.brief'), getFormat()]);
    return new Response(toCsv(columnsIn(t, f), briefRows(brief, t, f)), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${t('filename', { slug: slug(f.post(brief.post.title), t('untitledPost')), date: today })}"`,
      },
    });
  })(request);
}
