import { getTranslations } from 'next-intl/server';
import { DiscardDraftConfirm } from './discard-draft-confirm';

/** A draft's discard button (DiscardDraftConfirm: two presses), worded here on the server. */
export async function DiscardDraftButton({ draftId, label }: { draftId: number; label?: string }) {
  const t = await getTranslations('common.discardDraft');
  const labels = { gone: t('gone'), discarding: t('discarding'), forGood: t('forGood'), keep: t('keep'), unreachable: t('unreachable') };
  return <DiscardDraftConfirm draftId={draftId} label={label ?? t('discard')} labels={labels} />;
}
