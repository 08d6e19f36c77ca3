import { describe, expect, it } from 'vitest';
import { commitmentSimilarity, formatSummary, nameSimilarity, organisationSimilarity, scoreReadout, summarise, titlesAlike } from './score';
import type { Counterpart, ReadoutJson } from './types';

type Meeting = ReadoutJson['meetings'][number];

function meeting(values: Partial<Meeting> = {}): Meeting {
  return { startDate: null, endDate: null, places: [], partnerCountries: [], counterparts: [], organisations: [], areas: [], followUps: [], ...values };
}
function readout(...meetings: Meeting[]): ReadoutJson {
  return { language: 'en', meetings };
}
function person(name: string, title: string | null = null, side: Counterpart['side'] = 'partner'): Counterpart {
  return { name, title, organisation: null, side };
}

describe('what counts as the same value', () => {
  it.each([
    ['Jeroen Kooreman', 'Jeroen Cooreman'],
    ['Vassilenko', 'Roman Vassilenko'],
    ['Roman Vasilenko', 'Roman Vassilenko'],
    ['Zoé Érpelding', 'Zoe Erpelding'],
    ['J. Kooreman', 'Jeroen Cooreman'],
  ])('"%s" is "%s"', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThan(0);
    expect(nameSimilarity(b, a)).toBeGreaterThan(0);
  });

  it.each([
    ['Roman Vassilenko', 'Anna Vassilenko'],
    ['Jeroen Kooreman', 'Jeroen Peeters'],
    ['', 'Jeroen Peeters'],
    ['Anna', 'A. Vassilenko'],
  ])('"%s" is not "%s"', (a, b) => {
    expect(nameSimilarity(a, b)).toBe(0);
  });

  it('ranks a full-name match above a surname match', () => {
    expect(nameSimilarity('Roman Vassilenko', 'Roman Vasilenko')).toBeGreaterThan(nameSimilarity('Vassilenko', 'Roman Vasilenko'));
  });

  it('compares titles on content words, accents folded, function words of five languages dropped', () => {
    expect(titlesAlike('Deputy Minister of Foreign Affairs', 'Deputy Minister for Foreign Affairs')).toBe(true);
    expect(titlesAlike('directeur des relations extérieures', 'Directeur Relations Exterieures')).toBe(true);
    expect(titlesAlike('Minister van Buitenlandse Zaken', 'minister voor Buitenlandse Zaken')).toBe(true);
    // {deputy, minister, foreign, affairs} against {minister}: 1/4.
    expect(titlesAlike('Deputy Minister of Foreign Affairs', 'Minister')).toBe(false);
    // {deputy, minister} against {deputy, minister, foreign, affairs}: exactly 0.5.
    expect(titlesAlike('Deputy Minister', 'Deputy Minister of Foreign Affairs')).toBe(true);
  });

  it('takes an organisation by its words or its acronym', () => {
    expect(organisationSimilarity('Chamber of Commerce of Luxembourg', 'Luxembourg Chamber of Commerce')).toBeGreaterThan(0);
    expect(organisationSimilarity('BECI', 'Brussels Enterprises Commerce and Industry')).toBeGreaterThan(0);
    expect(organisationSimilarity('Chambre de Commerce et d’Industrie', 'CCI')).toBeGreaterThan(0);
    expect(organisationSimilarity('Brussels Enterprises Commerce and Industry (BECI)', 'BECI')).toBeGreaterThan(0);
    // Two names of one well-known body, which share no word.
    expect(organisationSimilarity('Farnesina', 'Ministero degli Affari Esteri e della Cooperazione Internazionale')).toBe(1);
    expect(organisationSimilarity('AWEX', "Agence wallonne à l'exportation et aux investissements étrangers")).toBe(1);
    expect(organisationSimilarity('Farnesina', 'Ministero degli Affari Esteri del Vietnam')).toBe(0);
    // An acronym with small letters in it, given in brackets.
    expect(organisationSimilarity('Cc-Ti', "Camera di commercio, dell'industria, dell'artigianato e dei servizi del Cantone Ticino (Cc-Ti)")).toBeGreaterThan(
      0,
    );
    expect(organisationSimilarity('Cc-Ti', 'Camera di commercio del Cantone Ticino')).toBe(0);
    expect(organisationSimilarity('Ministry of Foreign Affairs', 'MFA')).toBeGreaterThan(0);
    expect(organisationSimilarity('Ministry of Foreign Affairs', 'Ministry of Finance')).toBe(0);
    // Two long names with the same initials are not thereby the same body.
    expect(organisationSimilarity('Ministry of Foreign Affairs', 'Ministry of Fisheries and Agriculture')).toBe(0);
  });

  it('takes a commitment only when the shared words cover half of each', () => {
    // {organise, business, forum, antwerp} and {organise, business, forum}: 3/4 and 3/3.
    expect(commitmentSimilarity('organise a business forum in Antwerp', 'organise a business forum')).toBeGreaterThan(0);
    // {set, up, working, group} and {set, up, joint, working, group, energy, transition}: 4/4 but 4/7.
    expect(commitmentSimilarity('set up a working group', 'set up a joint working group on the energy transition')).toBeGreaterThan(0);
    // A fragment: {forum} against {organise, business, forum, antwerp} is 1/4.
    expect(commitmentSimilarity('forum', 'organise a business forum in Antwerp')).toBe(0);
    // A run-on: the gold words are all there, but they are 3/8 of the proposal.
    expect(commitmentSimilarity('organise a business forum and send experts to review the port plans', 'organise a business forum')).toBe(0);
  });
});

describe('scoreReadout', () => {
  it('counts a perfect proposal as all found', () => {
    const gold = readout(
      meeting({
        startDate: '2024-03-12',
        endDate: '2024-03-13',
        places: [{ city: 'Astana', country: 'KZ' }],
        partnerCountries: ['KZ'],
        counterparts: [person('Roman Vassilenko', 'Deputy Minister of Foreign Affairs'), person('Anne Dupont', null, 'ours')],
        organisations: ['Ministry of Foreign Affairs'],
        areas: ['Trade'],
        followUps: [{ text: 'organise a business forum in Antwerp', committedBy: 'joint', dueDate: null }],
      }),
    );
    const { counts } = scoreReadout(gold, gold);
    expect(counts.dates).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(counts.counterparts).toEqual({ tp: 2, fp: 0, fn: 0 });
    // Anne Dupont has no title: nothing to find.
    expect(counts.titles).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.sides).toEqual({ tp: 2, fp: 0, fn: 0 });
    for (const field of ['meetings', 'places', 'partnerCountries', 'organisations', 'areas', 'commitments', 'whoCommitted'] as const) {
      expect(counts[field]).toEqual({ tp: 1, fp: 0, fn: 0 });
    }
  });

  it('aligns meetings by people, day and bodies, not by order', () => {
    const gold = readout(
      meeting({ startDate: '2024-03-12', counterparts: [person('Roman Vassilenko')], partnerCountries: ['KZ'] }),
      meeting({ startDate: '2024-03-13', organisations: ['Kazakh Invest'], partnerCountries: ['KZ'] }),
    );
    const predicted = readout(
      meeting({ startDate: '2024-03-13', organisations: ['Kazakh Invest'], partnerCountries: ['KZ'] }),
      meeting({ startDate: '2024-03-12', counterparts: [person('Vasilenko')], partnerCountries: ['KZ'] }),
    );
    const score = scoreReadout(predicted, gold);
    expect(score.meetingPairs).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(score.counts.dates).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(score.counts.partnerCountries).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('tells apart the same person met on two days by the day', () => {
    const gold = readout(
      meeting({ startDate: '2024-03-12', counterparts: [person('Roman Vassilenko')], areas: ['Trade'] }),
      meeting({ startDate: '2024-03-14', counterparts: [person('Roman Vassilenko')], areas: ['Tourism'] }),
    );
    const predicted = readout(
      meeting({ startDate: '2024-03-14', counterparts: [person('Roman Vassilenko')], areas: ['Tourism'] }),
      meeting({ startDate: '2024-03-12', counterparts: [person('Roman Vassilenko')], areas: ['Trade'] }),
    );
    expect(scoreReadout(predicted, gold).counts.areas).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('counts every value of an unaligned meeting as wrong or missed', () => {
    const gold = readout(meeting({ startDate: '2024-03-12', counterparts: [person('Roman Vassilenko', 'Deputy Minister')], areas: ['Trade'] }));
    const predicted = readout(
      meeting({ startDate: '2024-03-12', counterparts: [person('Roman Vassilenko', 'Deputy Minister')], areas: ['Trade'] }),
      meeting({
        startDate: '2024-03-20',
        endDate: '2024-03-21',
        counterparts: [person('Aigerim Nurpeisova', 'Chair')],
        organisations: ['Kazakh Invest'],
        areas: ['Health'],
      }),
    );
    const { counts } = scoreReadout(predicted, gold);
    expect(counts.meetings).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(counts.dates).toEqual({ tp: 1, fp: 2, fn: 0 });
    expect(counts.counterparts).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(counts.titles).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(counts.organisations).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(counts.areas).toEqual({ tp: 1, fp: 1, fn: 0 });

    // The other way round, the gold meeting nothing aligns with is all missed.
    expect(scoreReadout(readout(), gold).counts).toMatchObject({
      meetings: { tp: 0, fp: 0, fn: 1 },
      dates: { tp: 0, fp: 0, fn: 1 },
      titles: { tp: 0, fp: 0, fn: 1 },
      areas: { tp: 0, fp: 0, fn: 1 },
    });
  });

  it('counts a wrong value as both a false positive and a miss, a missing one as a miss', () => {
    const gold = readout(
      meeting({
        startDate: '2024-03-12',
        endDate: null,
        places: [{ city: 'Liège', country: 'BE' }],
        counterparts: [person('Roman Vassilenko', 'Deputy Minister of Foreign Affairs')],
      }),
    );
    const predicted = readout(
      meeting({
        startDate: '2024-03-12',
        endDate: '2024-03-13',
        places: [
          { city: 'Liege', country: 'BE' },
          { city: 'Brussels', country: 'BE' },
        ],
        counterparts: [person('Roman Vassilenko', 'Ambassador')],
      }),
    );
    const { counts } = scoreReadout(predicted, gold);
    expect(counts.dates).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(counts.places).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(counts.titles).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scoreReadout(readout(meeting({ startDate: '2024-03-12', counterparts: [person('Roman Vassilenko')] })), gold).counts.titles).toEqual({
      tp: 0,
      fp: 0,
      fn: 1,
    });
  });

  it('counts who committed only for commitments found, and pairs commitments one to one', () => {
    const gold = readout(
      meeting({
        startDate: '2024-03-12',
        followUps: [
          { text: 'organise a business forum in Antwerp', committedBy: 'joint', dueDate: null },
          { text: 'send the draft memorandum', committedBy: 'ours', dueDate: '2024-04-30' },
          { text: 'visit the port of Aktau', committedBy: 'partner', dueDate: null },
        ],
      }),
    );
    const predicted = readout(
      meeting({
        startDate: '2024-03-12',
        followUps: [
          { text: 'organise a business forum', committedBy: 'joint', dueDate: null },
          // Alike the first gold commitment too, but that one is taken.
          { text: 'organise a forum in Antwerp', committedBy: 'joint', dueDate: null },
          { text: 'will send the draft memorandum by 30 April', committedBy: 'partner', dueDate: null },
        ],
      }),
    );
    const { counts } = scoreReadout(predicted, gold);
    expect(counts.commitments).toEqual({ tp: 2, fp: 1, fn: 1 });
    // Forum: right side. Memorandum: found, wrong side. The extra and the missed one count too.
    expect(counts.whoCommitted).toEqual({ tp: 1, fp: 2, fn: 2 });
  });

  it('counts sides among the people found', () => {
    const gold = readout(meeting({ counterparts: [person('Anne Dupont', null, 'ours'), person('Roman Vassilenko')] }));
    const predicted = readout(meeting({ counterparts: [person('Anne Dupont', null, 'partner'), person('Roman Vassilenko'), person('Jeroen Peeters')] }));
    expect(scoreReadout(predicted, gold).counts.sides).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('summarise', () => {
  it('micro-averages per language and overall', () => {
    const gold = readout(meeting({ startDate: '2024-03-12', endDate: '2024-03-13', areas: ['Trade'] }));
    const english = scoreReadout(readout(meeting({ startDate: '2024-03-12', areas: ['Trade'] })), gold);
    const french = scoreReadout(
      { language: 'fr', meetings: [meeting({ startDate: '2024-03-12', endDate: '2024-03-13', areas: ['Health'] })] },
      { ...gold, language: 'fr' },
    );
    const summary = summarise([english, english, french]);
    expect(summary.columns).toEqual(['en', 'fr', 'overall']);
    expect(summary.readouts).toEqual({ en: 2, fr: 1, overall: 3 });
    expect(summary.meetings.overall).toEqual({ gold: 3, predicted: 3 });
    expect(summary.fields.dates.en).toMatchObject({ tp: 2, fp: 0, fn: 2, precision: 1, recall: 0.5 });
    expect(summary.fields.dates.overall).toMatchObject({ tp: 4, fp: 0, fn: 2, recall: 4 / 6 });
    expect(summary.fields.dates.overall!.f1).toBeCloseTo(0.8);
    // Nothing proposed and nothing to find: no score, rather than a perfect one.
    expect(summary.fields.titles.overall).toMatchObject({ precision: null, recall: null, f1: null });
    expect(formatSummary(summary)).toMatch(/^dates\s+1\.00 0\.50 0\.67\s+1\.00 1\.00 1\.00\s+1\.00 0\.67 0\.80$/m);
  });
});
