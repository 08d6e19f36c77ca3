/** The vocabularies of meetings, contacts and organisations, with their labels. */

export const meetingKinds = ['political-consultation', 'courtesy-call', 'business-meeting', 'signing', 'event', 'visit', 'call', 'other'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingKindLabels: Record<MeetingKind, string> = {
  'political-consultation': 'Political consultation',
  'courtesy-call': 'Courtesy call',
  'business-meeting': 'Business meeting',
  signing: 'Signing ceremony',
  event: 'Event (cultural, diaspora…)',
  visit: 'Visit',
  call: 'Call or video call',
  other: 'Other',
};

export const confidentialityLevels = ['normal', 'restricted'] as const;
export type Confidentiality = (typeof confidentialityLevels)[number];

export const areaOutcomes = ['discussed', 'agreed'] as const;
export type AreaOutcome = (typeof areaOutcomes)[number];

export const organisationKinds = [
  'government',
  'parliament',
  'business-association',
  'company',
  'university',
  'international-organisation',
  'ngo',
  'diaspora',
  'media',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
export const organisationKindLabels: Record<OrganisationKind, string> = {
  government: 'Government / ministry',
  parliament: 'Parliament',
  'business-association': 'Business association / chamber',
  company: 'Company',
  university: 'University / research',
  'international-organisation': 'International organisation',
  ngo: 'NGO / foundation',
  diaspora: 'Diaspora association',
  media: 'Media',
  other: 'Other',
};

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
