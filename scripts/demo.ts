import fs from 'node:fs';
import path from 'node:path';
import { type Faker, faker, fakerDE, fakerFR, fakerFR_LU, fakerNL, fakerNL_BE } from '@faker-js/faker';
import { eq, sql } from 'drizzle-orm';
import { createContact } from '../db/contacts';
import { openDatabase } from '../db/connection';
import { changeFollowUpStatus, insertFollowUps } from '../db/follow-ups';
import { addDays } from '../lib/dates';
import { recordMeeting } from '../db/meetings';
import { migrateDatabase } from '../db/migrate';
import { createOrganisation } from '../db/organisations';
import { listCooperationAreas, markAreasReviewed, setFocusCountry } from '../db/reference';
import { followUpEvents, followUps } from '../db/schema';
import { updateMissionSettings } from '../db/settings';
import { createAccount, createFirstAdmin } from '../db/users';
import type { Viewer } from '../lib/policy';
import { generatePassword, hashPassword } from '../lib/password';
import { meetingSchema } from '../lib/schemas/meetings';
import { demoContacts, demoMeetings, demoMission, demoOrganisations } from './demo/mission';
import { contactTitle, followUpTitle, meetingSummary, meetingTitle, organisationName } from './gen-wording';

/** The embassy's other officers: Kazakh diplomats, named as they sign in Latin script. */
const EMBASSY_STAFF = ['Aruzhan Seitkali', 'Yerlan Zhaksybekov', 'Madina Omarova', 'Timur Tulegenov'];

/**
 * Counterparts, organisations and companies named as in their country (Belgium in Dutch or French,
 * Luxembourg in French or German), from faker's locales; Kazakhstan's, which faker lacks, in English.
 */
const LOCAL_FAKERS: Record<string, Faker[]> = { BE: [fakerNL_BE, fakerFR], LU: [fakerFR_LU, fakerDE], NL: [fakerNL], FR: [fakerFR], DE: [fakerDE] };
for (const local of new Set(Object.values(LOCAL_FAKERS).flat())) local.seed(2019_06_24);
const localFaker = (countryCode: string) => faker.helpers.arrayElement(LOCAL_FAKERS[countryCode] ?? [faker]);
/** A first and a last name, without the titles and suffixes ("Mlle", "MBA", "III") faker adds to full names. */
function localName(countryCode: string): string {
  const local = localFaker(countryCode);
  const sex = faker.person.sexType();
  return `${local.person.firstName(sex)} ${local.person.lastName(sex)}`;
}
/**
 * `npm run demo`: builds data/demo.db — the demo mission (the sample readouts plus two years of
 * generated history, fixed seed) with one account per role — then serves it like `npm start`.
 * Options: --database <file> (its name must contain "demo"), --no-start. DEMO_PASSWORD fixes the
 * accounts' password (the e2e suite uses it); otherwise fresh passwords are printed.
 */
const args = process.argv.slice(2);
const file = path.resolve(args.includes('--database') ? args[args.indexOf('--database') + 1]! : 'data/demo.db');
if (!path.basename(file).includes('demo')) {
  console.error(`Refusing to overwrite ${file}: the demo only writes to a file whose name contains "demo".`);
  process.exit(1);
}

async function main() {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  migrateDatabase(file);
  const { db, sqlite } = openDatabase(file);
  faker.seed(2019_06_24);
  const today = new Date().toISOString().slice(0, 10);
  const relative = (due?: string) => (due && /^[+-]\d+$/.test(due) ? addDays(today, Number(due)) : (due ?? null));

  const password = (role: string) => process.env.DEMO_PASSWORD || `${role}-${generatePassword()}`;
  const people = [
    { role: 'admin', name: 'Ada Lindqvist', email: 'admin@demo.readout.test' },
    { role: 'manager', name: 'Margulan Baimukhan', email: 'ambassador@demo.readout.test' },
    { role: 'officer', name: 'Dana Sultanova', email: 'officer@demo.readout.test' },
  ] as const;
  const credentials: { role: string; email: string; password: string }[] = [];
  let admin!: Viewer;
  const accounts: Record<string, Viewer> = {};
  for (const person of people) {
    const secret = password(person.role);
    const passwordHash = await hashPassword(secret);
    const account =
      person.role === 'admin'
        ? createFirstAdmin({ db, account: { name: person.name, email: person.email, passwordHash } })
        : createAccount({ db, actorId: admin.id, account: { name: person.name, email: person.email, role: person.role, passwordHash } });
    if (person.role === 'admin') admin = account;
    accounts[person.role] = account;
    credentials.push({ role: person.role, email: person.email, password: secret });
  }
  // Their passwords were chosen (or printed) for whoever runs the demo, as at first-run setup: not an admin's to replace.
  sqlite.prepare("update users set must_change_password = 0 where email like '%@demo.readout.test'").run();
  const extraOfficers = EMBASSY_STAFF.map((name) => {
    return createAccount({
      db,
      actorId: admin.id,
      account: {
        name,
        email: `${name.toLowerCase().replace(' ', '.')}@demo.readout.test`,
        role: 'officer',
        passwordHash: 'demo-account-without-sign-in',
      },
    });
  });
  const staff = [accounts.manager!, accounts.officer!, ...extraOfficers];

  const { accreditedCountryCodes, ...settings } = demoMission;
  updateMissionSettings({ db, actorId: admin.id, ...settings, version: 0 });
  for (const code of accreditedCountryCodes) setFocusCountry({ db, actorId: admin.id, code, focus: true });
  markAreasReviewed({ db, actorId: admin.id });

  const areas = new Map(listCooperationAreas({ db }).map((area) => [area.name, area.id]));
  const organisationIds: Record<string, number> = {};
  for (const [key, organisation] of Object.entries(demoOrganisations)) {
    organisationIds[key] = createOrganisation({ db, actorId: admin.id, input: { ...organisation } }).id;
  }
  const contactIds: Record<string, number> = {};
  const contactInput = (
    name: string,
    title: string | null,
    organisationId: number | null,
    countryCode: string | null,
    alternativeNames: string | null = null,
  ) => ({
    name,
    title,
    organisationId,
    newOrganisationName: null,
    newOrganisationKind: undefined,
    countryCode: countryCode as never,
    email: null,
    phone: null,
    alternativeNames,
  });
  for (const [key, contact] of Object.entries(demoContacts)) {
    const organisation = demoOrganisations[contact.organisation];
    contactIds[key] = createContact({
      db,
      actorId: admin.id,
      input: contactInput(contact.name, contact.title, organisationIds[contact.organisation]!, organisation.countryCode, contact.alternativeNames ?? null),
    }).id;
  }

  /** Records one meeting with its follow-ups, back-dating their history to the meeting. */
  function record(
    author: Viewer,
    meeting: Record<string, unknown> & { startDate: string },
    items: { title: string; committedBy: 'ours' | 'partner' | 'joint'; countryCode: string; due: string | null; status?: string; ownerId: number | null }[],
  ) {
    const input = meetingSchema.parse(meeting);
    let ids: number[] = [];
    recordMeeting({
      db,
      viewer: author,
      input,
      andThen: (tx, meetingId) => {
        ids = insertFollowUps(
          tx,
          author,
          items.map(({ title, committedBy, countryCode, due, ownerId }) => ({ title, committedBy, countryCode: countryCode as never, dueDate: due, ownerId })),
          meetingId,
        );
      },
    });
    const created = Date.parse(`${meeting.startDate}T16:00:00Z`);
    ids.forEach((id, index) => {
      const status = items[index]!.status;
      if (status && status !== 'open') changeFollowUpStatus({ db, viewer: author, id, version: 1, status: status as never, reason: 'No longer relevant' });
      const closedAt = Math.min(created + faker.number.int({ min: 3, max: 80 }) * 86_400_000, Date.now());
      db.update(followUps)
        .set({ createdAt: new Date(created), updatedAt: new Date(status && status !== 'open' ? closedAt : created) })
        .where(eq(followUps.id, id))
        .run();
      db.update(followUpEvents)
        .set({ at: sql`case when kind = 'created' then ${created} else ${closedAt} end` })
        .where(eq(followUpEvents.followUpId, id))
        .run();
    });
  }

  for (const meeting of demoMeetings) {
    const author = meeting.startDate < '2020-01-01' ? accounts.officer! : accounts.manager!;
    record(
      author,
      {
        title: meeting.title,
        kind: meeting.kind,
        startDate: meeting.startDate,
        endDate: meeting.endDate ?? '',
        placeCity: meeting.places.map((p) => p.city),
        placeCountry: meeting.places.map((p) => p.countryCode),
        countries: meeting.countries,
        attendees: [String(accounts.manager!.id), String(accounts.officer!.id)],
        contacts: meeting.counterparts.map((key) => String(contactIds[key])),
        areas: [
          ...(meeting.agreed ?? []).map((name) => `${areas.get(name)}:agreed`),
          ...(meeting.discussed ?? []).map((name) => `${areas.get(name)}:discussed`),
        ],
        summary: meeting.summary,
        outcome: meeting.outcome ?? '',
        confidentiality: 'normal',
      },
      (meeting.followUps ?? []).map((f) => ({ ...f, due: relative(f.due), ownerId: f.committedBy === 'partner' ? null : accounts.officer!.id })),
    );
  }

  // Two years of generated history around the readouts, so that dashboard and charts have substance.
  const CITIES = { BE: 'Brussels', LU: 'Luxembourg', KZ: 'Astana', NL: 'The Hague', FR: 'Paris', DE: 'Berlin' } as const;
  const generatedOrganisations = Array.from({ length: 24 }, () => {
    const countryCode = faker.helpers.arrayElement(['BE', 'BE', 'LU', 'LU', 'NL', 'FR', 'DE']);
    const kind = faker.helpers.arrayElement(['company', 'company', 'government', 'business-association', 'university', 'ngo'] as const);
    const name = organisationName(localFaker(countryCode), kind, CITIES[countryCode as keyof typeof CITIES]);
    return { id: createOrganisation({ db, actorId: admin.id, input: { name, kind, countryCode: countryCode as never } }).id, countryCode };
  });
  const generatedContacts = Array.from({ length: 70 }, () => {
    const organisation = faker.helpers.arrayElement(generatedOrganisations);
    return {
      id: createContact({
        db,
        actorId: admin.id,
        input: contactInput(localName(organisation.countryCode), contactTitle(faker), organisation.id, organisation.countryCode),
      }).id,
      countryCode: organisation.countryCode,
    };
  });
  const areaIds = [...areas.values()];
  for (let index = 0; index < 320; index++) {
    const partner = faker.helpers.weightedArrayElement([
      { value: 'BE', weight: 6 },
      { value: 'LU', weight: 4 },
      { value: 'KZ', weight: 2 },
      { value: 'NL', weight: 1 },
      { value: 'FR', weight: 1 },
      { value: 'DE', weight: 1 },
    ]);
    const startDate = addDays(today, -faker.number.int({ min: 0, max: 730 }));
    const author = faker.helpers.arrayElement(staff);
    const counterparts = faker.helpers.arrayElements(
      generatedContacts.filter((c) => c.countryCode === partner),
      { min: 0, max: 2 },
    );
    const city = CITIES[partner as keyof typeof CITIES];
    const kind = faker.helpers.arrayElement(['business-meeting', 'courtesy-call', 'call', 'event', 'political-consultation', 'visit'] as const);
    const topic = faker.helpers.arrayElement([...areas.keys()]);
    const otherAreas = faker.helpers.arrayElements(
      areaIds.filter((id) => id !== areas.get(topic)),
      { min: 0, max: 2 },
    );
    const attendees = [
      author,
      ...faker.helpers.arrayElements(
        staff.filter((member) => member.id !== author.id),
        { min: 0, max: 1 },
      ),
    ];
    const restricted = faker.datatype.boolean(0.12);
    record(
      author,
      {
        title: meetingTitle(localFaker(partner), kind, topic, city),
        kind,
        startDate,
        placeCity: city,
        placeCountry: partner,
        countries: partner,
        attendees: attendees.map((member) => String(member.id)),
        contacts: counterparts.map((c) => String(c.id)),
        areas: [areas.get(topic)!, ...otherAreas].map((id) => `${id}:${faker.helpers.arrayElement(['agreed', 'discussed'])}`),
        summary: meetingSummary(faker, topic),
        confidentiality: restricted ? 'restricted' : 'normal',
      },
      Array.from({ length: faker.number.int({ min: 0, max: 3 }) }, () => {
        const committedBy = faker.helpers.arrayElement(['ours', 'ours', 'partner', 'joint'] as const);
        const due = faker.datatype.boolean(0.8) ? addDays(startDate, faker.number.int({ min: 7, max: 120 })) : null;
        // What fell due long ago was mostly dealt with; a mission is busy, not derelict.
        const old = due !== null && due < addDays(today, -21);
        return {
          title: followUpTitle(faker, topic),
          committedBy,
          countryCode: partner,
          due,
          // A restricted meeting's follow-ups go to those who may see it (lib/policy.ts).
          ownerId: committedBy === 'partner' && faker.datatype.boolean(0.5) ? null : faker.helpers.arrayElement(restricted ? attendees : staff).id,
          status: faker.helpers.weightedArrayElement([
            { value: 'open', weight: old ? 1 : 5 },
            { value: 'in-progress', weight: old ? 1 : 2 },
            { value: 'done', weight: old ? 12 : 2 },
            { value: 'cancelled', weight: 1 },
          ]),
        };
      }),
    );
  }
  sqlite.close();

  console.log(`\nDemo mission written to ${file}.`);
  console.log('Accounts (shown once):');
  for (const credential of credentials) console.log(`  ${credential.role.padEnd(8)} ${credential.email}  password: ${credential.password}`);
  if (!args.includes('--no-start')) {
    process.env.DATABASE_PATH = file;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./start').startServer();
  } else {
    console.log(`\nServe it with: DATABASE_PATH=${path.relative(process.cwd(), file)} npm start`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
