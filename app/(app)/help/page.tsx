import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { commitmentSideLabels, commitmentSides, followUpStatusLabels, followUpStatuses } from '@/lib/follow-ups';
import { can, type Permission, permissions } from '@/lib/policy';
import { roleLabels } from '@/lib/roles';
import { requireViewer } from '@/server/current-user';

export const metadata: Metadata = { title: 'Help' };

const statusMeaning: Record<(typeof followUpStatuses)[number], string> = {
  open: 'Agreed but not started.',
  'in-progress': 'Someone is working on it.',
  done: 'Delivered. It leaves the open commitments of its country.',
  cancelled: 'Will not happen; the reason is kept on the follow-up.',
};

/**
 * What the signed-in user's role allows, read from the policy table itself, and the vocabulary of
 * follow-ups. It reads no records, which also makes it the bench's framework floor.
 */
export default async function HelpPage() {
  const viewer = await requireViewer();
  const allowed = (Object.keys(permissions) as Permission[]).filter((permission) => can(viewer, permission));
  return (
    <div className="space-y-8">
      <PageHeader title="Help" description={`How Readout works, and what you can do as ${roleLabels[viewer.role].toLowerCase()}.`} />
      <section aria-labelledby="your-role" className="space-y-2">
        <h2 id="your-role" className="text-lg font-semibold">
          What your role allows
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {allowed.map((permission) => (
            <li key={permission}>{permissions[permission].description}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="follow-up-words" className="space-y-2">
        <h2 id="follow-up-words" className="text-lg font-semibold">
          Follow-ups
        </h2>
        <p>
          A follow-up is one concrete action agreed in a meeting, with an owner and usually a due date. It counts as an open commitment of its partner country
          until it is done or cancelled.
        </p>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {followUpStatuses.map((status) => (
            <div key={status} className="contents">
              <dt className="font-medium">{followUpStatusLabels[status]}</dt>
              <dd className="text-slate-700">{statusMeaning[status]}</dd>
            </div>
          ))}
        </dl>
        <p>
          Who committed: {commitmentSides.map((side) => commitmentSideLabels[side].toLowerCase()).join(', ')}. The dashboard counts each side separately, so a
          country’s page shows what we owe and what we are owed.
        </p>
      </section>
      <section aria-labelledby="confidentiality" className="space-y-2">
        <h2 id="confidentiality" className="text-lg font-semibold">
          Restricted meetings
        </h2>
        <p>
          A restricted meeting, and every follow-up from it, is seen only by its author, its attendees and managers. Everywhere else, in lists, searches,
          counts, exports and the dashboard, it is as if it did not exist.
        </p>
      </section>
    </div>
  );
}
