import { getTranslations } from 'next-intl/server';
import { DraftAge } from '@/components/capture/draft-age';
import { Link } from '@/components/ui/link';
import type { DraftSummary } from '@/db/drafts';
import { DiscardDraftButton } from './discard-draft-button';

/** Where a draft is taken up again: the form it was typed in, with its text back. */
export function resumeHref(draft: Pick<DraftSummary, 'id' | 'form' | 'targetId'>): string {
  if (draft.form === 'meeting') return draft.targetId ? `/meetings/${draft.targetId}/edit` : `/meetings/new?draft=${draft.id}`;
  if (draft.form === 'follow-up') return `/follow-ups/new?draft=${draft.id}`;
  return `/follow-ups/${draft.targetId}#note`;
}

/** The user's own unfinished text, oldest kept too: nothing leaves this list but by saving or discarding it. */
export async function DraftsList({ drafts }: { drafts: DraftSummary[] }) {
  if (drafts.length === 0) return null;
  const t = await getTranslations('common.draftsList');
  return (
    <section aria-labelledby="my-drafts" className="space-y-2 rounded-xl border border-amber-200 bg-amber-50 p-4">
      <h2 id="my-drafts" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <ul className="divide-y divide-amber-200">
        {drafts.map((draft) => {
          const label = draft.label || t('untitled');
          return (
            <li key={draft.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
              <span className="min-w-0 text-sm">
                <span className="text-slate-600">{t(`kinds.${draft.form}.${draft.targetId ? 'edit' : 'new'}`)} </span>
                <Link href={resumeHref(draft)} className="font-medium text-brand-700 underline">
                  {label}
                </Link>{' '}
                <DraftAge at={draft.updatedAt} />
              </span>
              <DiscardDraftButton draftId={draft.id} label={t('discard', { label })} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
