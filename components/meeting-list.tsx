import { Link } from '@/components/ui/link';
import { countryName } from '@/lib/countries';
import { formatDateRange } from '@/lib/dates';
import { meetingKindLabels, type MeetingKind } from '@/lib/meetings';

/** A compact list of meetings, for contact, organisation and home pages. */
export function MeetingList({
  meetings,
  empty,
}: {
  meetings: { id: number; title: string; kind: MeetingKind; startDate: string; endDate: string | null; countries: string[] }[];
  empty: string;
}) {
  if (meetings.length === 0) return <p className="text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-2">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <Link href={`/meetings/${meeting.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {meeting.title}
          </Link>
          <span className="block text-sm text-slate-600">
            {formatDateRange(meeting.startDate, meeting.endDate)} · {meetingKindLabels[meeting.kind]} · {meeting.countries.map(countryName).join(', ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
