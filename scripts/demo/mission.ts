/**
 * The demo mission: an embassy in Brussels accredited to Belgium and Luxembourg, with the
 * engagements described in the client's four sample readouts, retold in our own words (names,
 * dates and figures are facts from the readouts; no sentence is copied).
 */
/** Whose embassy it is: Kazakhstan's, in Brussels, also accredited to Luxembourg. Its first-run checklist is complete. */
export const demoMission = {
  missionName: 'Embassy of Kazakhstan in Brussels (demo mission)',
  ourCountryCode: 'KZ',
  hostCountryCode: 'BE',
  timeZone: 'Europe/Brussels',
  accreditedCountryCodes: ['BE', 'LU'],
} as const;

export type DemoMeeting = {
  key: string;
  title: string;
  kind: 'political-consultation' | 'courtesy-call' | 'business-meeting' | 'signing' | 'event' | 'visit';
  startDate: string;
  endDate?: string;
  places: { city: string; countryCode: string }[];
  countries: string[];
  counterparts: string[];
  agreed?: string[];
  discussed?: string[];
  summary: string;
  outcome?: string;
  followUps?: { title: string; committedBy: 'ours' | 'partner' | 'joint'; countryCode: string; due?: string; status?: 'open' | 'in-progress' | 'done' }[];
};

export const demoOrganisations = {
  beci: { name: 'Brussels Chamber of Commerce and Industry (BECI)', kind: 'business-association', countryCode: 'BE' },
  kcc: { name: 'Kosovo Chamber of Commerce', kind: 'business-association', countryCode: 'XK' },
  cclux: { name: 'Luxembourg Chamber of Commerce', kind: 'business-association', countryCode: 'LU' },
  mfaBe: { name: 'Ministry of Foreign Affairs of Belgium', kind: 'government', countryCode: 'BE' },
  mfaKz: { name: 'Ministry of Foreign Affairs of Kazakhstan', kind: 'government', countryCode: 'KZ' },
  mfaLu: { name: 'Ministry of Foreign and European Affairs of Luxembourg', kind: 'government', countryCode: 'LU' },
  chamberLu: { name: 'Chamber of Deputies of Luxembourg', kind: 'parliament', countryCode: 'LU' },
  arendt: { name: 'Arendt & Medernach SA', kind: 'company', countryCode: 'LU' },
  consulate: { name: 'Honorary Consulate of Kazakhstan in Luxembourg', kind: 'government', countryCode: 'LU' },
  arcelor: { name: 'ArcelorMittal (CIS division)', kind: 'company', countryCode: 'LU' },
  wurth: { name: 'Paul Wurth', kind: 'company', countryCode: 'LU' },
  sms: { name: 'SMS Group', kind: 'company', countryCode: 'DE' },
  academy: { name: 'Academy of Public Administration under the President of Kazakhstan', kind: 'university', countryCode: 'KZ' },
  vub: { name: 'Free University of Brussels', kind: 'university', countryCode: 'BE' },
} as const;

/**
 * The embassy's posts and who held them, each holder from a number of days before the demo is built
 * (the generated history spans two years). A second holder is a rotation: the post is handed over
 * on that day, after the meetings before it are recorded. The Defence attaché has yet to arrive.
 */
export type DemoPost = {
  title: string;
  /** The title in French. */
  titleFr: string;
  section: string;
  countryCodes: string[];
  /** Names of seeded cooperation areas. */
  areas: string[];
  holders: { name: string; daysAgo: number; interim?: boolean }[];
};

export const demoPosts = {
  economic: {
    title: 'Economic counsellor',
    titleFr: 'Conseiller économique',
    section: 'Economic section',
    countryCodes: ['BE', 'LU'],
    areas: ['Trade', 'Finance and investment', 'Renewable and green energy', 'Transport and logistics'],
    holders: [
      { name: 'Nurlan Abdrakhmanov', daysAgo: 1_250 },
      { name: 'Dana Sultanova', daysAgo: 150 },
    ],
  },
  political: {
    title: 'Political counsellor',
    titleFr: 'Conseiller politique',
    section: 'Political section',
    countryCodes: ['BE'],
    areas: ['Justice and rule of law', 'Climate and sustainable development'],
    holders: [{ name: 'Timur Tulegenov', daysAgo: 1_000 }],
  },
  politicalLu: {
    title: 'Political officer for Luxembourg',
    titleFr: 'Chargé des affaires politiques pour le Luxembourg',
    section: 'Political section',
    countryCodes: ['LU'],
    areas: ['ICT and digital innovation', 'Agriculture and food'],
    holders: [{ name: 'Aruzhan Seitkali', daysAgo: 900 }],
  },
  consular: {
    title: 'Head of the consular section',
    titleFr: 'Chef de la section consulaire',
    section: 'Consular section',
    countryCodes: ['BE', 'LU'],
    areas: ['Consular and diaspora affairs', 'Tourism', 'Health'],
    // A consular officer acting as head until the new head arrives.
    holders: [{ name: 'Yerlan Zhaksybekov', daysAgo: 420, interim: true }],
  },
  press: {
    title: 'Press and cultural attaché',
    titleFr: 'Attaché de presse et culturel',
    section: 'Press and culture',
    countryCodes: ['BE', 'LU'],
    areas: ['Culture', 'Higher education and research', 'Biotechnology'],
    holders: [{ name: 'Madina Omarova', daysAgo: 800 }],
  },
  defence: {
    title: 'Defence attaché',
    titleFr: 'Attaché de défense',
    section: 'Defence section',
    countryCodes: ['BE', 'LU'],
    areas: ['Security and defence'],
    holders: [],
  },
} as const satisfies Record<string, DemoPost>;
export type DemoPostKey = keyof typeof demoPosts;

/** The leaving Economic counsellor's own follow-ups, from no meeting, that go with the post at the handover (days relative to the demo's day). */
export const demoLeavingHolderFollowUps = [
  { title: 'Update the trade and investment fact sheet on Luxembourg', countryCode: 'LU', area: 'Trade', createdDaysAgo: 190, dueInDays: -12 },
  {
    title: 'Answer the Luxembourg chamber on its business mission to Astana',
    countryCode: 'LU',
    area: 'Finance and investment',
    createdDaysAgo: 172,
    dueInDays: 25,
  },
] as const;

/** What the leaving Economic counsellor wrote: a general note, and notes on a few of the items handed over. */
export const demoHandoverNotes = {
  general:
    'Three and a half years on the post. The two chambers (BECI in Brussels, the Luxembourg chamber) are its most useful partners: keep the quarterly call with each. ArcelorMittal and Paul Wurth expect the embassy at their Luxembourg events. Files are in the section’s shared folder, one per partner. Notes below on the items that need context; the rest speak for themselves.',
  /** On the post's open follow-ups, soonest due first. */
  postFollowUps: [
    'Agreed by phone: they expect our written proposal before the due date, not another meeting.',
    'The desk officer at their ministry changed in the spring; send it to the new one, copying the old address.',
    'Half done: the draft is in the shared folder under the partner’s name.',
  ],
  /** On the leaving holder's own follow-ups that went with the post. */
  ownFollowUps: ['Started as mine before it grew: it belongs with the post now.'],
  contacts: {
    decorte: 'Prefers a call before anything arrives in writing; his assistant keeps his diary.',
    goyal: 'Sees us once a year in Luxembourg, usually in June: ask for the annual meeting early.',
    kremer: 'Reliable for introductions to Luxembourg companies working in Central Asia.',
  } as Record<string, string>,
};

/** Who keeps each relationship: a post (and so its holder of the day), or one of the staff by name; none if left out. */
export const demoContacts: Record<
  string,
  { name: string; title: string; organisation: keyof typeof demoOrganisations; alternativeNames?: string; owner?: { post: DemoPostKey } | { person: string } }
> = {
  decorte: { name: 'Marc Decorte', title: 'President', organisation: 'beci', alternativeNames: 'Marc Decorete', owner: { post: 'economic' } },
  willocx: { name: 'Olivier Willocx', title: 'Executive Director', organisation: 'beci', owner: { post: 'economic' } },
  rukiqi: { name: 'Berat Rukiqi', title: 'President', organisation: 'kcc', owner: { person: 'Dana Sultanova' } },
  erpelding: { name: 'Jeannot Erpelding', title: 'Director of External Relations', organisation: 'cclux', owner: { post: 'economic' } },
  vassilenko: {
    name: 'Roman Vassilenko',
    title: 'Deputy Minister of Foreign Affairs',
    organisation: 'mfaKz',
    alternativeNames: 'Roman Vasilenko',
    owner: { person: 'Margulan Baimukhan' },
  },
  cooreman: {
    name: 'Jeroen Cooreman',
    title: 'Director General for Bilateral Affairs',
    organisation: 'mfaBe',
    alternativeNames: 'Jeroen Kooreman',
    owner: { post: 'political' },
  },
  cruchten: {
    name: 'Yves Cruchten',
    title: 'Chair, Foreign and European Affairs Committee; President of the LSAP',
    organisation: 'chamberLu',
    owner: { post: 'politicalLu' },
  },
  kirsch: { name: 'Beatrice Kirsch', title: 'Chief of Protocol', organisation: 'mfaLu', owner: { post: 'politicalLu' } },
  kremer: { name: 'Max Kremer', title: 'Partner', organisation: 'arendt', owner: { post: 'economic' } },
  goyal: { name: 'Vijay Goyal', title: 'Chief Executive Officer for the CIS', organisation: 'arcelor', owner: { post: 'economic' } },
  cano: { name: 'Salvador Cano', title: 'Senior Vice-President', organisation: 'wurth', owner: { post: 'economic' } },
  schwartz: { name: 'Christian Schwartz', title: 'Senior Vice-President', organisation: 'sms', owner: { person: 'Dana Sultanova' } },
};

export const demoMeetings: DemoMeeting[] = [
  {
    key: 'beci',
    title: 'Kosovo and Brussels chambers of commerce: digital cooperation',
    kind: 'business-meeting',
    startDate: '2019-06-24',
    places: [{ city: 'Brussels', countryCode: 'BE' }],
    countries: ['BE', 'XK'],
    counterparts: ['decorte', 'willocx', 'rukiqi'],
    agreed: ['ICT and digital innovation'],
    discussed: ['Trade'],
    summary:
      'With the president of the Kosovo chamber, we met BECI’s leadership to bring companies of both sides into contact and to share know-how on serving chamber members. BECI showed its digital services platform.',
    outcome:
      'Both chambers will prepare packages promoting digital cooperation, then look at classic B2B forums. BECI offered study visits for the Kosovo chamber’s members.',
    followUps: [
      { title: 'Draft digital-cooperation promotion packages with BECI', committedBy: 'joint', countryCode: 'BE', due: '2019-10-31', status: 'done' },
      { title: 'Assess a first traditional B2B forum after the digital packages', committedBy: 'joint', countryCode: 'BE' },
      { title: 'BECI to host a study visit of chamber members on its digital platform', committedBy: 'partner', countryCode: 'BE' },
    ],
  },
  {
    key: 'cclux',
    title: 'Next steps between the Kosovo and Luxembourg chambers',
    kind: 'business-meeting',
    startDate: '2019-06-25',
    places: [{ city: 'Luxembourg', countryCode: 'LU' }],
    countries: ['LU', 'XK'],
    counterparts: ['erpelding', 'rukiqi'],
    agreed: ['ICT and digital innovation'],
    discussed: ['Biotechnology', 'Renewable and green energy', 'Finance and investment'],
    summary:
      'The Luxembourg chamber is interested above all in ICT and new technologies (biotech, renewables). Funding of joint business projects through Luxembourg’s development-aid programme was raised.',
    outcome: 'Agreed to set up clear channels matching Luxembourg’s needs with what Kosovo companies offer, starting with ICT.',
    followUps: [
      { title: 'Set up a contact channel matching Luxembourg demand with ICT suppliers', committedBy: 'joint', countryCode: 'LU', status: 'in-progress' },
      {
        title: 'Ask the Luxembourg foreign ministry about development-aid financing for joint projects',
        committedBy: 'ours',
        countryCode: 'LU',
        due: '2019-12-15',
      },
    ],
  },
  {
    key: 'consultations-2022',
    title: 'Kazakhstan–Belgium political consultations',
    kind: 'political-consultation',
    startDate: '2022-10-17',
    places: [{ city: 'Astana', countryCode: 'KZ' }],
    countries: ['BE', 'KZ'],
    counterparts: ['vassilenko', 'cooreman'],
    agreed: ['Finance and investment'],
    discussed: ['Trade', 'Culture'],
    summary:
      'Thirty years after diplomatic relations were established (25 August 1992), the two foreign ministries reviewed their partnership, joint events, high-level visits and work in multilateral bodies. Context: 2021 trade turnover of USD 419.7 million; Belgian direct investment of USD 1.069 billion in 2021 and USD 9.96 billion over 2005–2021; about 70 companies with Belgian capital in Kazakhstan.',
    outcome: 'Kazakhstan invited Belgian participation in joint investment projects in priority sectors.',
    followUps: [
      {
        title: 'Send the list of priority-sector projects open to Belgian investors',
        committedBy: 'ours',
        countryCode: 'BE',
        due: '2023-01-31',
        status: 'done',
      },
    ],
  },
  {
    key: 'signing-2022',
    title: 'Signing of the academic and cultural cooperation agreement (Academy – Free University of Brussels)',
    kind: 'signing',
    startDate: '2022-10-17',
    places: [{ city: 'Astana', countryCode: 'KZ' }],
    countries: ['BE', 'KZ'],
    counterparts: ['cooreman'],
    agreed: ['Higher education and research'],
    summary:
      'The Belgian delegation attended the signing of a general agreement on academic and cultural cooperation between the Academy of Public Administration and the Free University of Brussels.',
    followUps: [{ title: 'Follow up on the first student and staff exchanges under the agreement', committedBy: 'joint', countryCode: 'BE' }],
  },
  {
    key: 'consultations-2024',
    title: 'Fifth round of Kazakhstan–Belgium political consultations',
    kind: 'political-consultation',
    startDate: '2024-10-18',
    places: [{ city: 'Brussels', countryCode: 'BE' }],
    countries: ['BE', 'KZ'],
    counterparts: ['vassilenko', 'cooreman'],
    agreed: ['Renewable and green energy', 'ICT and digital innovation', 'Transport and logistics', 'Finance and investment'],
    discussed: ['Security and defence', 'Climate and sustainable development', 'Culture'],
    summary:
      'Political, trade, economic and cultural cooperation; Belgium sees Kazakhstan as a strategic partner in Central Asia. Regional security and joint work against climate change were discussed, as was cooperation at the UN and OSCE. Trade reached USD 523.7 million in 2023 (exports 220.7, imports 303), up 1.7 % on 2022; USD 289 million in the first eight months of 2024.',
    outcome: 'Both ministries will step up their dialogue and prepare high-level visits and intergovernmental meetings.',
    followUps: [
      { title: 'Propose dates for the next round of consultations', committedBy: 'ours', countryCode: 'BE', due: '-20', status: 'open' },
      { title: 'Prepare a programme of inter-parliamentary exchanges', committedBy: 'joint', countryCode: 'BE', due: '+10' },
      { title: 'Belgian side to confirm a high-level visit window', committedBy: 'partner', countryCode: 'BE', due: '-5' },
    ],
  },
  {
    key: 'cruchten',
    title: 'Meeting with the chair of the Foreign and European Affairs Committee',
    kind: 'courtesy-call',
    startDate: '2022-06-08',
    places: [{ city: 'Luxembourg', countryCode: 'LU' }],
    countries: ['LU'],
    counterparts: ['cruchten'],
    discussed: ['Transport and logistics', 'ICT and digital innovation'],
    summary:
      'The ambassador presented recent political reforms, the referendum results, transport and logistics capacity and digitalisation. Mr Cruchten saw the referendum as a sign of stability.',
    followUps: [{ title: 'Arrange a visit of Luxembourg members of parliament to Kazakhstan', committedBy: 'ours', countryCode: 'LU', due: '-30' }],
  },
  {
    key: 'kirsch',
    title: 'Courtesy call on the Chief of Protocol',
    kind: 'courtesy-call',
    startDate: '2022-06-08',
    places: [{ city: 'Luxembourg', countryCode: 'LU' }],
    countries: ['LU'],
    counterparts: ['kirsch'],
    summary: 'Organisational and protocol questions for the coming bilateral and multilateral events.',
  },
  {
    key: 'kremer',
    title: 'Business ties with Arendt & Medernach',
    kind: 'business-meeting',
    startDate: '2022-06-09',
    places: [{ city: 'Luxembourg', countryCode: 'LU' }],
    countries: ['LU'],
    counterparts: ['kremer'],
    agreed: ['Trade'],
    summary:
      'Expanding ties between companies of both countries and upcoming business missions of Luxembourg entrepreneurs; the firm already works with Kazakh partners, including a Samruk-Kazyna fund.',
    followUps: [{ title: 'Co-organise the next business mission of Luxembourg entrepreneurs', committedBy: 'joint', countryCode: 'LU', due: '+40' }],
  },
  {
    key: 'consulate',
    title: 'Visit to the Honorary Consulate in Luxembourg',
    kind: 'visit',
    startDate: '2022-06-09',
    places: [{ city: 'Luxembourg', countryCode: 'LU' }],
    countries: ['LU'],
    counterparts: [],
    discussed: ['Culture'],
    summary: 'Upcoming cultural events in Luxembourg and bilateral economic initiatives.',
    followUps: [{ title: 'Agree the calendar of cultural events with the honorary consul', committedBy: 'ours', countryCode: 'LU', due: '+5' }],
  },
  {
    key: 'goyal',
    title: 'Briefing by ArcelorMittal’s CIS chief executive',
    kind: 'business-meeting',
    startDate: '2022-06-09',
    places: [{ city: 'Luxembourg', countryCode: 'LU' }],
    countries: ['LU'],
    counterparts: ['goyal'],
    discussed: ['Climate and sustainable development'],
    summary: 'Technological modernisation of the Kazakh division and the company’s social initiatives in the Karaganda region.',
  },
  {
    key: 'wurth-sms',
    title: 'Paul Wurth and SMS Group: green technologies',
    kind: 'business-meeting',
    startDate: '2022-06-10',
    places: [{ city: 'Luxembourg', countryCode: 'LU' }],
    countries: ['LU'],
    counterparts: ['cano', 'schwartz'],
    agreed: ['Climate and sustainable development'],
    summary: 'Both firms want to grow in the Kazakh market and help Kazakh plants cut harmful emissions, in line with the 2060 carbon-neutrality doctrine.',
    followUps: [{ title: 'Companies to send proposals on emission-reduction projects', committedBy: 'partner', countryCode: 'LU', due: '-12' }],
  },
  {
    key: 'restaurant',
    title: 'Opening of the first Kazakh restaurant in Luxembourg',
    kind: 'event',
    startDate: '2022-06-10',
    places: [{ city: 'Luxembourg', countryCode: 'LU' }],
    countries: ['LU'],
    counterparts: [],
    discussed: ['Consular and diaspora affairs', 'Culture'],
    summary: 'The ambassador attended the opening, run by members of the diaspora.',
  },
];
