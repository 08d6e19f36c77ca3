import { countryName } from '@/lib/countries';
import { formatDateRange } from '@/lib/dates';
import { type Confidentiality, meetingKindLabels, type MeetingKind } from '@/lib/meetings';
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

/** "24 June 2024 · Official visit · Rome · Italy, Holy See" */
export function meetingLine(meeting: Meeting): MeetingLine {
  const details = [
    formatDateRange(meeting.startDate, meeting.endDate),
    meetingKindLabels[meeting.kind],
    meeting.places,
    meeting.countries.map((code) => countryName(code)).join(', '),
  ];
  return { id: meeting.id, title: meeting.title, restricted: meeting.confidentiality === 'restricted', details: details.filter(Boolean).join(' · ') };
}

/** A list of meetings: compact on contact, organisation, country and home pages, framed as the meetings page's results. */
export function MeetingList({ meetings, empty, framed = false }: { meetings: Meeting[]; empty: string; framed?: boolean }) {
  if (meetings.length === 0)
    return <p className={framed ? 'rounded-xl border border-dashed border-slate-300 p-8 text-center text-slate-600' : 'text-slate-600'}>{empty}</p>;
  return <MeetingLines lines={meetings.map(meetingLine)} framed={framed} />;
}
