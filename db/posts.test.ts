import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Forbidden, NotFound, RuleViolation } from '../lib/errors';
import type { Viewer } from '../lib/policy';
import { contactSchema, meetingSchema } from '../lib/schemas/meetings';
import { postSchema } from '../lib/schemas/posts';
import { createContact, getContact } from './contacts';
import { changeFollowUpStatus, createFollowUp, getFollowUp, listMyOpenFollowUps, listPostOpenFollowUps, reassignFollowUp } from './follow-ups';
import { getMeeting, recordMeeting } from './meetings';
import { namesInFrench } from './names-in-french';
import {
  acknowledgeHandoverItems,
  getHandover,
  getPost,
  handOverPost,
  handoverPreview,
  handoversAwaiting,
  listPosts,
  postsHeldBy,
  savePost,
  writeHandoverNotes,
} from './posts';
import { createCooperationArea, updateCooperationArea } from './reference';
import { setAccountActive } from './users';
import { auditEvents, followUps } from './schema';
import { missionToday } from './settings';
import { createStaff, createTestDatabase } from './test-database';
import { addDays } from '../lib/dates';

let testDb: ReturnType<typeof createTestDatabase>;
let admin: Viewer, manager: Viewer, leaving: Viewer, successor: Viewer, colleague: Viewer;
let today: string;

beforeEach(() => {
  testDb = createTestDatabase();
  ({ admin, manager, leaving, successor, colleague } = createStaff(testDb.db, {
    manager: 'manager',
    leaving: 'officer',
    successor: 'officer',
    colleague: 'officer',
  }));
  today = missionToday({ db: testDb.db });
});
afterEach(() => testDb.close());

const db = () => testDb.db;
const post = (title = 'Economic counsellor') =>
  savePost({ db: db(), viewer: admin, input: { title, section: 'Economic section', countryCodes: ['BE', 'LU'], areaIds: [] } });
const handOver = (postId: number, toUserId: number, effectiveDate: string, choose: { followUpIds?: number[]; contactIds?: number[] } = {}) =>
  handOverPost({
    db: db(),
    viewer: manager,
    input: { postId, toUserId, effectiveDate, interim: false, followUpIds: choose.followUpIds ?? [], contactIds: choose.contactIds ?? [] },
  });
const followUp = (viewer: Viewer, title: string, owner: { ownerId?: number; ownerPostId?: number }, meetingId: number | null = null) =>
  createFollowUp({
    db: db(),
    viewer,
    input: {
      title,
      details: null,
      countryCode: 'BE',
      committedBy: 'ours',
      ownerId: owner.ownerId ?? null,
      ownerPostId: owner.ownerPostId,
      dueDate: null,
      areaId: null,
      meetingId,
    },
  });
const contact = (viewer: Viewer, name: string, owner: { ownerId?: string; ownerPostId?: string }) =>
  createContact({ db: db(), actorId: viewer.id, input: contactSchema.parse({ name, countryCode: 'BE', ...owner }) }).id;
const meeting = (viewer: Viewer, startDate: string, confidentiality: 'normal' | 'restricted' = 'normal') =>
  recordMeeting({
    db: db(),
    viewer,
    input: meetingSchema.parse({
      title: `Meeting on ${startDate}`,
      kind: 'call',
      startDate,
      placeCity: 'Brussels',
      placeCountry: 'BE',
      countries: 'BE',
      attendees: String(viewer.id),
      confidentiality,
    }),
  }).id;

describe('posts', () => {
  it('are created and edited by admins only, each title once', () => {
    const id = post();
    expect(() => savePost({ db: db(), viewer: manager, input: { title: 'Consul', section: null, countryCodes: [], areaIds: [] } })).toThrow(Forbidden);
    expect(() => post('economic COUNSELLOR')).toThrow('Another post has this title.');
    savePost({ db: db(), viewer: admin, input: { postId: id, version: 1, title: 'Economic counsellor', section: null, countryCodes: ['LU'], areaIds: [] } });
    expect(getPost({ db: db(), viewer: colleague, id })).toMatchObject({ section: null, countryCodes: ['LU'], holder: null, version: 2 });
    expect(
      db()
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityType, 'post'))
        .all()
        .map((e) => e.action),
    ).toEqual(['post.create', 'post.update']);
  });

  it('own a follow-up or a contact through their holder, and refuse to while vacant', () => {
    const id = post();
    expect(() => followUp(leaving, 'Vacant', { ownerPostId: id })).toThrow(RuleViolation);
    handOver(id, leaving.id, addDays(today, -400));
    const followUpId = followUp(colleague, 'Send the trade figures', { ownerPostId: id });
    expect(getFollowUp({ db: db(), viewer: colleague, id: followUpId })).toMatchObject({
      ownerId: leaving.id,
      ownerPostId: id,
      ownerPostTitle: 'Economic counsellor',
    });
    const contactId = contact(colleague, 'Max Kremer', { ownerPostId: String(id) });
    expect(getContact({ db: db(), id: contactId })).toMatchObject({ ownerId: leaving.id, ownerPostId: id });
  });

  it('are recorded beside each attendee, as held on the meeting’s day', () => {
    const id = post();
    handOver(id, leaving.id, addDays(today, -400));
    const before = meeting(leaving, addDays(today, -500));
    const during = meeting(leaving, addDays(today, -10));
    const attendees = (meetingId: number) => getMeeting({ db: db(), viewer: manager, id: meetingId }).attendees;
    expect(attendees(before)).toEqual([{ id: leaving.id, name: 'leaving', postTitle: null }]);
    expect(attendees(during)).toEqual([{ id: leaving.id, name: 'leaving', postTitle: 'Economic counsellor' }]);
    expect(postsHeldBy({ db: db(), userId: leaving.id, day: today }).map((p) => p.title)).toEqual(['Economic counsellor']);
  });

  it('keep a French title, and an area a French name, that pages show to French readers; a blank one is none', () => {
    const id = savePost({
      db: db(),
      viewer: admin,
      input: postSchema.parse({ title: 'Economic counsellor', titleFr: 'Conseiller économique', countryCodes: 'BE', areaIds: [] }),
    });
    expect(getPost({ db: db(), viewer: colleague, id }).titleFr).toBe('Conseiller économique');
    const energy = createCooperationArea({ db: db(), actorId: admin.id, name: 'Energy', nameFr: 'Énergie' });
    createCooperationArea({ db: db(), actorId: admin.id, name: 'Digital' });
    // The form's blank field, and a caller's empty string, both store no French title.
    const consul = savePost({ db: db(), viewer: admin, input: postSchema.parse({ title: 'Consul', titleFr: '   ', countryCodes: [], areaIds: [] }) });
    const attache = savePost({ db: db(), viewer: admin, input: { title: 'Trade attaché', titleFr: '', section: null, countryCodes: [], areaIds: [] } });
    expect(getPost({ db: db(), viewer: colleague, id: consul }).titleFr).toBeNull();
    expect(getPost({ db: db(), viewer: colleague, id: attache }).titleFr).toBeNull();

    const french = namesInFrench({ db: db() });
    expect(french.posts.get('Economic counsellor')).toBe('Conseiller économique');
    expect(french.areas.get('Energy')).toBe('Énergie');
    expect(french.posts.has('Consul')).toBe(false);
    expect(french.posts.has('Trade attaché')).toBe(false);
    expect(french.areas.has('Digital')).toBe(false);

    // Emptied on the edit form, the French title is gone; renamed in French, the area is read so.
    savePost({ db: db(), viewer: admin, input: postSchema.parse({ postId: id, version: 1, title: 'Economic counsellor', titleFr: '', countryCodes: 'BE' }) });
    updateCooperationArea({ db: db(), actorId: admin.id, areaId: energy.id, changes: { nameFr: 'Énergie et climat' } });
    const after = namesInFrench({ db: db() });
    expect(after.posts.has('Economic counsellor')).toBe(false);
    expect(after.areas.get('Energy')).toBe('Énergie et climat');
  });
});

describe('a handover', () => {
  let postId: number;
  let postFollowUps: number[];
  let ownFollowUps: number[];
  let postContacts: number[];
  let ownContacts: number[];

  beforeEach(() => {
    postId = post();
    handOver(postId, leaving.id, addDays(today, -900));
    meeting(leaving, addDays(today, -30));
    postFollowUps = [1, 2, 3, 4, 5].map((n) => followUp(leaving, `Post item ${n}`, { ownerPostId: postId }));
    ownFollowUps = [1, 2].map((n) => followUp(leaving, `Own item ${n}`, { ownerId: leaving.id }));
    changeFollowUpStatus({ db: db(), viewer: leaving, id: followUp(leaving, 'Closed item', { ownerPostId: postId }), version: 1, status: 'done' });
    postContacts = ['Ana', 'Ben', 'Cleo'].map((name) => contact(leaving, name, { ownerPostId: String(postId) }));
    ownContacts = [contact(leaving, 'Dora', { ownerId: String(leaving.id) })];
  });

  it('previews what goes with the post and what is the leaving holder’s own', () => {
    const preview = handoverPreview({ db: db(), viewer: manager, postId });
    expect(preview.ofPost.followUps.map((f) => f.id)).toEqual(postFollowUps);
    expect(preview.ofHolder.followUps.map((f) => f.id)).toEqual(ownFollowUps);
    expect(preview.ofPost.contacts.map((c) => c.id)).toEqual(postContacts);
    expect(preview.ofHolder.contacts.map((c) => c.id)).toEqual(ownContacts);
    expect(preview.counts.post).toEqual({ followUps: 5, contacts: 3, meetings: 1 });
    expect(() => handoverPreview({ db: db(), viewer: leaving, postId })).toThrow(Forbidden);
  });

  it('moves the post’s items and the chosen own ones in one step, losing nothing', () => {
    const mine = (viewer: Viewer) => listMyOpenFollowUps({ db: db(), viewer }).total;
    const totalOpen = () =>
      db()
        .select()
        .from(followUps)
        .all()
        .filter((f) => f.status === 'open').length;
    const [openBefore, leavingBefore, successorBefore] = [totalOpen(), mine(leaving), mine(successor)];
    const id = handOver(postId, successor.id, today, { followUpIds: ownFollowUps, contactIds: ownContacts });
    const { counts, items } = getHandover({ db: db(), viewer: manager, id });
    expect(items.filter((i) => i.kind === 'follow-up').map((i) => [i.recordId, i.withPost])).toEqual([
      ...postFollowUps.map((f) => [f, true]),
      ...ownFollowUps.map((f) => [f, false]),
    ]);
    expect(items.filter((i) => i.kind === 'contact')).toHaveLength(4);
    // Nothing lost: the post keeps its items (now with the chosen own ones), the two people's sum is unchanged, meetings stay with who attended.
    const person = (at: 'before' | 'after', viewer: Viewer) => counts[at][`user:${viewer.id}`]!;
    expect(counts.before.post).toEqual({ followUps: 5, contacts: 3, meetings: 1 });
    expect(counts.after.post).toEqual({ followUps: 7, contacts: 4, meetings: 1 });
    for (const key of ['followUps', 'contacts', 'meetings'] as const) {
      expect(person('before', leaving)[key] + person('before', successor)[key]).toBe(person('after', leaving)[key] + person('after', successor)[key]);
    }
    expect(person('after', leaving)).toEqual({ followUps: 0, contacts: 0, meetings: 1 });
    expect(person('after', successor)).toEqual({ followUps: 7, contacts: 4, meetings: 0 });
    // Home: the leaving holder's own two became the post's, and the successor finds all seven under the post.
    expect([totalOpen(), mine(leaving), mine(successor)]).toEqual([openBefore, leavingBefore - 2, successorBefore]);
    expect(listPostOpenFollowUps({ db: db(), viewer: successor, postId }).total).toBe(7);
    // The closed one keeps its owner: its history is the leaving holder's.
    expect(db().select().from(followUps).where(eq(followUps.title, 'Closed item')).get()?.ownerId).toBe(leaving.id);
    // The holders over time, and the history of each follow-up.
    expect(getPost({ db: db(), viewer: colleague, id: postId }).holders.map((h) => [h.name, h.fromDate, h.toDate])).toEqual([
      ['successor', today, null],
      ['leaving', addDays(today, -900), addDays(today, -1)],
    ]);
    expect(getFollowUp({ db: db(), viewer: successor, id: postFollowUps[0]! }).events.at(-1)).toMatchObject({
      kind: 'owner',
      fromValue: 'leaving',
      toValue: 'successor',
      note: 'Handover of the post Economic counsellor',
    });
    expect(db().select().from(auditEvents).where(eq(auditEvents.action, 'post.hand-over')).all()).toHaveLength(2);
  });

  it('leaves the own items not chosen with the leaving holder', () => {
    handOver(postId, successor.id, today, { followUpIds: [ownFollowUps[0]!] });
    expect(getFollowUp({ db: db(), viewer: manager, id: ownFollowUps[1]! }).ownerId).toBe(leaving.id);
    expect(getFollowUp({ db: db(), viewer: manager, id: ownFollowUps[0]! })).toMatchObject({ ownerId: successor.id, ownerPostId: postId });
  });

  it('is refused, changing nothing, when the successor may not see a follow-up’s restricted meeting', () => {
    const restricted = meeting(leaving, addDays(today, -5), 'restricted');
    const secret = followUp(leaving, 'Secret item', { ownerPostId: postId }, restricted);
    expect(() => handOver(postId, successor.id, today)).toThrow(`successor may not see the restricted meeting of follow-up #${secret}`);
    expect(getPost({ db: db(), viewer: manager, id: postId }).holder?.name).toBe('leaving');
    expect(getFollowUp({ db: db(), viewer: manager, id: postFollowUps[0]! }).ownerId).toBe(leaving.id);
  });

  it('refuses a day in the future, a day before the holding began, an inactive successor, or items no longer the holder’s', () => {
    expect(() => handOver(postId, successor.id, addDays(today, 1))).toThrow('today or on a past day');
    expect(() => handOver(postId, successor.id, addDays(today, -900))).toThrow('must come after that day');
    setAccountActive({ db: db(), actorId: admin.id, userId: colleague.id, active: false });
    expect(() => handOver(postId, colleague.id, today)).toThrow('active colleagues');
    reassignFollowUp({ db: db(), viewer: manager, id: ownFollowUps[0]!, version: 1, ownerId: manager.id });
    expect(() => handOver(postId, successor.id, today, { followUpIds: ownFollowUps })).toThrow('no longer');
  });

  it('takes notes from the leaving holder and acknowledgements from the successor alone', () => {
    const id = handOver(postId, successor.id, today);
    const { items } = getHandover({ db: db(), viewer: leaving, id });
    expect(handoversAwaiting({ db: db(), viewer: leaving }).toWrite.map((h) => h.id)).toEqual([id]);
    writeHandoverNotes({
      db: db(),
      viewer: leaving,
      handoverId: id,
      generalNote: 'The minister changes in May.',
      itemNotes: { [items[0]!.id]: 'Call first.' },
    });
    expect(() => writeHandoverNotes({ db: db(), viewer: successor, handoverId: id, generalNote: 'mine', itemNotes: {} })).toThrow(Forbidden);
    expect(() => getHandover({ db: db(), viewer: colleague, id })).toThrow(NotFound);
    expect(() => acknowledgeHandoverItems({ db: db(), viewer: manager, handoverId: id, itemIds: [items[0]!.id] })).toThrow(Forbidden);

    const awaiting = handoversAwaiting({ db: db(), viewer: successor }).toAcknowledge;
    expect(awaiting[0]).toMatchObject({ generalNote: 'The minister changes in May.', fromName: 'leaving' });
    expect(awaiting[0]!.items[0]).toMatchObject({ label: 'Post item 1', note: 'Call first.', acknowledgedAt: null });
    expect(acknowledgeHandoverItems({ db: db(), viewer: successor, handoverId: id, itemIds: items.map((i) => i.id) })).toBe(8);
    expect(handoversAwaiting({ db: db(), viewer: successor }).toAcknowledge).toEqual([]);
    expect(
      db().select({ action: auditEvents.action, actorId: auditEvents.actorId }).from(auditEvents).where(eq(auditEvents.entityType, 'handover')).all(),
    ).toEqual([
      { action: 'handover.notes', actorId: leaving.id },
      { action: 'handover.acknowledge', actorId: successor.id },
    ]);
  });

  it('keeps a deactivated leaving holder on the meetings they attended', () => {
    const attended = meeting(leaving, addDays(today, -3));
    handOver(postId, successor.id, today, { followUpIds: ownFollowUps, contactIds: ownContacts });
    setAccountActive({ db: db(), actorId: admin.id, userId: leaving.id, active: false });
    expect(getMeeting({ db: db(), viewer: manager, id: attended }).attendees).toEqual([{ id: leaving.id, name: 'leaving', postTitle: 'Economic counsellor' }]);
    expect(listPosts({ db: db(), viewer: manager })[0]!.holder?.name).toBe('successor');
  });
});
