/** The vocabularies of follow-ups (their words: the catalogues' `vocabulary`), and what makes one active. */

export const commitmentSides = ['ours', 'partner', 'joint'] as const;
export type CommitmentSide = (typeof commitmentSides)[number];

/** Ours or joint: someone of ours answers for it, by default the person writing. The partner's: nobody of ours unless chosen. */
export const defaultOwner = (side: CommitmentSide, me: number) => (side === 'partner' ? '' : String(me));

export const followUpStatuses = ['open', 'in-progress', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];
/** Why an active follow-up needs a manager's eye: the review queue's sections, also a filter of the follow-ups list. */
export const reviewSections = ['overdue', 'dueSoon', 'unassigned', 'stale'] as const;
export type ReviewSection = (typeof reviewSections)[number];
/** Statuses that still need someone to act: an active follow-up. The others are closed. */
export const activeFollowUpStatuses = ['open', 'in-progress'] as const satisfies readonly FollowUpStatus[];
export const closedFollowUpStatuses = followUpStatuses.filter((status) => !isActiveStatus(status));
export function isActiveStatus(status: FollowUpStatus): status is (typeof activeFollowUpStatuses)[number] {
  return (activeFollowUpStatuses as readonly FollowUpStatus[]).includes(status);
}
