import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContact } from '../db/contacts';
import { createOrganisation } from '../db/organisations';
import { missionToday, updateMissionSettings } from '../db/settings';
import { createStaff, createTestDatabase } from '../db/test-database';
import type { Viewer } from '../lib/policy';
import { Forbidden, RuleViolation } from '../lib/errors';
import type { ReadoutContext, ReadoutDraft } from '../lib/readouts/types';
import { NO_MEETING_NOTICE, proposeFromReadout, READER_FAILED_MESSAGE } from './readouts';

let testDb: ReturnType<typeof createTestDatabase>;
let officer: Viewer;
let admin: Viewer;

beforeEach(() => {
  testDb = createTestDatabase();
  ({ admin, officer } = createStaff(testDb.db, { officer: 'officer', 'Anne Dupont': 'officer' }));
  updateMissionSettings({ db: testDb.db, actorId: admin.id, version: 0, ourCountryCode: 'BE' });
});
afterEach(() => testDb.close());

function contact(name: string, alternativeNames: string | null = null) {
  return createContact({
    db: testDb.db,
    actorId: officer.id,
    input: {
      name,
      title: 'Partner',
      organisationId: null,
      newOrganisationName: null,
      newOrganisationKind: undefined,
      countryCode: 'LU',
      email: null,
      phone: null,
      alternativeNames,
    },
  });
}

const text = 'The Ambassador and Anne Dupont met Geert Kooreman, Max Kremer and Yves Cruchten of the Chambre de Comerce de Luxembourg.';
const span = (words: string) => [{ start: text.indexOf(words), end: text.indexOf(words) + words.length }];

/** A reader that proposes one meeting, and records the context it was given. */
function fakeReader(seen: ReadoutContext[] = []) {
  return (input: string, context: ReadoutContext): ReadoutDraft => {
    seen.push(context);
    return {
      text: input,
      language: 'en',
      published: context.published ?? null,
      notices: [],
      meetings: [
        {
          title: 'Meeting with the Chamber',
          span: { start: 0, end: input.length },
          startDate: { value: '2022-06-09', spans: [] },
          endDate: null,
          places: [],
          partnerCountries: [{ value: 'LU', spans: [] }],
          counterparts: [
            { value: { name: 'Anne Dupont', title: null, organisation: null, side: 'ours' }, spans: span('Anne Dupont') },
            {
              value: { name: 'Geert Kooreman', title: null, organisation: 'Chambre de Comerce de Luxembourg', side: 'partner' },
              spans: span('Geert Kooreman'),
            },
            { value: { name: 'Max Kremer', title: null, organisation: null, side: 'partner' }, spans: span('Max Kremer') },
            { value: { name: 'Yves Cruchten', title: null, organisation: null, side: 'partner' }, spans: span('Yves Cruchten') },
          ],
          organisations: [{ value: 'Chambre de Comerce de Luxembourg', spans: span('Chambre de Comerce de Luxembourg') }],
          areas: [
            { value: { name: 'Trade', outcome: 'agreed' }, spans: [] },
            { value: { name: 'Not an area of ours', outcome: 'discussed' }, spans: [] },
          ],
          followUps: [],
        },
      ],
    };
  };
}

describe('proposing meetings from a readout', () => {
  it('reads with the mission’s country, areas and staff, and the publication date', () => {
    const seen: ReadoutContext[] = [];
    proposeFromReadout({ db: testDb.db, viewer: officer, text, published: '2022-06-12', read: fakeReader(seen) });
    expect(seen[0]).toMatchObject({ ourCountry: 'BE', published: '2022-06-12' });
    expect(seen[0]!.areas).toContain('Trade');
    expect(seen[0]!.ourStaff).toEqual(expect.arrayContaining(['Ada', 'officer', 'Anne Dupont']));
    // The day at the mission, from the same rule the rest of the app uses.
    expect(seen[0]!.today).toBe(missionToday({ db: testDb.db }));
  });

  it('matches counterparts to existing contacts by any spelling, colleagues on our side, organisations and areas to the lists — creating nothing', () => {
    const cooreman = contact('Geert Cooreman');
    const kremer = contact('Max Kremer');
    contact('Marc Cruchten');
    const chamber = createOrganisation({
      db: testDb.db,
      actorId: officer.id,
      input: { name: 'Chambre de Commerce de Luxembourg', kind: 'business-association', countryCode: 'LU' },
    });
    const contactsBefore = testDb.sqlite.prepare('select count(*) as n from contacts').get();

    const { matches, draft } = proposeFromReadout({ db: testDb.db, viewer: officer, text, published: null, read: fakeReader() });
    const [meeting] = matches;
    const [dupont, kooreman, kremerMatch, cruchten] = meeting!.counterparts;
    expect(dupont!.colleagueId).toBeGreaterThan(0);
    expect(kooreman!.candidates[0]).toMatchObject({ id: cooreman.id, name: 'Geert Cooreman', spellingDiffers: true });
    expect(kooreman!.organisation).toEqual({ id: chamber.id, name: 'Chambre de Commerce de Luxembourg', spellingDiffers: true });
    expect(kremerMatch!.candidates).toEqual([{ id: kremer.id, name: 'Max Kremer', title: 'Partner', organisationName: null, spellingDiffers: false }]);
    // Another Cruchten is not Yves: offered as new.
    expect(cruchten!.candidates).toEqual([]);
    expect(meeting!.organisations).toEqual([{ id: chamber.id, name: 'Chambre de Commerce de Luxembourg', spellingDiffers: true }]);
    expect(meeting!.areaIds[0]).toBeGreaterThan(0);
    expect(meeting!.areaIds[1]).toBeNull();
    expect(draft.meetings).toHaveLength(1);
    expect(testDb.sqlite.prepare('select count(*) as n from contacts').get()).toEqual(contactsBefore);
  });

  it('finds a contact recorded under another spelling', () => {
    const known = contact('Maximilian Kremer-Schmit', 'Max Kremer');
    const { matches } = proposeFromReadout({ db: testDb.db, viewer: officer, text, published: null, read: fakeReader() });
    expect(matches[0]!.counterparts[2]!.candidates[0]).toMatchObject({ id: known.id, spellingDiffers: false });
  });

  it('says when no meeting was found, and when characters were cleaned', () => {
    const empty = (input: string): ReadoutDraft => ({
      text: input,
      language: null,
      published: null,
      notices: ['This text seems to be in Spanish, which is not read yet.'],
      meetings: [],
    });
    const { notices } = proposeFromReadout({ db: testDb.db, viewer: officer, text: 'Hola', published: null, removedCharacters: 3, read: empty });
    expect(notices).toEqual([
      'This text seems to be in Spanish, which is not read yet.',
      '3 control characters were removed from the text before reading it.',
      NO_MEETING_NOTICE,
    ]);
  });

  it('turns a reader’s failure into a message, and drops what points outside the text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = () => {
      throw new TypeError('undefined is not a function');
    };
    expect(() => proposeFromReadout({ db: testDb.db, viewer: officer, text, published: null, read: broken })).toThrow(new RuleViolation(READER_FAILED_MESSAGE));
    expect(warn).toHaveBeenCalled();

    const sloppy = (input: string): ReadoutDraft => {
      const draft = fakeReader()(input, { ourCountry: null, areas: [] });
      draft.meetings[0]!.counterparts[1]!.spans = [
        { start: 5, end: 10_000 },
        { start: 4, end: 9 },
      ];
      draft.meetings[0]!.span = { start: -1, end: 3 };
      return draft;
    };
    const { draft } = proposeFromReadout({ db: testDb.db, viewer: officer, text, published: null, read: sloppy });
    expect(draft.meetings[0]!.counterparts[1]!.spans).toEqual([{ start: 4, end: 9 }]);
    expect(draft.meetings[0]!.span).toEqual({ start: 0, end: text.length });
  });

  it('is for those who may log a meeting', () => {
    expect(() => proposeFromReadout({ db: testDb.db, viewer: { ...officer, active: false }, text, published: null, read: fakeReader() })).toThrow(Forbidden);
  });
});
