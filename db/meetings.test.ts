import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conflict, NotFound, RuleViolation } from '../lib/errors';
import { canSeeMeeting } from '../lib/policy';
import { meetingSchema } from '../lib/schemas/meetings';
import { createContact, getContact, mergeContacts } from './contacts';
import {
  audienceOf,
  deleteMeeting,
  getMeeting,
  isOwnMeeting,
  linkThreshold,
  listMeetings,
  exportMeetings,
  listMyRecentMeetings,
  recordMeeting,
  updateMeeting,
} from './meetings';
import { listCooperationAreas } from './reference';
import { auditEvents, contacts, meetingContacts, meetings } from './schema';
import { createStaff, createTestDatabase } from './test-database';
import type { Viewer } from '../lib/policy';

let testDb: ReturnType<typeof createTestDatabase>;
let admin: Viewer, manager: Viewer, author: Viewer, colleague: Viewer, outsider: Viewer;
let areas: { id: number; name: string }[];

beforeEach(() => {
  testDb = createTestDatabase();
  const db = testDb.db;
  ({ admin, manager, author, colleague, outsider } = createStaff(db, { manager: 'manager', author: 'officer', colleague: 'officer', outsider: 'officer' }));
  areas = listCooperationAreas({ db });
});
afterEach(() => testDb.close());

function contact(name: string, alternativeNames?: string) {
  return createContact({
    db: testDb.db,
    actorId: author.id,
    input: {
      name,
      title: null,
      organisationId: null,
      newOrganisationName: null,
      newOrganisationKind: undefined,
      countryCode: null,
      email: null,
      phone: null,
      alternativeNames: alternativeNames ?? null,
    },
  });
}

function meeting(viewer: Viewer, overrides: Record<string, unknown> = {}) {
  const input = meetingSchema.parse({
    title: 'Meeting',
    kind: 'business-meeting',
    startDate: '2024-06-24',
    placeCity: 'Brussels',
    placeCountry: 'BE',
    countries: 'BE',
    attendees: String(viewer.id),
    confidentiality: 'normal',
    ...overrides,
  });
  return recordMeeting({ db: testDb.db, viewer, input }).id;
}

const titles = (viewer: Viewer, filters = {}) => listMeetings({ db: testDb.db, viewer, filters }).meetings.map((m) => m.title);

describe('meeting visibility', () => {
  it('shows a restricted meeting only to its author, its attendees, managers and admins — in lists, detail, search and export', () => {
    const cooreman = contact('Geert Cooreman');
    meeting(author, { title: 'Open talk', contacts: String(cooreman.id) });
    const secretId = meeting(author, {
      title: 'Secret talk',
      confidentiality: 'restricted',
      attendees: [String(author.id), String(colleague.id)],
      contacts: String(cooreman.id),
    });

    for (const viewer of [author, colleague, manager, admin]) {
      expect(titles(viewer)).toContain('Secret talk');
      expect(getMeeting({ db: testDb.db, viewer, id: secretId }).title).toBe('Secret talk');
    }
    expect(titles(outsider)).toEqual(['Open talk']);
    expect(titles(outsider, { query: 'Kooreman' })).toEqual(['Open talk']);
    expect([...exportMeetings({ db: testDb.db, viewer: outsider })].flat().map((m) => m.title)).toEqual(['Open talk']);
    expect(() => getMeeting({ db: testDb.db, viewer: outsider, id: secretId })).toThrow(NotFound);
    expect(() => deleteMeeting({ db: testDb.db, viewer: outsider, id: secretId })).toThrow(NotFound);
  });

  it('answers alike in SQL for lists (visibleMeetings) and in the policy for one record (canSeeMeeting)', () => {
    const everyone = [admin, manager, author, colleague, outsider];
    for (const [index, writer] of [author, colleague, outsider].entries()) {
      for (const attendees of [[writer], [writer, colleague], [writer, author]]) {
        for (const confidentiality of ['normal', 'restricted'] as const)
          meeting(writer, {
            title: `M${index}-${attendees.map((a) => a.id).join('-')}-${confidentiality}`,
            confidentiality,
            attendees: attendees.map((a) => String(a.id)),
          });
      }
    }
    const all = listMeetings({ db: testDb.db, viewer: admin, filters: {} }).meetings.map((listed) =>
      getMeeting({ db: testDb.db, viewer: admin, id: listed.id }),
    );
    expect(all).toHaveLength(18);
    for (const viewer of everyone) {
      const bySql = titles(viewer).sort();
      const byPolicy = all
        .filter((one) => canSeeMeeting(viewer, audienceOf(one)))
        .map((one) => one.title)
        .sort();
      expect(bySql).toEqual(byPolicy);
    }
    expect(titles(outsider).length).toBeLessThan(18);
  });

  it('hides soft-deleted meetings everywhere but keeps the row', () => {
    const id = meeting(author, { title: 'Deleted one' });
    deleteMeeting({ db: testDb.db, viewer: manager, id });
    expect(titles(manager)).not.toContain('Deleted one');
    expect(() => getMeeting({ db: testDb.db, viewer: admin, id })).toThrow(NotFound);
    expect(testDb.db.select().from(meetings).where(eq(meetings.id, id)).get()).toMatchObject({ title: 'Deleted one', deletedById: manager.id });
  });

  it('counts creator and attendees as owners for the edit rule', () => {
    const id = meeting(author, { attendees: [String(author.id), String(colleague.id)] });
    const detail = getMeeting({ db: testDb.db, viewer: admin, id });
    expect(isOwnMeeting(author, detail)).toBe(true);
    expect(isOwnMeeting(colleague, detail)).toBe(true);
    expect(isOwnMeeting(outsider, detail)).toBe(false);
  });
});

describe('meeting filters and search', () => {
  beforeEach(() => {
    // Unrelated contacts first, so that no contact id equals a meeting id by coincidence.
    for (const name of ['Padding One', 'Padding Two', 'Padding Three', 'Padding Four']) contact(name);
    const vassilenko = contact('Roman Vassilenko');
    const erpelding = contact('Zoé Érpelding');
    meeting(author, {
      title: 'Consultations in Brussels',
      kind: 'political-consultation',
      startDate: '2022-02-10',
      countries: ['BE', 'KZ'],
      contacts: String(vassilenko.id),
      areas: [`${areas[5]!.id}:agreed`, `${areas[6]!.id}:discussed`],
    });
    meeting(colleague, {
      title: 'Visit to Luxembourg',
      kind: 'visit',
      startDate: '2024-06-24',
      endDate: '2024-06-25',
      placeCity: ['Brussels', 'Luxembourg'],
      placeCountry: ['BE', 'LU'],
      countries: ['LU'],
      contacts: String(erpelding.id),
      areas: [`${areas[1]!.id}:discussed`],
    });
    meeting(author, { title: 'Chamber reception', kind: 'event', startDate: '2024-07-01', summary: 'Diaspora evening at the residence' });
  });

  it('finds meetings by counterpart spelling variants and accents', () => {
    expect(titles(manager, { query: 'Vasilenko' })).toEqual(['Consultations in Brussels']);
    expect(titles(manager, { query: 'erpelding' })).toEqual(['Visit to Luxembourg']);
    expect(titles(manager, { query: 'diaspora' })).toEqual(['Chamber reception']);
    expect(titles(manager, { query: '%' })).toEqual([]);
  });

  it('finds any part of a title or summary, in any case, with or without accents, and keeps up with edits', () => {
    expect(titles(manager, { query: 'SPORA EVEN' })).toEqual(['Chamber reception']);
    expect(titles(manager, { query: 'Luxemb' })).toEqual(['Visit to Luxembourg']);
    // Shorter than a trigram: still found, by the scan.
    expect(titles(manager, { query: 'ch' })).toEqual(['Chamber reception']);
    const id = meeting(author, { title: 'Réunion à Genève', startDate: '2024-08-01', summary: 'Première séance' });
    expect(titles(manager, { query: 'geneve' })).toEqual(['Réunion à Genève']);
    expect(titles(manager, { query: 'premiere' })).toEqual(['Réunion à Genève']);
    const version = getMeeting({ db: testDb.db, viewer: author, id }).version;
    updateMeeting({
      db: testDb.db,
      viewer: author,
      id,
      version,
      input: meetingSchema.parse({
        title: 'Meeting in Bern',
        kind: 'visit',
        startDate: '2024-08-01',
        placeCity: 'Bern',
        placeCountry: 'CH',
        countries: 'CH',
        confidentiality: 'normal',
        summary: 'Second round',
      }),
    });
    expect(titles(manager, { query: 'geneve' })).toEqual([]);
    expect(titles(manager, { query: 'second round' })).toEqual(['Meeting in Bern']);
  });

  it('treats search syntax as plain text', () => {
    for (const query of ['"', 'a"b', 'OR', 'NOT diaspora', 'diaspora*', '(evening)', 'NEAR(x y)', '^ch', "O'Neill", '\\']) {
      expect(() => titles(manager, { query }), query).not.toThrow();
    }
    expect(titles(manager, { query: 'NOT diaspora' })).toEqual([]);
    expect(titles(manager, { query: 'diaspora*' })).toEqual([]);
  });

  it('filters by country, kind, dates (overlapping multi-day meetings), area, attendee and counterpart', () => {
    expect(titles(manager, { country: 'KZ' })).toEqual(['Consultations in Brussels']);
    expect(titles(manager, { kind: 'visit' })).toEqual(['Visit to Luxembourg']);
    expect(titles(manager, { from: '2024-06-25', to: '2024-06-30' })).toEqual(['Visit to Luxembourg']);
    expect(titles(manager, { areaId: areas[5]!.id })).toEqual(['Consultations in Brussels']);
    expect(titles(manager, { attendeeId: colleague.id })).toEqual(['Visit to Luxembourg']);
    expect(titles(manager, { attendeeId: outsider.id })).toEqual([]);
    const erpelding = testDb.db.select().from(contacts).where(eq(contacts.name, 'Zoé Érpelding')).get()!;
    expect(titles(manager, { contactId: erpelding.id })).toEqual(['Visit to Luxembourg']);
    expect(titles(manager)).toEqual(['Chamber reception', 'Visit to Luxembourg', 'Consultations in Brussels']);
  });

  it("finds a country's, an area's and an organisation's meetings alike whether their links are few (listed) or many (walked)", () => {
    const ministry = createContact({
      db: testDb.db,
      actorId: author.id,
      input: {
        name: 'Aigerim Sadykova',
        title: null,
        organisationId: null,
        newOrganisationName: 'Ministry of Trade',
        newOrganisationKind: 'government',
        countryCode: 'KZ',
        email: null,
        phone: null,
        alternativeNames: null,
      },
    });
    for (let day = 1; day <= 4; day++) {
      meeting(author, {
        title: `Trade round ${day}`,
        startDate: `2023-03-0${day}`,
        countries: ['KZ'],
        contacts: String(ministry.id),
        areas: [`${areas[5]!.id}:agreed`],
      });
    }
    meeting(outsider, {
      title: 'Trade round, restricted',
      startDate: '2023-03-09',
      countries: ['KZ'],
      contacts: String(ministry.id),
      confidentiality: 'restricted',
    });
    const organisationId = getContact({ db: testDb.db, id: ministry.id }).organisationId!;
    const newest = ['Trade round 4', 'Trade round 3', 'Trade round 2'];
    // 0: every link counts as many; 10,000: as few; last, the threshold a mission uses.
    const threshold = linkThreshold.fewLinks;
    try {
      for (const fewLinks of [0, 10_000, threshold]) {
        linkThreshold.fewLinks = fewLinks;
        const list = (filters: object, after?: { startDate: string; id: number }) => listMeetings({ db: testDb.db, viewer: author, filters, limit: 3, after });
        const pages = (filters: object) => {
          const first = list(filters);
          const [startDate, id] = first.next!.split('.');
          return { first: first.meetings.map((m) => m.title), second: list(filters, { startDate: startDate!, id: Number(id) }).meetings.map((m) => m.title) };
        };
        expect(pages({ country: 'KZ' }), `fewLinks ${fewLinks}`).toEqual({ first: newest, second: ['Trade round 1', 'Consultations in Brussels'] });
        expect(pages({ areaId: areas[5]!.id }), `fewLinks ${fewLinks}`).toEqual({ first: newest, second: ['Trade round 1', 'Consultations in Brussels'] });
        expect(pages({ organisationId }), `fewLinks ${fewLinks}`).toEqual({ first: newest, second: ['Trade round 1'] });
        expect(list({ country: 'KZ', kind: 'visit' }).meetings).toEqual([]);
        expect(list({ organisationId: organisationId + 1000 }).meetings).toEqual([]);
      }
    } finally {
      linkThreshold.fewLinks = threshold;
    }
  });

  it('exports each meeting with its own counterparts, attendees, places and areas', () => {
    const rows = [...exportMeetings({ db: testDb.db, viewer: manager })].flat();
    const byTitle = Object.fromEntries(rows.map((row) => [row.title, row]));
    expect(byTitle['Consultations in Brussels']).toMatchObject({
      counterparts: 'Roman Vassilenko',
      attendees: 'author',
      countries: 'Belgium; Kazakhstan',
      agreedAreas: [areas[5]!.name],
      discussedAreas: [areas[6]!.name],
    });
    expect(byTitle['Visit to Luxembourg']).toMatchObject({
      counterparts: 'Zoé Érpelding',
      attendees: 'colleague',
      places: 'Brussels (BE); Luxembourg (LU)',
      agreedAreas: [],
      discussedAreas: [areas[1]!.name],
    });
    expect(byTitle['Chamber reception']).toMatchObject({ counterparts: null, agreedAreas: [] });
  });

  it('exports in batches the same meetings, newest first, as in one, up to the limit', () => {
    const whole = [...exportMeetings({ db: testDb.db, viewer: manager })];
    expect(whole).toHaveLength(1);
    const rows = whole[0]!;
    expect(rows.length).toBeGreaterThan(2);
    const batches = [...exportMeetings({ db: testDb.db, viewer: manager, batch: 2 })];
    expect(batches.map((batch) => batch.length)).toEqual([...Array(Math.floor(rows.length / 2)).fill(2), ...(rows.length % 2 ? [1] : [])]);
    expect(batches.flat()).toEqual(rows);
    expect(rows.map((row) => `${row.startDate}.${String(row.id).padStart(6, '0')}`)).toEqual(
      rows
        .map((row) => `${row.startDate}.${String(row.id).padStart(6, '0')}`)
        .sort()
        .reverse(),
    );
    expect([...exportMeetings({ db: testDb.db, viewer: manager, batch: 1, limit: 2 })].flat()).toEqual(rows.slice(0, 2));
    expect([...exportMeetings({ db: testDb.db, viewer: manager, batch: 2, filters: { country: 'LU' } })].flat()).toEqual(
      rows.filter((row) => row.countries.includes('Luxembourg')),
    );
  });

  it('gives the newest matches of a search first, page by page, each with its own countries and places', () => {
    // More matches than a page: the page's rows are chosen, then their columns built.
    for (let day = 1; day <= 7; day++) {
      meeting(author, { title: `Harbour talks ${day}`, startDate: `2023-05-0${day}`, countries: day % 2 ? 'BE' : 'LU', placeCity: `Port ${day}` });
    }
    meeting(outsider, { title: 'Harbour talks, restricted', startDate: '2023-05-09', confidentiality: 'restricted' });
    const first = listMeetings({ db: testDb.db, viewer: author, filters: { query: 'harbour' }, limit: 3 });
    expect(first.meetings.map((m) => [m.title, m.countries, m.places])).toEqual([
      ['Harbour talks 7', ['BE'], 'Port 7'],
      ['Harbour talks 6', ['LU'], 'Port 6'],
      ['Harbour talks 5', ['BE'], 'Port 5'],
    ]);
    const [startDate, id] = first.next!.split('.');
    const second = listMeetings({ db: testDb.db, viewer: author, filters: { query: 'harbour' }, limit: 3, after: { startDate: startDate!, id: Number(id) } });
    expect(second.meetings.map((m) => m.title)).toEqual(['Harbour talks 4', 'Harbour talks 3', 'Harbour talks 2']);
    const oldest = listMeetings({ db: testDb.db, viewer: author, filters: { query: 'harbour' }, sort: 'oldest', limit: 2 });
    expect(oldest.meetings.map((m) => m.title)).toEqual(['Harbour talks 1', 'Harbour talks 2']);
  });

  it('pages with a keyset cursor without skipping or repeating a meeting', () => {
    for (let day = 1; day <= 9; day++) meeting(author, { title: `Same day ${day}`, startDate: '2023-03-03' });
    const seen: string[] = [];
    let after: { startDate: string; id: number } | undefined;
    for (;;) {
      const page = listMeetings({ db: testDb.db, viewer: manager, limit: 4, after });
      seen.push(...page.meetings.map((m) => m.title));
      if (!page.next) break;
      const [startDate, id] = page.next.split('.');
      after = { startDate: startDate!, id: Number(id) };
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });
});

describe('my recent meetings', () => {
  it('lists the meetings the viewer attended, newest first, and follows every write', () => {
    const recent = () => listMyRecentMeetings({ db: testDb.db, viewer: colleague, limit: 2 }).map((m) => m.title);
    meeting(author, { title: 'Without the colleague', startDate: '2024-06-26' });
    meeting(author, { title: 'Older', startDate: '2024-06-01', attendees: [String(author.id), String(colleague.id)] });
    meeting(author, {
      title: 'Restricted, attended',
      startDate: '2024-06-10',
      attendees: [String(author.id), String(colleague.id)],
      confidentiality: 'restricted',
    });
    expect(recent()).toEqual(['Restricted, attended', 'Older']);
    // Kept until the next write, then read again: a new meeting, then a deletion, show at once.
    const newest = meeting(author, { title: 'Newest', startDate: '2024-06-25', attendees: [String(author.id), String(colleague.id)] });
    expect(recent()).toEqual(['Newest', 'Restricted, attended']);
    deleteMeeting({ db: testDb.db, viewer: author, id: newest });
    expect(recent()).toEqual(['Restricted, attended', 'Older']);
    // A place corrected in the record shows too.
    testDb.sqlite.prepare("update meeting_places set city = 'Almaty' where meeting_id = (select id from meetings where title = 'Older')").run();
    expect(listMyRecentMeetings({ db: testDb.db, viewer: colleague, limit: 2 }).find((m) => m.title === 'Older')?.places).toBe('Almaty');
    // Per viewer: the author attended all four.
    expect(listMyRecentMeetings({ db: testDb.db, viewer: author, limit: 2 }).map((m) => m.title)).toEqual(['Without the colleague', 'Restricted, attended']);
  });
});

describe('editing meetings', () => {
  it('refuses a save based on a stale version and keeps the first save', () => {
    const id = meeting(author, { title: 'Original' });
    const edit = (title: string) =>
      meetingSchema.parse({
        title,
        kind: 'call',
        startDate: '2024-06-24',
        placeCity: 'Brussels',
        placeCountry: 'BE',
        countries: 'BE',
        confidentiality: 'normal',
      });
    updateMeeting({ db: testDb.db, viewer: author, id, version: 1, input: edit('First save') });
    expect(() => updateMeeting({ db: testDb.db, viewer: manager, id, version: 1, input: edit('Second save') })).toThrow(Conflict);
    expect(getMeeting({ db: testDb.db, viewer: admin, id })).toMatchObject({ title: 'First save', version: 2, kind: 'call' });
  });

  it('refuses unknown counterparts, attendees and areas with field errors', () => {
    const input = meetingSchema.parse({
      title: 'X',
      kind: 'call',
      startDate: '2024-06-24',
      placeCity: 'B',
      placeCountry: 'BE',
      countries: 'BE',
      confidentiality: 'normal',
      contacts: '999',
      attendees: '999',
      areas: '999:agreed',
    });
    try {
      recordMeeting({ db: testDb.db, viewer: author, input });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleViolation);
      expect(Object.keys((error as RuleViolation).fieldErrors!)).toEqual(['contacts', 'attendees', 'areas']);
    }
    expect(titles(admin)).toEqual([]);
  });
});

describe('the source readout', () => {
  const readout = 'Brussels, 24 June 2024 – The Ambassador met\r\nthe Chamber of Commerce.\n\n  Indented line kept.';

  it('is stored with the meeting, returned with it, changed or removed by an edit, and audited by size, not text', () => {
    const id = meeting(author, { sourceText: readout });
    expect(getMeeting({ db: testDb.db, viewer: author, id }).sourceText).toBe(
      'Brussels, 24 June 2024 – The Ambassador met\nthe Chamber of Commerce.\n\n  Indented line kept.',
    );
    const edit = (sourceText: string) =>
      meetingSchema.parse({
        title: 'Meeting',
        kind: 'call',
        startDate: '2024-06-24',
        placeCity: 'Brussels',
        placeCountry: 'BE',
        countries: 'BE',
        confidentiality: 'normal',
        sourceText,
      });
    updateMeeting({ db: testDb.db, viewer: author, id, version: 1, input: edit('Another readout') });
    expect(getMeeting({ db: testDb.db, viewer: author, id }).sourceText).toBe('Another readout');
    updateMeeting({ db: testDb.db, viewer: author, id, version: 2, input: edit('') });
    expect(getMeeting({ db: testDb.db, viewer: author, id }).sourceText).toBeNull();

    const changes = testDb.db
      .select({ changes: auditEvents.changes })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, String(id)))
      .all()
      .map((row) => JSON.stringify(row.changes));
    expect(changes.some((text) => text.includes('Chamber of Commerce'))).toBe(false);
    expect(changes.some((text) => /"sourceText":\[null,"91 characters, sha-256 [0-9a-f]{12}"\]/.test(text))).toBe(true);
    expect(changes.some((text) => /"sourceText":\["15 characters, sha-256 [0-9a-f]{12}",null\]/.test(text))).toBe(true);
  });

  it('is none for a meeting logged without one, and is seen only by those who may see the meeting', () => {
    const plain = meeting(author);
    expect(getMeeting({ db: testDb.db, viewer: author, id: plain }).sourceText).toBeNull();
    const secret = meeting(author, { confidentiality: 'restricted', sourceText: readout });
    expect(() => getMeeting({ db: testDb.db, viewer: outsider, id: secret })).toThrow(NotFound);
  });

  it('holds a readout up to the limit, and refuses one longer', () => {
    const parse = (sourceText: string) =>
      meetingSchema.safeParse({
        title: 'X',
        kind: 'call',
        startDate: '2024-06-24',
        placeCity: 'B',
        placeCountry: 'BE',
        countries: 'BE',
        confidentiality: 'normal',
        sourceText,
      });
    expect(parse('x'.repeat(100_000)).success).toBe(true);
    expect(parse('x'.repeat(100_001)).error?.issues[0]?.message).toBe('Source readout must be at most 100,000 characters.');
  });
});

describe('merging contacts', () => {
  it('moves every meeting link to the kept contact, without doubles, and keeps the other spelling', () => {
    const cooreman = contact('Geert Cooreman');
    const kooreman = contact('G. Kooreman', 'Gert Kooreman');
    const both = meeting(author, { title: 'Both', contacts: [String(cooreman.id), String(kooreman.id)] });
    const onlyDuplicate = meeting(author, { title: 'Duplicate only', contacts: String(kooreman.id), confidentiality: 'restricted' });
    mergeContacts({ db: testDb.db, actorId: manager.id, keepId: cooreman.id, duplicateId: kooreman.id });

    const links = testDb.db.select().from(meetingContacts).all();
    expect(
      links
        .filter((link) => link.contactId === cooreman.id)
        .map((link) => link.meetingId)
        .sort(),
    ).toEqual([both, onlyDuplicate].sort());
    expect(links.filter((link) => link.contactId === kooreman.id)).toEqual([]);
    expect(() => getContact({ db: testDb.db, id: kooreman.id })).toThrow(NotFound);
    expect(getContact({ db: testDb.db, id: cooreman.id }).alternativeNames).toBe('G. Kooreman\nGert Kooreman');
    expect(titles(manager, { query: 'Gert Kooreman' })).toEqual(['Duplicate only', 'Both']);
  });
});
