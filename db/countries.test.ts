import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingSchema } from '../lib/schemas/meetings';
import { agreedAreasForCountry, briefIncludesRestricted, keyContactsForCountry } from './countries';
import { createContact, updateContact } from './contacts';
import { getOrganisation, updateOrganisation } from './organisations';
import { briefFollowUps, changeFollowUpStatus, getFollowUp, insertFollowUps } from './follow-ups';
import { recordMeeting } from './meetings';
import { listCooperationAreas } from './reference';
import { createStaff, createTestDatabase } from './test-database';
import type { Viewer } from '../lib/policy';

let testDb: ReturnType<typeof createTestDatabase>;
let manager: Viewer, author: Viewer, outsider: Viewer;
let areas: { id: number; name: string }[];

beforeEach(() => {
  testDb = createTestDatabase();
  const db = testDb.db;
  ({ manager, author, outsider } = createStaff(db, { manager: 'manager', author: 'officer', outsider: 'officer' }));
  areas = listCooperationAreas({ db });
});
afterEach(() => testDb.close());

function meeting(viewer: Viewer, overrides: Record<string, unknown>, followUpItems: Parameters<typeof insertFollowUps>[2] = []) {
  const input = meetingSchema.parse({
    title: 'Meeting',
    kind: 'call',
    startDate: '2024-06-24',
    placeCity: 'Astana',
    placeCountry: 'KZ',
    countries: 'KZ',
    attendees: String(viewer.id),
    confidentiality: 'normal',
    ...overrides,
  });
  return recordMeeting({ db: testDb.db, viewer, input, andThen: (tx, id) => insertFollowUps(tx, viewer, followUpItems, id) }).id;
}

const followUp = (title: string, dueDate: string | null, countryCode: 'KZ' | 'BE' = 'KZ') => ({
  title,
  countryCode,
  committedBy: 'ours' as const,
  ownerId: author.id,
  dueDate,
});

describe('country brief', () => {
  it('counts each area agreed with the country and names the latest meeting, over the meetings the viewer may see, and keeps up with new ones', () => {
    const [energy, climate, culture] = [areas[0]!, areas[1]!, areas[2]!];
    meeting(author, { title: 'First energy talks', startDate: '2023-01-10', areas: [`${energy.id}:agreed`, `${culture.id}:discussed`] });
    const latest = meeting(author, {
      title: 'Energy dialogue',
      startDate: '2024-05-05',
      countries: ['KZ', 'BE'],
      areas: [`${energy.id}:agreed`, `${climate.id}:agreed`],
    });
    meeting(author, { title: 'Energy in Belgium', startDate: '2024-09-01', countries: 'BE', areas: `${energy.id}:agreed` });
    meeting(outsider, { title: 'Closed climate round', startDate: '2024-10-01', confidentiality: 'restricted', areas: `${climate.id}:agreed` });

    const brief = (viewer: Viewer) =>
      Object.fromEntries(agreedAreasForCountry({ db: testDb.db, viewer, countryCode: 'KZ' }).map(({ areaName, ...rest }) => [areaName, rest]));
    expect(brief(author)).toEqual({
      [energy.name]: { times: 2, startDate: '2024-05-05', meetingId: latest, meetingTitle: 'Energy dialogue' },
      [climate.name]: { times: 1, startDate: '2024-05-05', meetingId: latest, meetingTitle: 'Energy dialogue' },
    });
    expect(brief(manager)[climate.name]).toMatchObject({ times: 2, startDate: '2024-10-01', meetingTitle: 'Closed climate round' });

    meeting(author, { title: 'Culture accord', startDate: '2024-11-11', areas: `${culture.id}:agreed` });
    expect(brief(author)[culture.name]).toMatchObject({ times: 1, meetingTitle: 'Culture accord' });
  });

  it('lists the counterparts met most often in the country', () => {
    const often = createContact({
      db: testDb.db,
      actorId: author.id,
      input: {
        name: 'Often Met',
        title: null,
        organisationId: null,
        newOrganisationName: null,
        newOrganisationKind: undefined,
        countryCode: null,
        email: null,
        phone: null,
        alternativeNames: null,
      },
    });
    const once = createContact({
      db: testDb.db,
      actorId: author.id,
      input: {
        name: 'Once Met',
        title: null,
        organisationId: null,
        newOrganisationName: null,
        newOrganisationKind: undefined,
        countryCode: null,
        email: null,
        phone: null,
        alternativeNames: null,
      },
    });
    meeting(author, { startDate: '2024-01-01', contacts: [String(often.id), String(once.id)] });
    meeting(author, { startDate: '2024-02-01', contacts: String(often.id) });
    expect(keyContactsForCountry({ db: testDb.db, viewer: author, countryCode: 'KZ' }).map((c) => [c.name, c.meetings, c.lastMet])).toEqual([
      ['Often Met', 2, '2024-02-01'],
      ['Once Met', 1, '2024-01-01'],
    ]);
    meeting(author, { startDate: '2024-03-01', contacts: String(once.id) });
    meeting(author, { startDate: '2024-04-01', contacts: String(once.id) });
    expect(keyContactsForCountry({ db: testDb.db, viewer: author, countryCode: 'KZ' })[0]).toMatchObject({ name: 'Once Met', meetings: 3 });
  });

  it("shows the counterparts' and organisations' current names", () => {
    const input = {
      name: 'Aigerim Sadykova',
      title: null,
      organisationId: null,
      newOrganisationName: 'Ministry of Energy',
      newOrganisationKind: 'government' as const,
      countryCode: null,
      email: null,
      phone: null,
      alternativeNames: null,
    };
    const contact = createContact({ db: testDb.db, actorId: author.id, input });
    meeting(author, { contacts: String(contact.id) });
    const shown = () => keyContactsForCountry({ db: testDb.db, viewer: author, countryCode: 'KZ' }).map((c) => [c.name, c.organisationName]);
    expect(shown()).toEqual([['Aigerim Sadykova', 'Ministry of Energy']]);
    updateContact({
      db: testDb.db,
      actorId: author.id,
      id: contact.id,
      version: contact.version,
      input: { ...input, name: 'Aigerim Sadykova-Nurlanovna', organisationId: contact.organisationId, newOrganisationName: null },
    });
    expect(shown()).toEqual([['Aigerim Sadykova-Nurlanovna', 'Ministry of Energy']]);
    const organisation = getOrganisation({ db: testDb.db, id: contact.organisationId! });
    updateOrganisation({
      db: testDb.db,
      actorId: author.id,
      id: organisation.id,
      version: organisation.version,
      input: { name: 'Ministry of Energy and Mines', kind: 'government', countryCode: null },
    });
    expect(shown()).toEqual([['Aigerim Sadykova-Nurlanovna', 'Ministry of Energy and Mines']]);
  });

  it("gives a brief what is urgent first, counts the rest, and leaves out closed, other countries' and hidden follow-ups", () => {
    meeting(author, {}, [
      followUp('Due later', '2030-06-01'),
      followUp('Due soon', '2030-01-15'),
      followUp('Overdue recently', '2030-01-01'),
      followUp('Overdue long ago', '2029-01-01'),
      followUp('Undated', null),
      followUp('Belgian one', '2030-01-12', 'BE'),
      followUp('Done one', '2030-01-14'),
    ]);
    meeting(outsider, { confidentiality: 'restricted' }, [{ ...followUp('Hidden one', '2030-01-13'), ownerId: outsider.id }]);
    const brief = (viewer: Viewer) => briefFollowUps({ db: testDb.db, viewer, countryCode: 'KZ', today: '2030-01-10' });
    const done = brief(manager).dueSoon.rows.find((row) => row.title === 'Done one')!;
    changeFollowUpStatus({
      db: testDb.db,
      viewer: manager,
      id: done.id,
      version: getFollowUp({ db: testDb.db, viewer: manager, id: done.id }).version,
      status: 'done',
    });
    const parts = (viewer: Viewer) => {
      const { dueSoon, recentlyOverdue, ...counts } = brief(viewer);
      return { dueSoon: dueSoon.rows.map((row) => row.title), recentlyOverdue: recentlyOverdue.rows.map((row) => row.title), ...counts };
    };
    const seenByAll = { recentlyOverdue: ['Overdue recently'], longOverdue: 1, dueLater: 1, undated: 1 };
    expect(parts(author)).toEqual({ dueSoon: ['Due soon'], ...seenByAll });
    expect(parts(manager)).toEqual({ dueSoon: ['Hidden one', 'Due soon'], ...seenByAll });
    // The brief is marked for whoever sees a restricted record in it, and only for them.
    expect(briefIncludesRestricted({ db: testDb.db, viewer: author, countryCode: 'KZ' })).toBe(false);
    expect(briefIncludesRestricted({ db: testDb.db, viewer: manager, countryCode: 'KZ' })).toBe(true);
    expect(briefIncludesRestricted({ db: testDb.db, viewer: outsider, countryCode: 'KZ' })).toBe(true);
    expect(briefIncludesRestricted({ db: testDb.db, viewer: manager, countryCode: 'BE' })).toBe(false);
  });
});
