import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/components/ui/link';
import { getMissionSettings, missionToday } from '@/db/settings';
import { requirePermission } from '@/server/current-user';
import { saveDraftAction } from '../../../drafts/actions';
import { meetingFormOptions } from '../../_components/form-options';
import { readReadoutAction } from './actions';
import { ReadoutWorkspace } from './_components/readout-workspace';

export const metadata: Metadata = { title: 'From a readout' };

/** "Paste a readout, get a draft": the text is read into proposed meetings, reviewed, then kept as drafts of the normal form. */
export default async function MeetingFromReadoutPage() {
  // The drafts it ends in are kept through the drafts' own action, which asks for draft:keep itself.
  const viewer = await requirePermission('meeting:create');
  const { countries, colleagues, areas } = meetingFormOptions();
  return (
    <div className="max-w-6xl">
      <Link href="/meetings/new" className="text-sm text-brand-700 underline">
        ← Log a meeting by hand
      </Link>
      <PageHeader
        title="From a readout"
        description="Paste a press release or an e-mail about a meeting. Each meeting it describes becomes a draft for you to check; nothing is saved until you save the meeting."
      />
      <ReadoutWorkspace
        readReadout={readReadoutAction}
        saveDraft={saveDraftAction}
        options={{ countries, colleagues, areas }}
        me={viewer.id}
        ourCountry={getMissionSettings().ourCountryCode}
        today={missionToday()}
      />
    </div>
  );
}
