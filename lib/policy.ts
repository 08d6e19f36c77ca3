import { Forbidden } from './errors';
import { type Role, roleRank } from './roles';

/**
 * The one table of who may do what. Every server action, route handler and data query asks this
 * module; the navigation and the admin page read it too. A permission missing a row is a type error.
 */
export const permissions = {
  'account:list': { minRole: 'admin', description: 'See every account, its role and status' },
  'account:create': { minRole: 'admin', description: 'Create an account' },
  'account:change-role': { minRole: 'admin', description: "Change an account's role" },
  'account:deactivate': { minRole: 'admin', description: 'Deactivate or reactivate an account' },
  'account:reset-password': { minRole: 'admin', description: "Reset another account's password (its owner chooses a new one at the next sign-in)" },
  'account:end-sessions': { minRole: 'admin', description: 'End every open session of another account' },
  'account:reset-second-factor': { minRole: 'admin', description: "Reset another account's two-step verification (its sessions end)" },
  'account:clear-sign-in-locks': { minRole: 'admin', description: 'See and lift the sign-in locks that failed attempts put on an account' },
  'settings:edit': { minRole: 'admin', description: 'Edit the mission settings (name, countries, time zone, session limits, two-step verification)' },
  'reference:edit': { minRole: 'admin', description: 'Maintain cooperation areas and focus countries' },
  'audit:read': { minRole: 'admin', description: 'Read the audit log of every change' },
  'meeting:view': { minRole: 'officer', description: 'See meetings (restricted ones only if created or attended)' },
  'meeting:view-restricted:any': { minRole: 'manager', description: 'See every restricted meeting' },
  'meeting:create': { minRole: 'officer', description: 'Log a meeting, by hand or from a pasted readout' },
  'meeting:edit:own': { minRole: 'officer', description: 'Edit meetings one created or attended' },
  'meeting:edit:any': { minRole: 'manager', description: 'Edit any meeting' },
  'meeting:change-audience:own': {
    minRole: 'officer',
    description: 'Make a restricted meeting one wrote visible to everyone, or change its attendees (its author, not its attendees)',
  },
  'meeting:change-audience:any': { minRole: 'manager', description: 'Make any restricted meeting visible to everyone, or change its attendees' },
  'meeting:delete': { minRole: 'manager', description: 'Delete a meeting (kept for the audit trail)' },
  'meeting:export': { minRole: 'officer', description: 'Export the meetings one can see as CSV' },
  'contact:view': { minRole: 'officer', description: 'See contacts and organisations' },
  'contact:create': { minRole: 'officer', description: 'Add contacts and organisations' },
  'contact:edit': { minRole: 'officer', description: 'Edit contacts and organisations' },
  'contact:merge': { minRole: 'manager', description: 'Merge duplicate contacts' },
  'follow-up:view': { minRole: 'officer', description: 'See follow-ups (of restricted meetings only if one may see the meeting)' },
  'follow-up:create': { minRole: 'officer', description: 'Record a follow-up' },
  'follow-up:update:own': { minRole: 'officer', description: 'Update follow-ups one owns or created: status, notes, due date' },
  'follow-up:update:any': { minRole: 'manager', description: 'Update any follow-up' },
  'follow-up:reassign': { minRole: 'manager', description: 'Give a follow-up to another owner' },
  'follow-up:review': { minRole: 'manager', description: 'Use the review queue of every follow-up' },
  'follow-up:export': { minRole: 'officer', description: 'Export the follow-ups one can see as CSV' },
  'calendar:own': { minRole: 'officer', description: 'Have a calendar feed of one’s own follow-ups' },
  'draft:keep': { minRole: 'officer', description: 'Keep drafts of what one is writing; nobody else, whatever their role, can read them' },
  'post:view': { minRole: 'officer', description: "See the mission's posts, who holds them, and their handover briefs over the records one may see" },
  'post:manage': { minRole: 'admin', description: 'Create and edit posts: title, section, countries and areas covered' },
  'post:hand-over': {
    minRole: 'manager',
    description: 'Hand a post to a successor or an interim, with what it owns, and see every handover',
  },
  'handover:take-part': {
    minRole: 'officer',
    description: 'Write the notes of a handover one leaves (its leaving holder); acknowledge the items of one taken over (its successor)',
  },
  'dashboard:view': { minRole: 'officer', description: 'See the dashboard and country pages, over the records one may see' },
} as const satisfies Record<string, { minRole: Role; description: string }>;

export type Permission = keyof typeof permissions;

/**
 * Whoever is asking: the signed-in user, as much of them as the policy needs (server/current-user.ts
 * gives the rest). Always the fresh database row, never the JWT. Data-layer reads take it, so what
 * a row may show is decided in the query.
 */
export type Viewer = { id: number; role: Role; active: boolean };

export function can(viewer: Viewer | null | undefined, permission: Permission): boolean {
  if (!viewer || !viewer.active) return false;
  return roleRank(viewer.role) >= roleRank(permissions[permission].minRole);
}

/** Permissions that come in an own/any pair: `meeting:edit` means `meeting:edit:own` or `meeting:edit:any`. */
type OwnableBase = { [P in Permission]: P extends `${infer Base}:own` ? Base : never }[Permission];

/** May `viewer` do `base` to a record, given whether the record is theirs (created or attended)? */
export function canOnRecord(viewer: Viewer | null | undefined, base: OwnableBase, isOwn: boolean): boolean {
  return can(viewer, `${base}:any` as Permission) || (isOwn && can(viewer, `${base}:own` as Permission));
}

/** What decides who may see a meeting. */
export type MeetingAudience = { confidentiality: 'normal' | 'restricted'; createdById: number; attendeeIds: readonly number[] };

/**
 * May `viewer` see this meeting: a normal one, or a restricted one they wrote or attended, or any
 * if they see every restricted meeting. visibleMeetings (db/visibility.ts) states it in SQL for
 * lists and counts; db/meetings.test.ts holds the two to the same answers.
 */
export function canSeeMeeting(viewer: Viewer | null | undefined, meeting: MeetingAudience): boolean {
  if (!can(viewer, 'meeting:view')) return false;
  return (
    meeting.confidentiality === 'normal' ||
    can(viewer, 'meeting:view-restricted:any') ||
    meeting.createdById === viewer!.id ||
    meeting.attendeeIds.includes(viewer!.id)
  );
}

/**
 * An edit that widens or reshapes who may see a restricted meeting — making it normal, or changing
 * its attendees — is for its author and managers only: an attendee may edit the rest.
 */
export function canChangeAudience(
  viewer: Viewer | null | undefined,
  before: MeetingAudience,
  after: Pick<MeetingAudience, 'confidentiality' | 'attendeeIds'>,
): boolean {
  if (before.confidentiality !== 'restricted') return true;
  const sameAttendees = before.attendeeIds.length === after.attendeeIds.length && before.attendeeIds.every((id) => after.attendeeIds.includes(id));
  if (after.confidentiality === 'restricted' && sameAttendees) return true;
  return canOnRecord(viewer, 'meeting:change-audience', !!viewer && before.createdById === viewer.id);
}

/** A follow-up of a meeting goes only to someone who may see that meeting: else it would show nowhere for its owner. */
export function mayOwnFollowUpOf(owner: Viewer, meeting: MeetingAudience | null): boolean {
  return meeting === null || canSeeMeeting(owner, meeting);
}

/** Who a handover is between; null `fromUserId` when the post was vacant. */
export type HandoverParties = { fromUserId: number | null; toUserId: number };

/** A handover is seen by its two holders and by whoever may hand posts over. */
export function canSeeHandover(viewer: Viewer | null | undefined, handover: HandoverParties): boolean {
  if (can(viewer, 'post:hand-over')) return true;
  return can(viewer, 'handover:take-part') && (handover.fromUserId === viewer!.id || handover.toUserId === viewer!.id);
}

/** Its notes are the leaving holder's to write (a manager may complete them); its items the successor's alone to acknowledge. */
export function canTakePartInHandover(viewer: Viewer | null | undefined, handover: HandoverParties, part: 'notes' | 'acknowledge'): boolean {
  if (!can(viewer, 'handover:take-part')) return false;
  if (part === 'acknowledge') return handover.toUserId === viewer!.id;
  return handover.fromUserId === viewer!.id || can(viewer, 'post:hand-over');
}

export function assertCan(viewer: Viewer | null | undefined, permission: Permission): asserts viewer is Viewer {
  if (!can(viewer, permission)) throw new Forbidden();
}
