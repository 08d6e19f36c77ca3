import { getTranslations } from 'next-intl/server';
import type { Confidentiality, MeetingKind } from '@/lib/meetings';
import { type Format, getFormat } from '@/server/format';
import { type MeetingLine, MeetingLines } from './meeting-lines';

type Meeting = {
  id: number;
  title: string;
  kind: MeetingKind;
  startDate: string;
  endDate: string | null;
  confidentiality: Confidentiality;
  countries: string[];
  places: string | null;
};

/** "24 June 2024 · Official visit · Rome · Italy, Holy See", in the reader's language (`f`, server/format.ts). */
export function meetingLine(meeting: Meeting, f: Pick<Format, 'dateRange' | 'meetingKind' | 'country'>): MeetingLine {
  const details = [
    f.dateRange(meeting.startDate, meeting.endDate),
    f.meetingKind[meeting.kind],
    meeting.places,
    meeting.countries.map((code) => f.country(code)).join(', '),
  ];
  return { id: meeting.id, title: meeting.title, restricted: meeting.confidentiality === 'restricted', details: details.filter(Boolean).join(' · ') };
}

/** A list of meetings: compact on contact, organisation, country and home pages, framed as the meetings page's results. */
export async function MeetingList({ meetings, empty, framed = false }: { meetings: Meeting[]; empty: string; framed?: boolean }) {
  if (meetings.length === 0)
    return <p className={framed ? 'rounded-xl border border-dashed border-slate-300 p-8 text-center text-slate-600' : 'text-slate-600'}>{empty}</p>;
  const f = await getFormat();
  const t = await getTranslations('common.meetingList');
  return (
    <MeetingLines
      lines={meetings.map((meeting) => meetingLine(meeting, f))}
      framed={framed}
      labels={{ list: t('label'), restricted: f.confidentiality.restricted }}
    />
  );
}
