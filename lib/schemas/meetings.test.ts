import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contactSchema, editMeetingSchema, meetingSchema, parseMeetingFilters } from './meetings';

const valid = {
  title: 'Chambers meet in Brussels',
  kind: 'business-meeting',
  startDate: '2024-06-24',
  endDate: '2024-06-25',
  placeCity: ['Brussels', 'Luxembourg'],
  placeCountry: ['BE', 'lu'],
  countries: ['XK', 'BE'],
  attendees: ['3'],
  contacts: ['5', '6', '5'],
  areas: ['1:agreed', '2:discussed'],
  summary: '  Both chambers want a digital package.  ',
  outcome: '',
  confidentiality: 'normal',
};

const errorsOf = (input: unknown) => {
  const result = meetingSchema.safeParse(input);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
};

describe('meetingSchema', () => {
  it('parses a two-day, two-city visit into places, de-duplicated links and area outcomes', () => {
    const meeting = meetingSchema.parse(valid);
    expect(meeting.places).toEqual([
      { city: 'Brussels', countryCode: 'BE' },
      { city: 'Luxembourg', countryCode: 'LU' },
    ]);
    expect(meeting.contacts).toEqual([5, 6]);
    expect(meeting.areas).toEqual([
      { areaId: 1, outcome: 'agreed' },
      { areaId: 2, outcome: 'discussed' },
    ]);
    expect(meeting.summary).toBe('Both chambers want a digital package.');
    expect(meeting.outcome).toBeNull();
  });

  it('accepts single values as well as lists (one checkbox ticked)', () => {
    expect(meetingSchema.parse({ ...valid, countries: 'BE', placeCity: 'Brussels', placeCountry: 'BE' }).countries).toEqual(['BE']);
  });

  it('gives a message for each bad field', () => {
    expect(errorsOf({ ...valid, startDate: '2024-02-30' }).startDate).toEqual(['Date is not a real date.']);
    expect(errorsOf({ ...valid, startDate: '3024-01-01', endDate: '' }).startDate).toEqual(['Date must be between 1945 and 2099.']);
    expect(errorsOf({ ...valid, startDate: 'yesterday' }).startDate).toEqual(['Date must be a date like 2024-06-24.']);
    expect(errorsOf({ ...valid, endDate: '2024-06-01' }).endDate).toEqual(['The end date cannot be before the start date.']);
    expect(errorsOf({ ...valid, countries: [] }).countries).toEqual(['Choose at least one partner country.']);
    expect(errorsOf({ ...valid, countries: ['ZZ'] }).countries).toEqual(['Choose a country from the list.']);
    expect(errorsOf({ ...valid, kind: 'party' }).kind).toEqual(['Choose the kind of meeting.']);
    expect(errorsOf({ ...valid, title: '' }).title).toEqual(['Title is required.']);
    expect(errorsOf({ ...valid, summary: 'x'.repeat(20_001) }).summary).toEqual(['Summary must be at most 20,000 characters.']);
    expect(errorsOf({ ...valid, areas: ['1:agreed', '1:discussed'] }).areas).toEqual(['Each cooperation area can be chosen once.']);
    expect(errorsOf({ ...valid, areas: ['1:maybe'] }).areas).toEqual(['Choose discussed or agreed for each area.']);
  });

  it('reports every problem at once, not one per submit', () => {
    expect(Object.keys(errorsOf({ ...valid, title: '', countries: [], placeCity: [''], placeCountry: [''] })).sort()).toEqual(['countries', 'places', 'title']);
  });

  it('needs a city and a country for each place, and at least one place', () => {
    expect(errorsOf({ ...valid, placeCity: ['Brussels', 'Luxembourg'], placeCountry: ['BE', ''] }).places).toEqual(['Each place needs a city and a country.']);
    expect(errorsOf({ ...valid, placeCity: [''], placeCountry: [''] }).places).toEqual(['Add where the meeting took place.']);
    // The form keeps a spare row ready with its country preset: without a city it is no place.
    expect(errorsOf({ ...valid, placeCity: [''], placeCountry: ['LU'] }).places).toEqual(['Add where the meeting took place.']);
    expect(meetingSchema.parse({ ...valid, placeCity: ['Brussels', ''], placeCountry: ['BE', 'BE'] }).places).toEqual([
      { city: 'Brussels', countryCode: 'BE' },
    ]);
  });

  it('keeps RTL text, emoji and markup as plain text (rendered escaped)', () => {
    const meeting = meetingSchema.parse({ ...valid, title: 'لقاء مع الغرفة 🤝 <script>alert(1)</script>' });
    expect(meeting.title).toBe('لقاء مع الغرفة 🤝 <script>alert(1)</script>');
  });

  it('edit adds the id and the version read with the form', () => {
    const edit = editMeetingSchema.parse({ ...valid, meetingId: '12', version: '3' });
    expect(edit).toMatchObject({
      meetingId: 12,
      version: 3,
      title: valid.title,
      places: [
        { city: 'Brussels', countryCode: 'BE' },
        { city: 'Luxembourg', countryCode: 'LU' },
      ],
    });
    expect(editMeetingSchema.safeParse({ ...valid, meetingId: '12' }).success).toBe(false);
  });
});

describe('contactSchema', () => {
  const base = { name: 'Geert Cooreman', title: 'President', countryCode: 'be', email: '', phone: '+32 2 123 45 67' };
  it('normalises empty fields to null and country codes to upper case', () => {
    expect(contactSchema.parse(base)).toMatchObject({ name: 'Geert Cooreman', email: null, countryCode: 'BE', organisationId: null, phone: '+32 2 123 45 67' });
  });
  it('needs a kind for a new organisation, and not both an existing and a new one', () => {
    const missingKind = contactSchema.safeParse({ ...base, newOrganisationName: 'BECI' });
    expect(missingKind.success).toBe(false);
    const both = contactSchema.safeParse({ ...base, organisationId: '3', newOrganisationName: 'BECI', newOrganisationKind: 'business-association' });
    expect(both.success).toBe(false);
    expect(contactSchema.parse({ ...base, newOrganisationName: 'BECI', newOrganisationKind: 'business-association' }).newOrganisationKind).toBe(
      'business-association',
    );
  });
  it('refuses a malformed e-mail or phone', () => {
    expect(contactSchema.safeParse({ ...base, email: 'nope' }).success).toBe(false);
    expect(contactSchema.safeParse({ ...base, phone: 'call me' }).success).toBe(false);
  });
});

describe('parseMeetingFilters', () => {
  it('keeps valid filters and drops malformed ones instead of failing', () => {
    const { filters, sort } = parseMeetingFilters({
      q: ' Vasilenko ',
      country: 'kz',
      kind: 'nonsense',
      from: '2024-13-01',
      area: '4',
      attendee: 'x',
      sort: 'oldest',
    });
    expect(filters).toMatchObject({ query: 'Vasilenko', country: 'KZ', kind: undefined, from: undefined, areaId: 4, attendeeId: undefined });
    expect(sort).toBe('oldest');
  });
});

describe('places as parallel columns', () => {
  it('keeps a blank city in its row instead of shifting the next one up', () => {
    // Brussels without a country, and a country without a city: two half rows, not one whole place.
    const result = meetingSchema.safeParse({ ...valid, placeCity: ['Brussels', ''], placeCountry: ['', 'LU'] });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors.places).toEqual(['Each place needs a city and a country.']);
  });
});
