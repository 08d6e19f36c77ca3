import { describe, expect, it } from 'vitest';
import type { ProposedMeeting } from '@/lib/readouts/types';
import type { ReadoutProposal } from '@/server/readouts';
import {
  blankMeeting,
  evidenceText,
  highlightSegments,
  identityFor,
  meetingDay,
  reviewEvidence,
  shorten,
  startReview,
  toMeetingFormValues,
} from './review-model';

const text =
  'Luxembourg, 10 June 2022. The Ambassador met Max Kremer, partner at Arendt & Medernach, on 9 June in Luxembourg. They agreed on transport.\n' +
  'Later the Ambassador and Anne Dupont met the Chief of Protocol, Beatrice Kirsch, in Cruchten.';
const at = (words: string, from = 0) => {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return [{ start, end: start + words.length }];
};

const first: ProposedMeeting = {
  title: 'Meeting with Arendt & Medernach',
  span: { start: 0, end: text.indexOf('\n') },
  startDate: { value: '2022-06-09', spans: at('9 June') },
  endDate: { value: '2022-06-09', spans: at('9 June') },
  places: [{ value: { city: 'Luxembourg', country: 'lu' }, spans: at('in Luxembourg') }],
  partnerCountries: [
    { value: 'LU', spans: at('Luxembourg') },
    { value: 'Atlantis', spans: [] },
  ],
  counterparts: [{ value: { name: 'Max Kremer', title: 'partner', organisation: 'Arendt & Medernach', side: 'partner' }, spans: at('Max Kremer') }],
  organisations: [{ value: 'Arendt & Medernach', spans: at('Arendt & Medernach') }],
  areas: [
    { value: { name: 'Transport and logistics', outcome: 'discussed' }, spans: at('transport') },
    { value: { name: 'Transport and logistics', outcome: 'agreed' }, spans: at('agreed on transport') },
    { value: { name: 'Space mining', outcome: 'agreed' }, spans: [] },
  ],
  followUps: [{ value: { text: 'organise a business mission', committedBy: 'partner', dueDate: '2022-12-31' }, spans: [] }],
};

const second: ProposedMeeting = {
  title: 'Meeting with the Chief of Protocol',
  span: { start: text.indexOf('Later'), end: text.length },
  startDate: null,
  endDate: null,
  places: [{ value: { city: 'Cruchten', country: 'LU' }, spans: at('Cruchten') }],
  partnerCountries: [],
  counterparts: [
    { value: { name: 'Anne Dupont', title: null, organisation: null, side: 'ours' }, spans: at('Anne Dupont') },
    {
      value: { name: 'Beatrice Kirsch', title: 'Chief of Protocol', organisation: 'Ministry of Foreign Affairs', side: 'partner' },
      spans: at('Beatrice Kirsch'),
    },
  ],
  organisations: [],
  areas: [],
  followUps: [{ value: { text: 'send the programme of the state visit', committedBy: 'ours', dueDate: null }, spans: [] }],
};

const proposal: ReadoutProposal = {
  draft: { text, language: 'en', published: '2022-06-10', notices: ['A date was completed with the publication year.'], meetings: [first, second] },
  matches: [
    {
      counterparts: [
        {
          candidates: [{ id: 41, name: 'Max Kremer', title: 'Partner', organisationName: 'Arendt & Medernach SA', spellingDiffers: false }],
          colleagueId: null,
          organisation: { id: 7, name: 'Arendt & Medernach SA', spellingDiffers: true },
        },
      ],
      organisations: [{ id: 7, name: 'Arendt & Medernach SA', spellingDiffers: true }],
      areaIds: [3, 3, null],
    },
    {
      counterparts: [
        { candidates: [], colleagueId: 12, organisation: null },
        { candidates: [], colleagueId: null, organisation: { id: 9, name: 'Ministry of Foreign Affairs', spellingDiffers: false } },
      ],
      organisations: [],
      areaIds: [],
    },
  ],
  notices: ['A date was completed with the publication year.'],
};

const context = { text, published: '2022-06-10', today: '2026-12-06', me: 5, ourCountry: 'BE' };

describe('starting a review', () => {
  const review = startReview(proposal);

  it('accepts every proposed value with the words it came from', () => {
    expect(review.meetings.map((meeting) => meeting.create)).toEqual([true, true]);
    const [meeting] = review.meetings;
    expect(meeting!.startDate).toMatchObject({ value: '2022-06-09', spans: at('9 June') });
    expect(meeting!.places[0]!.value).toEqual({ city: 'Luxembourg', countryCode: 'LU' });
    expect(text.slice(meeting!.counterparts[0]!.spans[0]!.start, meeting!.counterparts[0]!.spans[0]!.end)).toBe('Max Kremer');
  });

  it('keeps countries the form knows, an end date only when it is another day, and calls a meeting over days a visit', () => {
    const [meeting] = review.meetings;
    expect(meeting!.countries.map((country) => country.value)).toEqual(['LU']);
    expect(meeting!.endDate).toBeNull();
    expect(meeting!.kind).toBe('business-meeting');
    const visit = startReview({ ...proposal, draft: { ...proposal.draft, meetings: [{ ...first, endDate: { value: '2022-06-10', spans: [] } }] } });
    expect(visit.meetings[0]!.kind).toBe('visit');
  });

  it('proposes the matched contact, a colleague for our side, and someone new otherwise', () => {
    expect(review.meetings[0]!.counterparts[0]!.value.identity).toEqual({ kind: 'contact', contactId: 41 });
    expect(review.meetings[1]!.counterparts.map((person) => person.value.identity)).toEqual([{ kind: 'colleague', userId: 12 }, { kind: 'new' }]);
  });

  it('records no one for one of ours who is not a colleague, and follows a change of side', () => {
    const person = { colleagueId: null, candidates: [], identity: { kind: 'new' } as const };
    expect(identityFor(person, 'ours')).toEqual({ kind: 'none' });
    expect(identityFor({ ...person, identity: { kind: 'none' } }, 'partner')).toEqual({ kind: 'new' });
    const known = {
      colleagueId: 12,
      candidates: [{ id: 41, name: 'Anne Dupont', title: null, organisationName: null, spellingDiffers: false }],
      identity: { kind: 'colleague', userId: 12 } as const,
    };
    expect(identityFor(known, 'partner')).toEqual({ kind: 'contact', contactId: 41 });
    expect(identityFor({ ...known, identity: { kind: 'contact', contactId: 41 } }, 'ours')).toEqual({ kind: 'colleague', userId: 12 });
    const meeting = startReview(proposal).meetings[1]!;
    const ambassador = {
      ...meeting.counterparts[1]!,
      value: { ...meeting.counterparts[1]!.value, side: 'ours' as const, identity: { kind: 'none' as const } },
    };
    expect(toMeetingFormValues({ ...meeting, counterparts: [ambassador] }, context)).toMatchObject({ attendees: [5], contacts: [], proposedContacts: [] });
  });
});

describe('a reviewed meeting as the meeting form’s values', () => {
  it('carries every accepted value, the meeting’s part of the text as its summary and the whole text as its source', () => {
    const values = toMeetingFormValues(startReview(proposal).meetings[0]!, context);
    expect(values).toMatchObject({
      title: 'Meeting with Arendt & Medernach',
      kind: 'business-meeting',
      startDate: '2022-06-09',
      endDate: '',
      places: [{ city: 'Luxembourg', countryCode: 'LU' }],
      countries: ['LU'],
      attendees: [5],
      contacts: [{ id: 41, name: 'Max Kremer', title: 'Partner', organisationName: 'Arendt & Medernach SA' }],
      // Agreed outweighs discussed; an area the list lacks is left out.
      areas: { 3: 'agreed' },
      summary: text.slice(0, text.indexOf('\n')),
      outcome: '',
      confidentiality: 'normal',
      followUps: [{ title: 'organise a business mission', committedBy: 'partner', ownerId: '', dueDate: '2022-12-31', countryCode: 'LU' }],
      sourceText: text,
      proposedContacts: [],
    });
    expect(values.places[0]!.key).toMatch(/\w+/);
  });

  it('makes our colleagues attendees and offers the people not in the contacts, never adding them', () => {
    const values = toMeetingFormValues(startReview(proposal).meetings[1]!, context);
    expect(values.attendees).toEqual([5, 12]);
    expect(values.contacts).toEqual([]);
    expect(values.proposedContacts).toEqual([
      { name: 'Beatrice Kirsch', title: 'Chief of Protocol', organisation: 'Ministry of Foreign Affairs', organisationId: 9 },
    ]);
    // The partner country follows the places, ours aside; our commitment is the author's to start with.
    expect(values.countries).toEqual(['LU']);
    expect(values.followUps).toMatchObject([{ committedBy: 'ours', ownerId: '5', countryCode: 'LU' }]);
  });

  it('keeps what the officer changed and leaves out what they removed', () => {
    const meeting = startReview(proposal).meetings[1]!;
    const [dupont, kirsch] = meeting.counterparts;
    const edited = {
      ...meeting,
      title: 'Courtesy call on the Chief of Protocol',
      counterparts: [{ ...kirsch!, value: { ...kirsch!.value, name: 'Béatrice Kirsch', organisation: 'Protocol Department', organisationMatch: null } }],
      places: [],
      countries: [{ key: 'x', value: 'LU', spans: [] }],
      startDate: { key: 'y', value: '2022-06-08', spans: [] },
    };
    expect(dupont).toBeDefined();
    const values = toMeetingFormValues(edited, context);
    expect(values).toMatchObject({ title: 'Courtesy call on the Chief of Protocol', startDate: '2022-06-08', places: [], attendees: [5] });
    expect(values.proposedContacts).toEqual([
      { name: 'Béatrice Kirsch', title: 'Chief of Protocol', organisation: 'Protocol Department', organisationId: null },
    ]);
  });

  it('starts an undated meeting on the publication day, else today, and says which', () => {
    const undated = startReview(proposal).meetings[1]!;
    expect(meetingDay(undated, { published: '2022-06-10', today: '2026-12-06' })).toEqual({ date: '2022-06-10', guessed: 'published' });
    expect(meetingDay(undated, { published: null, today: '2026-12-06' })).toEqual({ date: '2026-12-06', guessed: 'today' });
    expect(toMeetingFormValues(undated, { ...context, published: null }).startDate).toBe('2026-12-06');
  });

  it('fits the form’s limits: a long title or commitment is cut at a word', () => {
    const long = 'word '.repeat(60).trim();
    const values = toMeetingFormValues({ ...blankMeeting(text), title: long }, context);
    expect(values.title.length).toBeLessThanOrEqual(200);
    expect(values.title.endsWith('word…')).toBe(true);
    expect(values.summary).toBe(text);
    expect(shorten('short', 200)).toBe('short');
  });
});

describe('the text with its evidence marked', () => {
  it('cuts the text where spans start and end, merges overlaps, and marks the value in focus above the rest', () => {
    expect(
      highlightSegments(
        20,
        [
          { start: 2, end: 5 },
          { start: 4, end: 8 },
          { start: 12, end: 15 },
        ],
        [{ start: 12, end: 15 }],
      ),
    ).toEqual([
      { start: 0, end: 2, mark: 'none' },
      { start: 2, end: 8, mark: 'evidence' },
      { start: 8, end: 12, mark: 'none' },
      { start: 12, end: 15, mark: 'active' },
      { start: 15, end: 20, mark: 'none' },
    ]);
  });

  it('ignores empty spans and clamps those past the end', () => {
    expect(
      highlightSegments(
        10,
        [
          { start: 3, end: 3 },
          { start: 8, end: 30 },
        ],
        [],
      ),
    ).toEqual([
      { start: 0, end: 8, mark: 'none' },
      { start: 8, end: 10, mark: 'evidence' },
    ]);
    expect(highlightSegments(0, [], [])).toEqual([]);
  });

  it('marks only the values still in the review, and quotes a value’s words', () => {
    const review = startReview(proposal);
    const meeting = review.meetings[0]!;
    expect(reviewEvidence([meeting])).toContainEqual(at('Max Kremer')[0]);
    expect(reviewEvidence([{ ...meeting, counterparts: [] }])).not.toContainEqual(at('Max Kremer')[0]);
    expect(evidenceText(text, [...at('Max Kremer'), ...at('in Luxembourg')])).toBe('Max Kremer … in Luxembourg');
  });
});
