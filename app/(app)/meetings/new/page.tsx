import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { missionToday } from '@/db/settings';
import { DraftAge } from '@/components/capture/draft-age';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { Link } from '@/components/ui/link';
import { getDraft, listDrafts } from '@/db/drafts';
import { requirePermission } from '@/server/current-user';
import { loadOr404 } from '@/server/load-or-404';
import { recordMeetingAction } from '../actions';
import { meetingFormLabels, meetingFormOptions } from '../_components/form-options';
import { MeetingForm } from '../_components/meeting-form';
import { newKey } from '../_components/rows';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meetingForm.newPage'))('title') };
}

export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<{ draft?: string }> }) {
  const viewer = await requirePermission('meeting:create');
  const { draft: rawDraftId } = await searchParams;
  // Someone else's draft, or one discarded since, is a 404 like any record one may not see.
  const draft = rawDraftId ? loadOr404(rawDraftId, (id) => getDraft({ viewer, id })) : undefined;
  const others = draft ? [] : listDrafts({ viewer, form: 'meeting' });
  const t = await getTranslations('meetingForm.newPage');
  const options = await meetingFormOptions();
  const host = options.hostCountry ?? '';
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={draft ? t('titleDraft', { label: draft.label }) : t('title')}
        actions={
          !draft && (
            <Link href="/meetings/new/readout" className={buttonClass('secondary')}>
              {t('pasteReadout')}
            </Link>
          )
        }
      />
      {others.length > 0 && (
        <aside aria-labelledby="unfinished-heading" className="mb-4 rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm">
          <h2 id="unfinished-heading" className="font-semibold">
            {t('unfinished')}
          </h2>
          <ul className="mt-1 space-y-1">
            {others.map((other) => (
              <li key={other.id}>
                <Link href={`/meetings/new?draft=${other.id}`} className="font-medium text-brand-700 underline">
                  {t('resume', { label: other.label })}
                </Link>{' '}
                <DraftAge at={other.updatedAt} />
              </li>
            ))}
          </ul>
        </aside>
      )}
      <MeetingForm
        // A resumed draft is a form of its own: moving from one draft to another starts afresh.
        key={draft?.id ?? 'new'}
        action={recordMeetingAction}
        options={options}
        labels={await meetingFormLabels(t('submit'))}
        author={{ id: viewer.id, email: viewer.email }}
        draft={draft && { id: draft.id, payload: draft.payload }}
        initial={{
          title: '',
          kind: 'business-meeting',
          startDate: missionToday(),
          endDate: '',
          places: [{ key: newKey(), city: '', countryCode: host }],
          countries: host ? [host] : [],
          attendees: [viewer.id],
          contacts: [],
          areas: {},
          summary: '',
          outcome: '',
          confidentiality: 'normal',
          followUps: [],
          sourceText: '',
          proposedContacts: [],
        }}
      />
    </div>
  );
}
