import 'server-only';
import { and, or, type SQL, sql } from 'drizzle-orm';
import { can } from '../lib/policy';
import type { Viewer } from '../lib/policy';

/**
 * Who may see a record, stated once in SQL (canSeeMeeting in lib/policy.ts states it for one
 * record; db/meetings.test.ts holds the two to the same answers). Every member of staff sees the
 * normal meetings; a restricted one is seen by whoever may see every restricted meeting, otherwise
 * by whoever created or attended it. A follow-up is seen with its meeting, and one of no meeting by
 * all staff. A deleted meeting is seen nowhere, but what was promised there stays.
 *
 * What a viewer may see is one or two disjoint parts: lists, detail and exports read their union
 * (visibleMeetings, visibleFollowUps); the dashboard adds its figures up part by part, each part
 * cached on its own, so its figures and the lists cannot disagree on who sees what.
 */
export type VisiblePart =
  /** For whoever may see every restricted meeting: no test at all. */
  | { name: 'everything' }
  /** The normal meetings, and the follow-ups of no meeting. */
  | { name: 'normal' }
  /** The restricted meetings the viewer created or attended. */
  | { name: `restricted-of-${number}`; viewerId: number };

export function visibleParts(viewer: Viewer): VisiblePart[] {
  if (!can(viewer, 'meeting:view')) return [];
  if (can(viewer, 'meeting:view-restricted:any')) return [{ name: 'everything' }];
  return [{ name: 'normal' }, { name: `restricted-of-${viewer.id}`, viewerId: viewer.id }];
}

/** A column of the row named `row` in the query, always qualified (see MEETING_ID in db/meetings.ts). */
const column = (row: string, name: string) => sql.raw(`"${row}"."${name}"`);

/**
 * "Created or attended by the viewer", in the two spellings SQLite needs: a test on one meeting row,
 * cheap for a page of rows, and the set of the viewer's meetings found from their side, cheap for
 * aggregates over a mission (a test of every meeting would read them all). The dashboard reads the
 * set, lists the test; db/dashboard.test.ts holds the two to the same meetings.
 */
const ownMeeting = (row: string, viewerId: number) =>
  sql`(${column(row, 'created_by_id')} = ${viewerId} or exists (select 1 from meeting_attendees ma where ma.meeting_id = ${column(row, 'id')} and ma.user_id = ${viewerId}))`;
const ownMeetingIds = (viewerId: number) =>
  sql`select id from meetings where created_by_id = ${viewerId} union select meeting_id from meeting_attendees where user_id = ${viewerId}`;

/** The part's test on a meeting row. */
export function meetingInPart(part: VisiblePart, row: string): SQL {
  if (part.name === 'everything') return sql`1`;
  if (part.name === 'normal') return sql`${column(row, 'confidentiality')} = 'normal'`;
  return sql`(${column(row, 'confidentiality')} <> 'normal' and ${ownMeeting(row, part.viewerId)})`;
}

/**
 * The part's meetings as aggregates read them, as a test on the "meetings" row: an officer's own
 * part is a few meetings, looked up from the viewer's side.
 */
export function meetingsOfPart(part: VisiblePart): SQL {
  if (part.name !== 'everything' && part.name !== 'normal')
    return sql`"meetings"."id" in (select m.id from meetings m where m.confidentiality <> 'normal' and m.id in (${ownMeetingIds(part.viewerId)}))`;
  return meetingInPart(part, 'meetings');
}

/** The ids of the meetings outside the part (deleted or not): its follow-ups are those of the other meetings. */
export const meetingsOutside = (part: VisiblePart): SQL => sql`select m.id from meetings m where not (${meetingInPart(part, 'm')})`;

/**
 * The part's follow-ups as aggregates read them, as a test on the "follow_ups" row. The normal part
 * holds nearly every meeting, so its follow-ups are tested against the few meetings outside it; an
 * officer's own part is a few meetings, so its follow-ups are looked up from them.
 */
export function followUpInPart(part: VisiblePart): SQL {
  const meetingId = column('follow_ups', 'meeting_id');
  if (part.name === 'everything') return sql`1`;
  if (part.name === 'normal') return sql`(${meetingId} is null or ${meetingId} not in (${meetingsOutside(part)}))`;
  return sql`${meetingId} in (select "meetings"."id" from meetings where ${meetingsOfPart(part)})`;
}

/** The meetings `viewer` may see, as a test on the "meetings" row: every read of meetings goes through it. */
export function visibleMeetings(viewer: Viewer, { includeDeleted = false }: { includeDeleted?: boolean } = {}): SQL {
  const parts = visibleParts(viewer);
  if (!parts.length) return sql`0`;
  return and(includeDeleted ? undefined : sql`"meetings"."deleted_at" is null`, or(...parts.map((part) => meetingInPart(part, 'meetings'))))!;
}

/**
 * The follow-ups `viewer` may see, as a test on the "follow_ups" row. A page of a list checks
 * each of its rows' meeting, which costs less than gathering the ids outside the normal part.
 */
export function visibleFollowUps(viewer: Viewer): SQL {
  if (!can(viewer, 'follow-up:view')) return sql`0`;
  const parts = visibleParts(viewer);
  if (!parts.length) return sql`0`;
  if (parts.some((part) => part.name === 'everything')) return sql`1`;
  return sql`("follow_ups"."meeting_id" is null or exists (select 1 from meetings m where m.id = "follow_ups"."meeting_id" and (${or(...parts.map((part) => meetingInPart(part, 'm')))})))`;
}
