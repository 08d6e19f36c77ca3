import type { Faker } from '@faker-js/faker';

/**
 * The words of a generated mission: what an embassy's meetings, commitments, partners and
 * counterparts are called, so that a generated database reads like a mission's record (and
 * searching it behaves as on real titles), not like lorem ipsum.
 */
/** "Renewable and green energy" → "renewable and green energy"; "ICT and…" keeps its capitals. */
const inSentence = (area: string) => area.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase());

const portfolios = [
  'Foreign Affairs',
  'Economy',
  'Trade',
  'Energy',
  'Finance',
  'Health',
  'Education',
  'Culture',
  'Transport',
  'Agriculture',
  'Justice',
  'Defence',
  'the Interior',
  'Digital Affairs',
  'Environment',
  'Tourism',
];
const officials = [
  'the Minister of',
  'the Deputy Minister of',
  'the Secretary-General of the Ministry of',
  'the Director for Europe at the Ministry of',
  'the Chief of Staff of the Minister of',
];
const jobTitles = [
  'Minister',
  'Deputy Minister',
  'Secretary-General',
  'Director for Europe',
  'Head of Bilateral Relations',
  'Ambassador',
  'Chief Executive',
  'Head of International Affairs',
  'Policy Adviser',
  'Member of Parliament',
  'Chair of the Foreign Affairs Committee',
  'Rector',
  'Director',
  'Head of Unit',
  'Trade Commissioner',
  'Country Manager',
  'Spokesperson',
  'President',
];
const events = [
  'National Day reception',
  'trade fair',
  'business forum',
  'diaspora gathering',
  'film festival opening',
  'investment conference',
  'alumni reception',
  'cultural evening',
];
const sites = ['port', 'industrial zone', 'university campus', 'research centre', 'wind farm', 'free-trade zone', 'hospital', 'innovation hub'];
const actions = [
  'Send the draft text on',
  'Share the list of companies interested in',
  'Propose dates for a ministerial visit on',
  'Prepare a briefing note on',
  'Arrange a follow-up call on',
  'Invite the delegation to the conference on',
  'Confirm the working group on',
  'Circulate the minutes of the talks on',
  'Answer the request for information on',
  'Put forward experts for the exchange on',
  'Report to headquarters on',
];

export function organisationName(faker: Faker, kind: string, city: string): string {
  switch (kind) {
    case 'government':
      return `Ministry of ${faker.helpers.arrayElement(portfolios)}`;
    case 'parliament':
      return (
        faker.helpers.arrayElement(['National Assembly', 'Senate', 'Parliament']) +
        ` — ${faker.helpers.arrayElement(['Foreign Affairs', 'Economic Affairs', 'European Affairs'])} Committee`
      );
    case 'business-association':
      return `Chamber of Commerce and Industry of ${city}`;
    case 'university':
      return faker.helpers.arrayElement([`University of ${city}`, `${city} Institute of Technology`, `${city} School of Economics`]);
    case 'international-organisation':
      return faker.helpers.arrayElement([
        'Regional Development Bank',
        'UN Development Programme country office',
        'World Bank country office',
        'International Organization for Migration office',
      ]);
    case 'ngo':
      return `${faker.person.lastName()} Foundation`;
    case 'media':
      return `${city} ${faker.helpers.arrayElement(['Daily', 'Herald', 'Broadcasting Corporation', 'Business Review'])}`;
    default:
      return faker.company.name();
  }
}

export const contactTitle = (faker: Faker) => faker.helpers.arrayElement(jobTitles);

/** A meeting's title in the words an officer would use for its kind, about its main area. */
export function meetingTitle(faker: Faker, kind: string, area: string, city: string): string {
  const topic = inSentence(area);
  switch (kind) {
    case 'political-consultation':
      return `Political consultations on ${topic}`;
    case 'courtesy-call':
      return `Courtesy call on ${faker.helpers.arrayElement(officials)} ${faker.helpers.arrayElement(portfolios)}`;
    case 'business-meeting':
      return `Meeting with ${faker.company.name()} on ${topic}`;
    case 'signing':
      return `Signing of the memorandum of understanding on ${topic}`;
    case 'event':
      return `${faker.helpers.arrayElement(events).replace(/^./, (first) => first.toUpperCase())} in ${city}`;
    case 'visit':
      return `Visit to the ${faker.helpers.arrayElement(sites)} of ${city}`;
    default:
      return `Call with ${faker.helpers.arrayElement(officials)} ${faker.helpers.arrayElement(portfolios)} on ${topic}`;
  }
}

export function meetingSummary(faker: Faker, area: string): string {
  return faker.helpers.arrayElement([
    `Both sides reviewed cooperation on ${inSentence(area)} and agreed to meet again within the quarter.`,
    `Our counterparts asked for support on ${inSentence(area)}; we promised a written answer.`,
    `Exchange of views on ${inSentence(area)}, the upcoming visit and the state of bilateral relations.`,
    `Talks focused on ${inSentence(area)}; the partner side proposed a joint working group.`,
  ]);
}

/**
 * A generated meeting's notes, as long as officers write them: a line typed on a phone for a
 * quick call (two in five), a paragraph (two in five), a full readout (one in five), often naming
 * the counterpart; an outcome for half of them. The bench's searches then read text of a real
 * record's length, not a line each.
 */
export function meetingNotes(
  faker: Faker,
  { area, city, counterpart }: { area: string; city: string; counterpart?: string },
): { summary: string; outcome: string | null } {
  const topic = inSentence(area);
  const sentences = [
    () =>
      `${counterpart ?? `The ${faker.helpers.arrayElement(jobTitles).toLowerCase()}`} outlined the government's priorities on ${topic} for the coming year.`,
    () => `The partner side raised the timetable of the ${faker.helpers.arrayElement(events)} and asked for our participation at a senior level.`,
    () => `We presented our experience with ${topic} and the support our agencies could offer, including study visits and expert exchanges.`,
    () => `Discussion of the investment climate in ${city}: permits, skilled labour and the pending reform of public procurement.`,
    () => `${faker.person.lastName()} from the ${faker.helpers.arrayElement(sites)} of ${city} joined for the second part of the meeting.`,
    () => `Both sides noted progress since the last round in ${faker.date.month()} and the need to involve the private sector more closely.`,
    () => `A joint statement was not on the table, but a short readout for the press was agreed.`,
    () =>
      `Our counterparts mentioned ${faker.number.int({ min: 2, max: 40 })} companies interested in ${topic} and asked for contacts at the chamber of commerce.`,
  ];
  const length = faker.helpers.weightedArrayElement([
    { value: 0, weight: 2 },
    { value: faker.number.int({ min: 1, max: 2 }), weight: 2 },
    { value: faker.number.int({ min: 3, max: 6 }), weight: 1 },
  ]);
  const more = faker.helpers.arrayElements(sentences, length).map((sentence) => sentence());
  return {
    summary: [meetingSummary(faker, area), ...more].join(' '),
    outcome: faker.datatype.boolean(0.5)
      ? `${faker.helpers.arrayElement(['Agreed to', 'We will', 'The partner side will'])} ${faker.helpers.arrayElement(actions).replace(/^./, (first) => first.toLowerCase())} ${topic}.`
      : null,
  };
}

export function followUpTitle(faker: Faker, area: string): string {
  return `${faker.helpers.arrayElement(actions)} ${inSentence(area)}`;
}
