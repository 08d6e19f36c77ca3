import fs from 'node:fs';
import path from 'node:path';
import { type Faker, faker, fakerDE, fakerFR, fakerFR_LU, fakerNL, fakerNL_BE } from '@faker-js/faker';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { createContact } from '../db/contacts';
import { openDatabase } from '../db/connection';
import { changeFollowUpStatus, createFollowUp, insertFollowUps, reassignFollowUp } from '../db/follow-ups';
import { addDays } from '../lib/dates';
import { ownersWhoCannotSee, recordMeeting } from '../db/meetings';
import { migrateDatabase } from '../db/migrate';
import { createOrganisation } from '../db/organisations';
import { acknowledgeHandoverItems, getHandover, handOverPost, handoverPreview, savePost, writeHandoverNotes } from '../db/posts';
import { listCooperationAreas, markAreasReviewed, setFocusCountry } from '../db/reference';
import { contacts, followUpEvents, followUps, handoverItems, handovers } from '../db/schema';
import { updateMissionSettings } from '../db/settings';
import { createAccount, createFirstAdmin, setAccountActive } from '../db/users';
import type { OrganisationKind } from '../lib/organisations';
import type { Viewer } from '../lib/policy';
import { generatePassword, hashPassword } from '../lib/password';
import { meetingSchema } from '../lib/schemas/meetings';
import {
  demoContacts,
  demoHandoverNotes,
  demoLeavingHolderFollowUps,
  demoMeetings,
  demoMission,
  demoOrganisations,
  type DemoPostKey,
  demoPosts,
} from './demo/mission';
import { contactTitle, followUpTitle, meetingSummary, meetingTitle, organisationName } from './gen-wording';

/** The embassy's other officers: Kazakh diplomats, named as they sign in Latin script. */
const EMBASSY_STAFF = ['Aruzhan Seitkali', 'Yerlan Zhaksybekov', 'Madina Omarova', 'Timur Tulegenov'];
/** The Economic counsellor before Dana Sultanova: handed the post over months ago, their account since deactivated. */
const FORMER_OFFICER = 'Nurlan Abdrakhmanov';

/** The items that pass `test`, and the others. */
function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/** Who keeps a generated organisation's contacts, when a post does: by the organisation's kind. */
const POSTS_BY_KIND: Partial<Record<OrganisationKind, DemoPostKey[]>> = {
  company: ['economic'],
  'business-association': ['economic'],
  government: ['political', 'politicalLu', 'consular'],
  university: ['press'],
  ngo: ['press', 'consular'],
};

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
 * generated history, fixed seed; six posts, one handed over months ago) with one account per role —
 * then serves it like `npm start`.
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
  // The former officer comes last, so that the others keep the ids they always had.
  const extraOfficers = [...EMBASSY_STAFF, FORMER_OFFICER].map((name) => {
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
  const former = extraOfficers.at(-1)!;
  const staff = [accounts.manager!, accounts.officer!, ...extraOfficers];
  const staffByName = new Map<string, Viewer>([
    ...people.filter((person) => person.role !== 'admin').map((person) => [person.name, accounts[person.role]!] as const),
    ...extraOfficers.map((officer) => [officer.name, officer] as const),
  ]);
  const staffNamed = (name: string) => {
    const account = staffByName.get(name);
    if (!account) throw new Error(`No demo account is named ${name}.`);
    return account;
  };

  const { accreditedCountryCodes, ...settings } = demoMission;
  updateMissionSettings({ db, actorId: admin.id, ...settings, version: 0 });
  for (const code of accreditedCountryCodes) setFocusCountry({ db, actorId: admin.id, code, focus: true });
  markAreasReviewed({ db, actorId: admin.id });

  const areas = new Map(listCooperationAreas({ db }).map((area) => [area.name, area.id]));
  const areaId = (name: string) => {
    const id = areas.get(name);
    if (id === undefined) throw new Error(`No seeded cooperation area is named ${name}.`);
    return id;
  };

  // The posts and their first holders come before anything a post may own, and before the meetings,
  // which record each attendee's post on their day. The one rotation is made between the meetings before it and those after.
  const manager = accounts.manager!;
  const postKeys = Object.keys(demoPosts) as DemoPostKey[];
  const postIds = {} as Record<DemoPostKey, number>;
  /** Who held the post on `day` (by demoPosts), if anyone. */
  const holderOn = (key: DemoPostKey, day: string) => demoPosts[key].holders.findLast((holder) => addDays(today, -holder.daysAgo) <= day) ?? null;
  for (const key of postKeys) {
    const post = demoPosts[key];
    postIds[key] = savePost({
      db,
      viewer: admin,
      input: { title: post.title, titleFr: post.titleFr, section: post.section, countryCodes: [...post.countryCodes], areaIds: post.areas.map(areaId) },
    });
    const [first] = post.holders;
    if (first) {
      handOverPost({
        db,
        viewer: manager,
        input: {
          postId: postIds[key],
          toUserId: staffNamed(first.name).id,
          effectiveDate: addDays(today, -first.daysAgo),
          interim: 'interim' in first && first.interim,
          followUpIds: [],
          contactIds: [],
        },
      });
    }
  }
  const rotation = {
    key: 'economic' as const,
    leaving: staffNamed(demoPosts.economic.holders[0].name),
    successor: staffNamed(demoPosts.economic.holders[1].name),
  };
  const rotationDay = addDays(today, -demoPosts.economic.holders[1].daysAgo);
  /** The staff on `day`: the former officer until the rotation. */
  const staffOn = (day: string) => staff.filter((colleague) => colleague.id !== former.id || day < rotationDay);
  /** The post whose area a record is about, held on `day`, one covering the country if several; none while the area's post is vacant. */
  const postFor = (day: string, countryCode: string, area: string) => {
    const byArea = postKeys.filter((key) => holderOn(key, day) && (demoPosts[key].areas as readonly string[]).includes(area));
    const here = byArea.filter((key) => (demoPosts[key].countryCodes as readonly string[]).includes(countryCode));
    const candidates = here.length ? here : byArea;
    return candidates.length ? faker.helpers.arrayElement(candidates) : null;
  };

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
    owner: { ownerId?: number | null; ownerPostId?: number | null } = {},
  ) => ({
    ...owner,
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
      input: contactInput(
        contact.name,
        contact.title,
        organisationIds[contact.organisation]!,
        organisation.countryCode,
        contact.alternativeNames ?? null,
        !contact.owner
          ? {}
          : 'post' in contact.owner
            ? { ownerId: null, ownerPostId: postIds[contact.owner.post] }
            : { ownerId: staffNamed(contact.owner.person).id, ownerPostId: null },
      ),
    }).id;
  }

  /** Records one meeting with its follow-ups, back-dating their history to the meeting. */
  function record(
    author: Viewer,
    meeting: Record<string, unknown> & { startDate: string },
    items: {
      title: string;
      committedBy: 'ours' | 'partner' | 'joint';
      countryCode: string;
      due: string | null;
      status?: string;
      ownerId: number | null;
      ownerPostId?: number | null;
    }[],
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
          items.map(({ title, committedBy, countryCode, due, ownerId, ownerPostId }) => ({
            title,
            committedBy,
            countryCode: countryCode as never,
            dueDate: due,
            ownerId,
            ownerPostId,
          })),
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
    return ids;
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
    return { id: createOrganisation({ db, actorId: admin.id, input: { name, kind, countryCode: countryCode as never } }).id, countryCode, kind };
  });
  const generatedContacts = Array.from({ length: 70 }, () => {
    const organisation = faker.helpers.arrayElement(generatedOrganisations);
    // Most of a section's partners are the post's, kept by whoever holds it; the others, someone's own, or nobody's yet.
    const posts = (POSTS_BY_KIND[organisation.kind] ?? []).filter(
      (key) => holderOn(key, today) && (demoPosts[key].countryCodes as readonly string[]).includes(organisation.countryCode),
    );
    const owner =
      posts.length && faker.datatype.boolean(0.6)
        ? { ownerId: null, ownerPostId: postIds[faker.helpers.arrayElement(posts)] }
        : faker.datatype.boolean(0.8)
          ? { ownerId: faker.helpers.arrayElement(staff).id, ownerPostId: null }
          : {};
    return {
      id: createContact({
        db,
        actorId: admin.id,
        input: contactInput(localName(organisation.countryCode), contactTitle(faker), organisation.id, organisation.countryCode, null, owner),
      }).id,
      countryCode: organisation.countryCode,
    };
  });
  const areaIds = [...areas.values()];
  // Planned first, recorded on either side of the rotation, so that each meeting shows the post held on its day.
  const planned = Array.from({ length: 320 }, () => {
    const partner = faker.helpers.weightedArrayElement([
      { value: 'BE', weight: 6 },
      { value: 'LU', weight: 4 },
      { value: 'KZ', weight: 2 },
      { value: 'NL', weight: 1 },
      { value: 'FR', weight: 1 },
      { value: 'DE', weight: 1 },
    ]);
    const startDate = addDays(today, -faker.number.int({ min: 0, max: 730 }));
    const present = staffOn(startDate);
    const author = faker.helpers.arrayElement(present);
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
        present.filter((member) => member.id !== author.id),
        { min: 0, max: 1 },
      ),
    ];
    const restricted = faker.datatype.boolean(0.12);
    const meeting = {
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
    };
    const items = Array.from({ length: faker.number.int({ min: 0, max: 3 }) }, () => {
      const committedBy = faker.helpers.arrayElement(['ours', 'ours', 'partner', 'joint'] as const);
      const due = faker.datatype.boolean(0.8) ? addDays(startDate, faker.number.int({ min: 7, max: 120 })) : null;
      // What fell due long ago was mostly dealt with; a mission is busy, not derelict.
      const old = due !== null && due < addDays(today, -21);
      // Much of what we commit to is a post's, given to whoever held it that day; a restricted meeting's stays with those who may see it.
      const post = committedBy !== 'partner' && !restricted && faker.datatype.boolean(0.55) ? postFor(startDate, partner, topic) : null;
      return {
        title: followUpTitle(faker, topic),
        committedBy,
        countryCode: partner,
        due,
        // A restricted meeting's follow-ups go to those who may see it (lib/policy.ts).
        ownerId: post
          ? staffNamed(holderOn(post, startDate)!.name).id
          : committedBy === 'partner' && faker.datatype.boolean(0.5)
            ? null
            : faker.helpers.arrayElement(restricted ? attendees : present).id,
        ownerPostId: post ? postIds[post] : null,
        status: faker.helpers.weightedArrayElement([
          { value: 'open', weight: old ? 1 : 5 },
          { value: 'in-progress', weight: old ? 1 : 2 },
          { value: 'done', weight: old ? 12 : 2 },
          { value: 'cancelled', weight: 1 },
        ]),
      };
    });
    return { author, meeting, items, topic };
  });
  /** The area each follow-up recorded before the rotation is about: what its leaving holder hands over with the post. */
  const topicOf = new Map<number, string>();
  for (const { author, meeting, items, topic } of planned) {
    if (meeting.startDate < rotationDay) for (const id of record(author, meeting, items)) topicOf.set(id, topic);
  }
  handOverEconomicPost();
  for (const { author, meeting, items } of planned) if (meeting.startDate >= rotationDay) record(author, meeting, items);

  // Whatever the data layer stamped with the time of the build is dated from the day it happened, as the meetings' follow-ups are.
  for (const handover of db.select({ id: handovers.id, effectiveDate: handovers.effectiveDate }).from(handovers).all()) {
    db.update(handovers)
      .set({ createdAt: new Date(`${handover.effectiveDate}T09:00:00Z`) })
      .where(eq(handovers.id, handover.id))
      .run();
  }

  /**
   * The Economic counsellor's rotation. The leaving holder's own open follow-ups on the post's areas
   * go with it; the ambassador first gives the others to the post of their area, or keeps them (and
   * any the successor could not see). The leaving holder writes notes, the successor acknowledges
   * most items and leaves a few, and the leaving holder's account is closed.
   */
  function handOverEconomicPost() {
    const { leaving, successor } = rotation;
    const postId = postIds[rotation.key];
    const at = new Date(`${rotationDay}T09:00:00Z`);
    for (const own of demoLeavingHolderFollowUps) {
      const id = createFollowUp({
        db,
        viewer: leaving,
        input: {
          title: own.title,
          details: null,
          countryCode: own.countryCode,
          committedBy: 'ours',
          ownerId: leaving.id,
          dueDate: addDays(today, own.dueInDays),
          areaId: areaId(own.area),
          meetingId: null,
        },
      });
      const created = new Date(`${addDays(today, -own.createdDaysAgo)}T08:00:00Z`);
      db.update(followUps).set({ createdAt: created, updatedAt: created }).where(eq(followUps.id, id)).run();
      db.update(followUpEvents).set({ at: created }).where(eq(followUpEvents.followUpId, id)).run();
      topicOf.set(id, own.area);
    }
    const preview = handoverPreview({ db, viewer: manager, postId });
    const successorMaySee = (meetingId: number | null) => meetingId === null || !ownersWhoCannotSee(db, meetingId, [successor.id]).length;
    const postAreas = demoPosts[rotation.key].areas as readonly string[];
    const [ownFollowUps, others] = partition(preview.ofHolder.followUps, (f) => successorMaySee(f.meetingId) && postAreas.includes(topicOf.get(f.id) ?? ''));
    for (const f of others) {
      const topic = topicOf.get(f.id);
      const post = topic ? postFor(rotationDay, f.countryCode, topic) : null;
      const holder = post && post !== rotation.key ? staffNamed(holderOn(post, rotationDay)!.name) : null;
      const toPost = holder !== null && (f.meetingId === null || !ownersWhoCannotSee(db, f.meetingId, [holder.id]).length);
      const { version } = db.select({ version: followUps.version }).from(followUps).where(eq(followUps.id, f.id)).get()!;
      reassignFollowUp({ db, viewer: manager, id: f.id, version, ownerId: toPost ? holder.id : manager.id, ownerPostId: toPost ? postIds[post!] : null });
    }
    const takenBack = others.map((f) => f.id);
    const ownContacts = preview.ofHolder.contacts.map((c) => c.id);
    const handoverId = handOverPost({
      db,
      viewer: manager,
      input: {
        postId,
        toUserId: successor.id,
        effectiveDate: rotationDay,
        interim: false,
        followUpIds: ownFollowUps.map((f) => f.id),
        contactIds: ownContacts,
      },
    });

    const { items } = getHandover({ db, viewer: manager, id: handoverId });
    const byDue = (a: { dueDate: string | null }, b: { dueDate: string | null }) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
    const postItems = items.filter((item) => item.kind === 'follow-up' && item.withPost).sort(byDue);
    const ownItems = items.filter((item) => item.kind === 'follow-up' && !item.withPost).sort(byDue);
    const contactItems = items.filter((item) => item.kind === 'contact');
    const itemNotes: Record<number, string> = {};
    demoHandoverNotes.postFollowUps.forEach((note, index) => postItems[index] && (itemNotes[postItems[index].id] = note));
    demoHandoverNotes.ownFollowUps.forEach((note, index) => ownItems[index] && (itemNotes[ownItems[index].id] = note));
    for (const [key, note] of Object.entries(demoHandoverNotes.contacts)) {
      const item = contactItems.find((c) => c.recordId === contactIds[key]);
      if (item) itemNotes[item.id] = note;
    }
    writeHandoverNotes({ db, viewer: leaving, handoverId, generalNote: demoHandoverNotes.general, itemNotes });

    // Still to look at: the post's two items due last, the leaving holder's own first one, the last contact.
    const pending = new Set([...postItems.slice(-2), ...ownItems.slice(0, 1), ...contactItems.slice(-1)].map((item) => item.id));
    acknowledgeHandoverItems({ db, viewer: successor, handoverId, itemIds: items.filter((item) => !pending.has(item.id)).map((item) => item.id) });
    setAccountActive({ db, actorId: admin.id, userId: leaving.id, active: false });

    const moved = items.filter((item) => item.kind === 'follow-up').map((item) => item.recordId);
    const touched = [...moved, ...takenBack];
    if (touched.length) {
      db.update(followUps).set({ updatedAt: at }).where(inArray(followUps.id, touched)).run();
      db.update(followUpEvents)
        .set({ at })
        .where(and(inArray(followUpEvents.followUpId, touched), eq(followUpEvents.kind, 'owner')))
        .run();
    }
    const movedContacts = contactItems.map((item) => item.recordId);
    if (movedContacts.length) db.update(contacts).set({ updatedAt: at }).where(inArray(contacts.id, movedContacts)).run();
    db.update(handoverItems)
      .set({ acknowledgedAt: new Date(at.getTime() + 3 * 86_400_000) })
      .where(and(eq(handoverItems.handoverId, handoverId), isNotNull(handoverItems.acknowledgedAt)))
      .run();
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
