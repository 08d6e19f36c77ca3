import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conflict, NotFound, RuleViolation } from '../lib/errors';
import { reviewSections } from '../lib/follow-ups';
import { meetingSchema } from '../lib/schemas/meetings';
import {
  addFollowUpNote,
  changeFollowUpStatus,
  createFollowUp,
  getFollowUp,
  insertFollowUps,
  listCalendarFollowUps,
  listFollowUps,
  listMyOpenFollowUps,
  reassignFollowUp,
  exportFollowUps,
  exportReviewQueue,
  reviewQueueSections,
} from './follow-ups';
import { addDays } from '../lib/dates';
import { deleteMeeting, getMeeting, listMeetings, recordMeeting, updateMeeting } from './meetings';
import { auditEvents, followUps } from './schema';
import { createStaff, createTestDatabase } from './test-database';
import type { Viewer } from '../lib/policy';

let testDb: ReturnType<typeof createTestDatabase>;
let manager: Viewer, author: Viewer, colleague: Viewer, outsider: Viewer;

beforeEach(() => {
  testDb = createTestDatabase();
  const db = testDb.db;
  ({ manager, author, colleague, outsider } = createStaff(db, { manager: 'manager', author: 'officer', colleague: 'officer', outsider: 'officer' }));
});
afterEach(() => testDb.close());

function meeting(viewer: Viewer, confidentiality: 'normal' | 'restricted', followUpItems: Parameters<typeof insertFollowUps>[2] = []) {
  const input = meetingSchema.parse({
    title: `Meeting ${confidentiality}`,
    kind: 'call',
    startDate: '2024-06-24',
    placeCity: 'Brussels',
    placeCountry: 'BE',
    countries: 'BE',
    attendees: String(viewer.id),
    confidentiality,
  });
  return recordMeeting({ db: testDb.db, viewer, input, andThen: (tx, id) => insertFollowUps(tx, viewer, followUpItems, id) }).id;
}

const item = (title: string, overrides: Partial<Parameters<typeof insertFollowUps>[2][number]> = {}) => ({
  title,
  countryCode: 'BE' as const,
  committedBy: 'ours' as const,
  ownerId: author.id,
  dueDate: null as string | null,
  ...overrides,
});

const titles = (rows: { title: string }[]) => rows.map((row) => row.title).sort();
const reviewQueue = (options: Parameters<typeof exportReviewQueue>[0]) => [...exportReviewQueue(options)].flat();

describe('follow-up visibility', () => {
  it('follows the meeting: a restricted meeting’s follow-ups are hidden from other officers everywhere', () => {
    meeting(author, 'normal', [item('Open commitment', { dueDate: '2030-01-01' })]);
    meeting(author, 'restricted', [item('Secret commitment', { dueDate: '2030-01-01', ownerId: author.id })]);
    const secret = testDb.db
      .select()
      .from(followUps)
      .all()
      .find((f) => f.title === 'Secret commitment')!;

    expect(titles(listFollowUps({ db: testDb.db, viewer: outsider }))).toEqual(['Open commitment']);
    expect(titles(listFollowUps({ db: testDb.db, viewer: manager }))).toEqual(['Open commitment', 'Secret commitment']);
    expect(() => getFollowUp({ db: testDb.db, viewer: outsider, id: secret.id })).toThrow(NotFound);
    expect(reviewQueue({ db: testDb.db, viewer: outsider, today: '2029-12-25' }).map((r) => r.title)).toEqual(['Open commitment']);
    // Its owner sees it where they work (a follow-up cannot go to someone who may not: see below).
    expect(titles(listMyOpenFollowUps({ db: testDb.db, viewer: author }).rows)).toEqual(['Open commitment', 'Secret commitment']);
    expect(titles(listCalendarFollowUps({ db: testDb.db, viewer: outsider }))).toEqual([]);
  });
});

describe('deleting a meeting', () => {
  it('keeps its follow-ups in lists and queues: a commitment is not withdrawn by deleting the record', () => {
    const id = meeting(author, 'normal', [item('Still owed', { dueDate: '2020-01-01' })]);
    deleteMeeting({ db: testDb.db, viewer: manager, id });
    expect(titles(listMyOpenFollowUps({ db: testDb.db, viewer: author }).rows)).toEqual(['Still owed']);
    expect(reviewQueue({ db: testDb.db, viewer: manager, today: '2025-01-01' }).map((r) => r.title)).toEqual(['Still owed']);
  });

  it('takes its title away from its follow-ups: they keep the link, not the title, in lists, detail and export', () => {
    const id = meeting(author, 'normal', [item('Still owed')]);
    const [before] = listFollowUps({ db: testDb.db, viewer: manager });
    expect(before).toMatchObject({ meetingId: id, meetingTitle: 'Meeting normal' });
    deleteMeeting({ db: testDb.db, viewer: manager, id });
    const [listed] = listFollowUps({ db: testDb.db, viewer: manager });
    const [exported] = [...exportFollowUps({ db: testDb.db, viewer: manager, today: '2025-01-01' })].flat();
    for (const row of [
      listed!,
      getFollowUp({ db: testDb.db, viewer: author, id: listed!.id }),
      exported!,
      listMyOpenFollowUps({ db: testDb.db, viewer: author }).rows[0]!,
    ]) {
      expect(row).toMatchObject({ meetingId: id, meetingTitle: null });
    }
  });
});

describe('the log-meeting transaction', () => {
  it('saves no meeting when one of its follow-ups is refused', () => {
    expect(() => meeting(author, 'normal', [item('Fine'), item('Bad owner', { ownerId: 9999 })])).toThrow(RuleViolation);
    expect(listMeetings({ db: testDb.db, viewer: manager }).meetings).toEqual([]);
    expect(testDb.db.select().from(followUps).all()).toEqual([]);
  });
});

describe('home, queue and calendar', () => {
  it('orders my open follow-ups overdue first, undated last, and leaves out closed ones', () => {
    meeting(author, 'normal', [
      item('Later', { dueDate: '2031-01-01' }),
      item('Undated'),
      item('Overdue', { dueDate: '2020-01-01' }),
      item('Colleague’s', { ownerId: colleague.id }),
    ]);
    const done = createFollowUp({ db: testDb.db, viewer: author, input: { ...item('Closed'), details: null, areaId: null, meetingId: null } });
    changeFollowUpStatus({ db: testDb.db, viewer: author, id: done, version: 1, status: 'done' });
    expect(listMyOpenFollowUps({ db: testDb.db, viewer: author }).rows.map((f) => f.title)).toEqual(['Overdue', 'Later', 'Undated']);
  });

  it('lists the unowned follow-ups, and only those the viewer may see, most urgent first', () => {
    meeting(author, 'normal', [
      item('Owned', { dueDate: '2029-01-01' }),
      item('Unowned later', { ownerId: null, dueDate: '2031-01-01' }),
      item('Unowned first', { ownerId: null, dueDate: '2030-01-01' }),
    ]);
    meeting(author, 'restricted', [item('Unowned, restricted', { ownerId: null, dueDate: '2029-06-01' })]);
    const unowned = (viewer: Viewer) => listFollowUps({ db: testDb.db, viewer, filters: { ownerId: 'none' } }).map((f) => f.title);
    expect(unowned(manager)).toEqual(['Unowned, restricted', 'Unowned first', 'Unowned later']);
    expect(unowned(outsider)).toEqual(['Unowned first', 'Unowned later']);
  });

  it('lists every status, or one, in the order people work them: active first, then by due date, undated last', () => {
    insertThenClose([
      ['Done, undated', null, 'done'],
      ['Done late', '2030-02-01', 'done'],
      ['Open', '2031-01-01', null],
      ['Done early', '2030-01-01', 'done'],
      ['Cancelled', '2029-01-01', 'cancelled'],
    ]);
    const list = (filters: Parameters<typeof listFollowUps>[0]['filters']) => listFollowUps({ db: testDb.db, viewer: manager, filters }).map((f) => f.title);
    expect(list({ status: 'done' })).toEqual(['Done early', 'Done late', 'Done, undated']);
    expect(list({ status: 'open' })).toEqual(['Open']);
    expect(list({})).toEqual(['Open', 'Cancelled', 'Done early', 'Done late', 'Done, undated']);
    expect(listFollowUps({ db: testDb.db, viewer: manager, filters: { status: 'done' }, limit: 1, offset: 1 }).map((f) => f.title)).toEqual(['Done late']);
    // The CSV reads the same rows in the same order, batch by batch, whatever the batch's size, up to its limit.
    for (const filters of [{}, { status: 'done' as const }, { status: 'open' as const }, { ownerId: 'none' as const }]) {
      const whole = listFollowUps({ db: testDb.db, viewer: manager, filters, limit: 100 });
      for (const batch of [1, 2, 3, 250]) {
        const batches = [...exportFollowUps({ db: testDb.db, viewer: manager, filters, batch })];
        expect(batches.flat(), `${JSON.stringify(filters)} in batches of ${batch}`).toEqual(whole);
        expect(batches.every((rows) => rows.length <= batch)).toBe(true);
      }
      expect([...exportFollowUps({ db: testDb.db, viewer: manager, filters, batch: 2, limit: 3 })].flat()).toEqual(whole.slice(0, 3));
    }
  });

  it('keeps my open follow-ups and their count current after every write, and each officer’s to that officer', () => {
    meeting(author, 'normal', [item('First', { dueDate: '2030-01-01' }), item('Second', { dueDate: '2030-02-01' })]);
    const mine = (viewer: Viewer) => listMyOpenFollowUps({ db: testDb.db, viewer, limit: 1 });
    expect(mine(author)).toMatchObject({ total: 2, rows: [{ title: 'First' }] });
    expect(mine(colleague)).toEqual({ rows: [], total: 0 });
    const first = testDb.db
      .select()
      .from(followUps)
      .all()
      .find((f) => f.title === 'First')!;
    changeFollowUpStatus({ db: testDb.db, viewer: author, id: first.id, version: 1, status: 'done' });
    expect(mine(author)).toMatchObject({ total: 1, rows: [{ title: 'Second' }] });
    reassignFollowUp({ db: testDb.db, viewer: author, id: first.id + 1, version: 1, ownerId: colleague.id });
    expect(mine(author)).toEqual({ rows: [], total: 0 });
    expect(mine(colleague)).toMatchObject({ total: 1, rows: [{ title: 'Second' }] });
  });

  it('shows the current names of owners and meetings in the lists it keeps', () => {
    const today = '2025-03-01';
    const meetingId = meeting(author, 'normal', [item('Overdue', { dueDate: addDays(today, -1) })]);
    const shown = () => ({
      mine: listMyOpenFollowUps({ db: testDb.db, viewer: author }).rows.map((row) => [row.ownerName, row.meetingTitle]),
      queue: reviewQueueSections({ db: testDb.db, viewer: manager, today }).overdue.items.map((row) => [row.ownerName, row.meetingTitle]),
    });
    expect(shown()).toEqual({ mine: [['author', 'Meeting normal']], queue: [['author', 'Meeting normal']] });
    testDb.sqlite.prepare("update users set name = 'Author Renamed' where id = ?").run(author.id);
    expect(shown()).toEqual({ mine: [['Author Renamed', 'Meeting normal']], queue: [['Author Renamed', 'Meeting normal']] });
    testDb.sqlite.prepare("update meetings set title = 'Meeting retitled' where id = ?").run(meetingId);
    expect(shown()).toEqual({ mine: [['Author Renamed', 'Meeting retitled']], queue: [['Author Renamed', 'Meeting retitled']] });
  });

  it('puts each active follow-up in the right review sections', () => {
    const today = '2025-03-01';
    meeting(author, 'normal', [
      item('Overdue', { dueDate: addDays(today, -1) }),
      item('Due soon', { dueDate: addDays(today, 14) }),
      item('Far', { dueDate: addDays(today, 15) }),
      item('Unowned', { ownerId: null, committedBy: 'joint' }),
      item('Partner’s, no owner', { ownerId: null, committedBy: 'partner' }),
    ]);
    const queue = Object.fromEntries(reviewQueue({ db: testDb.db, viewer: manager, today }).map((row) => [row.title, row]));
    expect(Object.keys(queue).sort()).toEqual(['Due soon', 'Overdue', 'Unowned']);
    expect(queue.Overdue).toMatchObject({ overdue: true, dueSoon: false });
    expect(queue['Due soon']).toMatchObject({ overdue: false, dueSoon: true });
    expect(queue.Unowned).toMatchObject({ unassigned: true });
    // Thirty-one days later, nothing has been updated: everything still active is stale.
    const later = reviewQueue({ db: testDb.db, viewer: manager, today: addDays(new Date().toISOString().slice(0, 10), 31) });
    expect(later.filter((row) => row.stale).length).toBe(5);
  });

  it('gives the queue page true counts per section and the most urgent first, kept up to date after each change', () => {
    const today = '2025-03-01';
    meeting(author, 'normal', [
      ...Array.from({ length: 7 }, (_, i) => item(`Overdue ${i}`, { dueDate: addDays(today, -10 + i) })),
      item('Due soon', { dueDate: addDays(today, 3) }),
      item('Unowned', { ownerId: null, committedBy: 'joint' }),
    ]);
    const sections = reviewQueueSections({ db: testDb.db, viewer: manager, today, perSection: 3 });
    expect(sections.overdue.count).toBe(7);
    expect(sections.overdue.items.map((row) => row.title)).toEqual(['Overdue 0', 'Overdue 1', 'Overdue 2']);
    expect([sections.dueSoon.count, sections.unassigned.count]).toEqual([1, 1]);
    expect(titles(sections.dueSoon.items)).toEqual(['Due soon']);
    // Every section agrees with the whole queue.
    const queue = reviewQueue({ db: testDb.db, viewer: manager, today });
    expect(reviewQueue({ db: testDb.db, viewer: manager, today, batch: 2 })).toEqual(queue);
    for (const section of reviewSections) expect(sections[section].count).toBe(queue.filter((row) => row[section]).length);
    // "See all" of a section: the follow-ups list filtered by it holds exactly that section, most urgent first.
    for (const section of reviewSections) {
      expect(listFollowUps({ db: testDb.db, viewer: manager, today, filters: { section } }).map((row) => row.id)).toEqual(
        queue.filter((row) => row[section]).map((row) => row.id),
      );
    }
    expect(listFollowUps({ db: testDb.db, viewer: manager, today, filters: { section: 'overdue' }, limit: 2, offset: 2 }).map((row) => row.title)).toEqual([
      'Overdue 2',
      'Overdue 3',
    ]);

    const first = testDb.db.select().from(followUps).where(eq(followUps.title, 'Overdue 0')).get()!;
    changeFollowUpStatus({ db: testDb.db, viewer: author, id: first.id, version: first.version, status: 'done' });
    const after = reviewQueueSections({ db: testDb.db, viewer: manager, today, perSection: 3 });
    expect(after.overdue.count).toBe(6);
    expect(after.overdue.items.map((row) => row.title)).toEqual(['Overdue 1', 'Overdue 2', 'Overdue 3']);
  });

  it('gives the calendar exactly my open follow-ups that have a due date', () => {
    meeting(author, 'normal', [
      item('Dated', { dueDate: '2030-05-05' }),
      item('Undated'),
      item('Someone else’s', { ownerId: colleague.id, dueDate: '2030-05-05' }),
    ]);
    const cancelled = createFollowUp({
      db: testDb.db,
      viewer: author,
      input: { ...item('Cancelled', { dueDate: '2030-05-06' }), details: null, areaId: null, meetingId: null },
    });
    changeFollowUpStatus({ db: testDb.db, viewer: author, id: cancelled, version: 1, status: 'cancelled', reason: 'Superseded' });
    expect(listCalendarFollowUps({ db: testDb.db, viewer: author }).map((f) => f.title)).toEqual(['Dated']);
  });
});

describe('changes and their log', () => {
  it('logs creation, status, note and reassignment with who did it, and refuses a stale version', () => {
    const id = createFollowUp({ db: testDb.db, viewer: author, input: { ...item('Draft the package'), details: null, areaId: null, meetingId: null } });
    changeFollowUpStatus({ db: testDb.db, viewer: author, id, version: 1, status: 'in-progress', note: 'Started with the chamber' });
    addFollowUpNote({ db: testDb.db, viewer: author, id, note: 'Sent a first draft' });
    reassignFollowUp({ db: testDb.db, viewer: manager, id, version: 2, ownerId: colleague.id });
    expect(() => changeFollowUpStatus({ db: testDb.db, viewer: author, id, version: 2, status: 'done' })).toThrow(Conflict);

    const followUp = getFollowUp({ db: testDb.db, viewer: manager, id });
    expect(followUp).toMatchObject({ status: 'in-progress', ownerId: colleague.id, version: 3 });
    expect(followUp.events.map((e) => [e.actorName, e.kind, e.fromValue, e.toValue, e.note])).toEqual([
      ['author', 'created', null, String(author.id), null],
      ['author', 'status', 'open', 'in-progress', 'Started with the chamber'],
      ['author', 'note', null, null, 'Sent a first draft'],
      ['manager', 'owner', 'author', 'colleague', null],
    ]);
  });
});

describe('reassignment', () => {
  it('to the owner it already has changes nothing: no log entry, no audit event, no new version', () => {
    const id = createFollowUp({ db: testDb.db, viewer: author, input: { ...item('Set up a contact channel'), details: null, areaId: null, meetingId: null } });
    const audited = () =>
      testDb.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityId, String(id)))
        .all().length;
    const auditBefore = audited();

    expect(reassignFollowUp({ db: testDb.db, viewer: manager, id, version: 1, ownerId: author.id })).toEqual({ version: 1 });
    const followUp = getFollowUp({ db: testDb.db, viewer: manager, id });
    expect(followUp).toMatchObject({ ownerId: author.id, version: 1 });
    expect(followUp.events.map((e) => e.kind)).toEqual(['created']);
    expect(audited()).toBe(auditBefore);

    // A stale form is still refused, even for a request that would change nothing.
    reassignFollowUp({ db: testDb.db, viewer: manager, id, version: 1, ownerId: colleague.id });
    expect(() => reassignFollowUp({ db: testDb.db, viewer: manager, id, version: 1, ownerId: colleague.id })).toThrow(Conflict);
    // From nobody to nobody is no change either; to another owner is one.
    reassignFollowUp({ db: testDb.db, viewer: manager, id, version: 2, ownerId: null });
    expect(reassignFollowUp({ db: testDb.db, viewer: manager, id, version: 3, ownerId: null })).toEqual({ version: 3 });
    expect(getFollowUp({ db: testDb.db, viewer: manager, id }).events.map((e) => [e.kind, e.fromValue, e.toValue])).toEqual([
      ['created', null, String(author.id)],
      ['owner', 'author', 'colleague'],
      ['owner', 'colleague', null],
    ]);
    expect(audited()).toBe(auditBefore + 2);
  });
});

describe('the owner of a restricted meeting’s follow-up', () => {
  const refusedFor = (name: string) => new RegExp(`^${name} may not see this restricted meeting`);

  it('is someone who may see the meeting: giving it to anyone else is refused, at creation and at reassignment', () => {
    expect(() => meeting(author, 'restricted', [item('Send the memorandum', { ownerId: outsider.id })])).toThrow(refusedFor('outsider'));
    expect(listMeetings({ db: testDb.db, viewer: manager, filters: {} }).meetings).toEqual([]);
    const meetingId = meeting(author, 'restricted', [item('Send the memorandum', { ownerId: manager.id })]);
    expect(() =>
      createFollowUp({ db: testDb.db, viewer: author, input: { ...item('Call back', { ownerId: outsider.id }), details: null, areaId: null, meetingId } }),
    ).toThrow(refusedFor('outsider'));
    const [followUp] = listFollowUps({ db: testDb.db, viewer: author });
    expect(() => reassignFollowUp({ db: testDb.db, viewer: manager, id: followUp!.id, version: 1, ownerId: outsider.id })).toThrow(refusedFor('outsider'));
    expect(reassignFollowUp({ db: testDb.db, viewer: manager, id: followUp!.id, version: 1, ownerId: author.id })).toEqual({ version: 2 });
    // A normal meeting's follow-up goes to anyone.
    const normalId = meeting(author, 'normal');
    expect(
      createFollowUp({
        db: testDb.db,
        viewer: author,
        input: { ...item('Call back', { ownerId: outsider.id }), details: null, areaId: null, meetingId: normalId },
      }),
    ).toBeGreaterThan(0);
  });

  it('keeps seeing it: an edit that would take the meeting out of an owner’s sight is refused', () => {
    const edit = (attendees: number[], confidentiality: 'normal' | 'restricted') =>
      meetingSchema.parse({
        title: 'Meeting',
        kind: 'call',
        startDate: '2024-06-24',
        placeCity: 'Brussels',
        placeCountry: 'BE',
        countries: 'BE',
        attendees: attendees.map(String),
        confidentiality,
      });
    const id = meeting(author, 'normal', [item('Draft the reply', { ownerId: colleague.id })]);
    // Restricting it without the owner among those who may see it.
    expect(() => updateMeeting({ db: testDb.db, viewer: author, id, version: 1, input: edit([author.id], 'restricted') })).toThrow(
      /^colleague owns a follow-up of this restricted meeting/,
    );
    updateMeeting({ db: testDb.db, viewer: author, id, version: 1, input: edit([author.id, colleague.id], 'restricted') });
    // Dropping the owner from the attendees afterwards.
    expect(() => updateMeeting({ db: testDb.db, viewer: author, id, version: 2, input: edit([author.id], 'restricted') })).toThrow(RuleViolation);
    expect(getMeeting({ db: testDb.db, viewer: colleague, id }).attendees.map((attendee) => attendee.id)).toEqual([author.id, colleague.id]);
  });
});

/** Follow-ups of one meeting, each then moved to its status (null: left open). */
function insertThenClose(rows: [title: string, dueDate: string | null, status: 'done' | 'cancelled' | null][]) {
  meeting(
    author,
    'normal',
    rows.map(([title, dueDate]) => item(title, { dueDate })),
  );
  const all = listFollowUps({ db: testDb.db, viewer: manager });
  for (const [title, , status] of rows) {
    const { id, version } = all.find((f) => f.title === title)!;
    if (status) changeFollowUpStatus({ db: testDb.db, viewer: manager, id, version, status, reason: status === 'cancelled' ? 'No longer needed' : null });
  }
}
