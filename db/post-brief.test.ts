import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../lib/dates';
import { Forbidden, NotFound } from '../lib/errors';
import type { CountryCode } from '../lib/countries';
import type { CommitmentSide } from '../lib/follow-ups';
import type { Viewer } from '../lib/policy';
import { contactSchema, meetingSchema } from '../lib/schemas/meetings';
import { createContact } from './contacts';
import { changeFollowUpStatus, createFollowUp } from './follow-ups';
import { recordMeeting } from './meetings';
import { postBrief } from './post-brief';
import { getHandover, handOverPost, savePost, writeHandoverNotes } from './posts';
import { listCooperationAreas } from './reference';
import { missionToday } from './settings';
import { createStaff, createTestDatabase } from './test-database';

let testDb: ReturnType<typeof createTestDatabase>;
let admin: Viewer, manager: Viewer, holder: Viewer, successor: Viewer, colleague: Viewer;
let today: string;
let postId: number;

beforeEach(() => {
  testDb = createTestDatabase();
  ({ admin, manager, holder, successor, colleague } = createStaff(testDb.db, {
    manager: 'manager',
    holder: 'officer',
    successor: 'officer',
    colleague: 'officer',
  }));
  today = missionToday({ db: testDb.db });
  postId = savePost({
    db: db(),
    viewer: admin,
    input: { title: 'Economic counsellor', section: 'Economic section', countryCodes: ['LU', 'BE'], areaIds: [] },
  });
  handOver(holder, addDays(today, -400));
});
afterEach(() => testDb.close());

const db = () => testDb.db;
const brief = (viewer: Viewer) => postBrief({ db: db(), viewer, postId, today });
const handOver = (to: Viewer, effectiveDate: string) =>
  handOverPost({ db: db(), viewer: manager, input: { postId, toUserId: to.id, effectiveDate, interim: false, followUpIds: [], contactIds: [] } });

type MeetingFields = { title?: string; countries?: string | string[]; confidentiality?: 'normal' | 'restricted'; contacts?: number[]; areas?: string[] };
const meeting = (viewer: Viewer, startDate: string, fields: MeetingFields = {}) =>
  recordMeeting({
    db: db(),
    viewer,
    input: meetingSchema.parse({
      title: fields.title ?? `Meeting on ${startDate}`,
      kind: 'call',
      startDate,
      placeCity: 'Brussels',
      placeCountry: 'BE',
      countries: fields.countries ?? 'BE',
      attendees: String(viewer.id),
      contacts: (fields.contacts ?? []).map(String),
      areas: fields.areas ?? [],
      confidentiality: fields.confidentiality ?? 'normal',
    }),
  }).id;

type FollowUpFields = { countryCode?: CountryCode; committedBy?: CommitmentSide; dueDate?: string | null; meetingId?: number; personal?: boolean };
const followUp = (viewer: Viewer, title: string, fields: FollowUpFields = {}) =>
  createFollowUp({
    db: db(),
    viewer,
    input: {
      title,
      details: null,
      countryCode: fields.countryCode ?? 'BE',
      committedBy: fields.committedBy ?? 'ours',
      ownerId: fields.personal ? viewer.id : null,
      ownerPostId: fields.personal ? undefined : postId,
      dueDate: fields.dueDate ?? null,
      areaId: null,
      meetingId: fields.meetingId ?? null,
    },
  });
const contact = (name: string, owner: { ownerPostId?: number; ownerId?: number }, organisation?: string) =>
  createContact({
    db: db(),
    actorId: holder.id,
    input: contactSchema.parse({
      name,
      countryCode: 'BE',
      ownerPostId: owner.ownerPostId ? String(owner.ownerPostId) : undefined,
      ownerId: owner.ownerId ? String(owner.ownerId) : undefined,
      newOrganisationName: organisation,
      newOrganisationKind: organisation ? 'government' : undefined,
    }),
  }).id;

describe('a post’s handover brief', () => {
  it('names the post, its holder since when and the countries it covers, for any officer', () => {
    expect(brief(colleague).post).toEqual({
      id: postId,
      title: 'Economic counsellor',
      section: 'Economic section',
      holder: { name: 'holder', fromDate: addDays(today, -400), interim: false },
      countryCodes: ['BE', 'LU'],
    });
    expect(brief(colleague)).toMatchObject({ notes: null, commitments: [], contacts: [], meetings: [], includesRestricted: false });
  });

  it('groups the post’s open commitments by partner country, the most urgent first, with a count of each side and of the overdue', () => {
    followUp(holder, 'Undated', { committedBy: 'ours' });
    followUp(holder, 'Due in a week', { committedBy: 'partner', dueDate: addDays(today, 7) });
    followUp(holder, 'Due today', { committedBy: 'joint', dueDate: today });
    followUp(holder, 'Overdue since yesterday', { committedBy: 'ours', dueDate: addDays(today, -1) });
    followUp(holder, 'Long overdue', { committedBy: 'ours', dueDate: addDays(today, -30) });
    followUp(holder, 'Stale for months', { committedBy: 'partner', dueDate: addDays(today, -91) });
    followUp(holder, 'Luxembourg figures', { committedBy: 'partner', countryCode: 'LU', dueDate: addDays(today, 3) });
    // Not the post's open commitments: a closed one, and one of the holder's own.
    changeFollowUpStatus({ db: db(), viewer: holder, id: followUp(holder, 'Done already', { dueDate: addDays(today, -5) }), version: 1, status: 'done' });
    followUp(holder, 'Personal item', { personal: true, dueDate: addDays(today, -5) });

    const { commitments } = brief(colleague);
    expect(commitments.map((country) => country.countryName)).toEqual(['Belgium', 'Luxembourg']);
    const [belgium, luxembourg] = commitments;
    expect(belgium!.commitments.map((c) => [c.title, c.overdue])).toEqual([
      ['Long overdue', true],
      ['Overdue since yesterday', true],
      ['Due today', false],
      ['Due in a week', false],
      ['Undated', false],
    ]);
    // Overdue for over 90 days: counted, not listed.
    expect(belgium!.counts).toEqual({ ours: 3, partner: 2, joint: 1, overdue: 3 });
    expect(belgium!.longOverdue).toBe(1);
    expect(luxembourg!.commitments).toMatchObject([{ title: 'Luxembourg figures', committedBy: 'partner', overdue: false, status: 'open' }]);
    expect(luxembourg!.counts).toEqual({ ours: 0, partner: 1, joint: 0, overdue: 0 });
    expect(luxembourg!.longOverdue).toBe(0);
  });

  it('leaves out for an officer what comes from a restricted meeting they may not see, and is marked for whoever sees it', () => {
    const counterpart = contact('Ana Peeters', { ownerPostId: postId });
    const trade = listCooperationAreas({ db: db() }).find((area) => area.name === 'Trade')!;
    const normal = meeting(holder, addDays(today, -20), { title: 'Open talks', contacts: [counterpart] });
    const restricted = meeting(holder, addDays(today, -10), {
      title: 'Closed talks',
      confidentiality: 'restricted',
      contacts: [counterpart],
      areas: [`${trade.id}:agreed`],
    });
    followUp(holder, 'Open item', { meetingId: normal, dueDate: addDays(today, 5) });
    followUp(holder, 'Secret item', { meetingId: restricted, dueDate: addDays(today, 2) });
    // A restricted meeting outside the post (another country, not attended in its capacity) does not mark its brief.
    meeting(colleague, addDays(today, -5), { countries: 'DE', confidentiality: 'restricted' });

    const forColleague = brief(colleague);
    expect(forColleague.commitments.flatMap((c) => c.commitments.map((f) => f.title))).toEqual(['Open item']);
    expect(forColleague.meetings.map((m) => m.id)).toEqual([normal]);
    expect(forColleague.contacts).toMatchObject([{ name: 'Ana Peeters', lastMet: addDays(today, -20), restricted: false }]);
    expect(forColleague.agreedAreas.flatMap((country) => country.areas)).toEqual([]);
    expect(forColleague.includesRestricted).toBe(false);

    const forManager = brief(manager);
    expect(forManager.commitments.flatMap((c) => c.commitments.map((f) => [f.title, f.restricted]))).toEqual([
      ['Secret item', true],
      ['Open item', false],
    ]);
    expect(forManager.meetings.map((m) => [m.id, m.restricted])).toEqual([
      [restricted, true],
      [normal, false],
    ]);
    expect(forManager.contacts).toMatchObject([{ lastMet: addDays(today, -10), restricted: true }]);
    expect(forManager.agreedAreas.flatMap((country) => country.areas)).toEqual([
      { name: 'Trade', times: 1, lastAgreed: addDays(today, -10), restricted: true },
    ]);
    expect(forManager.includesRestricted).toBe(true);
    // Its holder attended it: they see it too, and their brief is marked.
    expect(brief(holder).includesRestricted).toBe(true);
  });

  it('lists the meetings attended in the post’s capacity over the last twelve months, newest first', () => {
    meeting(holder, addDays(today, -366), { title: 'Thirteen months ago' });
    meeting(holder, addDays(today, -365), { title: 'A year ago' });
    meeting(holder, addDays(today, -3), { title: 'This week', countries: ['LU', 'BE'] });
    meeting(holder, addDays(today, 4), { title: 'Not yet held' });
    meeting(colleague, addDays(today, -2), { title: 'Without the post' });

    const { meetings } = brief(colleague);
    expect(meetings.map((m) => m.title)).toEqual(['This week', 'A year ago']);
    expect(meetings[0]).toMatchObject({ startDate: addDays(today, -3), countryCodes: ['BE', 'LU'], restricted: false });
    // They stay the post's after a handover: the successor reads what their predecessor did.
    handOver(successor, today);
    expect(brief(successor).meetings.map((m) => m.title)).toEqual(['This week', 'A year ago']);
  });

  it('lists the post’s contacts with their last meeting, and the leaving holder’s notes for the holders and managers alone', () => {
    const ana = contact('Ana Peeters', { ownerPostId: postId }, 'Ministry of Economy');
    contact('Ben Weber', { ownerPostId: postId });
    contact('Own contact', { ownerId: holder.id });
    meeting(holder, addDays(today, -60), { contacts: [ana] });
    meeting(holder, addDays(today, -21), { contacts: [ana] });
    followUp(holder, 'Send the trade figures', { dueDate: addDays(today, 10) });

    const handoverId = handOver(successor, today);
    // A handover with no notes yet gives the brief no notes section.
    expect(brief(successor).notes).toBeNull();
    const items = getHandover({ db: db(), viewer: holder, id: handoverId }).items;
    const itemOf = (label: string) => items.find((item) => item.label === label)!.id;
    writeHandoverNotes({
      db: db(),
      viewer: holder,
      handoverId,
      generalNote: 'The minister changes in May.',
      itemNotes: { [itemOf('Send the trade figures')]: 'Ask the statistics office first.', [itemOf('Ana Peeters')]: 'Prefers a call to an e-mail.' },
    });

    const forSuccessor = brief(successor);
    expect(forSuccessor.post.holder).toEqual({ name: 'successor', fromDate: today, interim: false });
    expect(forSuccessor.notes).toMatchObject({
      handoverId,
      effectiveDate: today,
      fromName: 'holder',
      toName: 'successor',
      generalNote: 'The minister changes in May.',
      items: [
        { kind: 'follow-up', label: 'Send the trade figures', note: 'Ask the statistics office first.', restricted: false },
        { kind: 'contact', label: 'Ana Peeters', note: 'Prefers a call to an e-mail.', restricted: false },
      ],
    });
    expect(forSuccessor.contacts).toEqual([
      {
        id: ana,
        name: 'Ana Peeters',
        title: null,
        organisation: 'Ministry of Economy',
        countryCode: 'BE',
        lastMet: addDays(today, -21),
        restricted: false,
        handoverNote: 'Prefers a call to an e-mail.',
      },
      expect.objectContaining({ name: 'Ben Weber', lastMet: null, handoverNote: null }),
    ]);
    expect(brief(manager).notes?.generalNote).toBe('The minister changes in May.');
    const forColleague = brief(colleague);
    expect(forColleague.notes).toBeNull();
    expect(forColleague.contacts.map((c) => c.handoverNote)).toEqual([null, null]);
  });

  it('lists the areas agreed with each country of the post in the meetings the viewer may see', () => {
    const areas = listCooperationAreas({ db: db() });
    const [first, second, third] = [areas[0]!, areas[1]!, areas[2]!];
    meeting(holder, addDays(today, -100), { areas: [`${first.id}:agreed`, `${third.id}:discussed`] });
    meeting(holder, addDays(today, -50), { areas: [`${first.id}:agreed`] });
    meeting(colleague, addDays(today, -40), { countries: 'LU', areas: [`${second.id}:agreed`] });
    meeting(colleague, addDays(today, -30), { countries: 'DE', areas: [`${third.id}:agreed`] });

    expect(brief(colleague).agreedAreas).toEqual([
      { countryCode: 'BE', countryName: 'Belgium', areas: [{ name: first.name, times: 2, lastAgreed: addDays(today, -50), restricted: false }] },
      { countryCode: 'LU', countryName: 'Luxembourg', areas: [{ name: second.name, times: 1, lastAgreed: addDays(today, -40), restricted: false }] },
    ]);
  });

  it('is not found for an unknown post, and refused to a deactivated account', () => {
    expect(() => postBrief({ db: db(), viewer: colleague, postId: postId + 100, today })).toThrow(NotFound);
    expect(() => postBrief({ db: db(), viewer: { ...colleague, active: false }, postId, today })).toThrow(Forbidden);
  });
});
