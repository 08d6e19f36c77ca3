/** The vocabularies of follow-ups, with their labels, and what makes one active. */

export const commitmentSides = ['ours', 'partner', 'joint'] as const;
export type CommitmentSide = (typeof commitmentSides)[number];
export const commitmentSideLabels: Record<CommitmentSide, string> = { ours: 'Our side', partner: 'The partner', joint: 'Both sides' };

/** Ours or joint: someone of ours answers for it, by default the person writing. The partner's: nobody of ours unless chosen. */
export const defaultOwner = (side: CommitmentSide, me: number) => (side === 'partner' ? '' : String(me));

export const followUpStatuses = ['open', 'in-progress', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];
export const followUpStatusLabels: Record<FollowUpStatus, string> = { open: 'Open', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' };
/** Why an active follow-up needs a manager's eye: the review queue's sections, also a filter of the follow-ups list. */
export const reviewSections = ['overdue', 'dueSoon', 'unassigned', 'stale'] as const;
export type ReviewSection = (typeof reviewSections)[number];
export const reviewSectionLabels: Record<ReviewSection, string> = {
  overdue: 'Overdue',
  dueSoon: 'Due in the next 14 days',
  unassigned: 'Without an owner',
  stale: 'No update for 30 days',
};
/** Statuses that still need someone to act: an active follow-up. The others are closed. */
export const activeFollowUpStatuses = ['open', 'in-progress'] as const satisfies readonly FollowUpStatus[];
export const closedFollowUpStatuses = followUpStatuses.filter((status) => !isActiveStatus(status));
export function isActiveStatus(status: FollowUpStatus): status is (typeof activeFollowUpStatuses)[number] {
  return (activeFollowUpStatuses as readonly FollowUpStatus[]).includes(status);
}

/**
 * How a follow-up names the meeting it came from: its title, or for a deleted meeting only that it
 * was deleted (its title went with it), or nothing when it came from no meeting.
 */
export function meetingOfFollowUp(followUp: { meetingId: number | null; meetingTitle: string | null }): string | null {
  if (followUp.meetingId === null) return null;
  return followUp.meetingTitle ?? 'a deleted meeting';
}
