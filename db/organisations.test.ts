import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conflict } from '../lib/errors';
import { createContact } from './contacts';
import { createOrganisation, listOrganisations, searchOrganisations, searchOrganisationsAndNearDuplicates, updateOrganisation } from './organisations';
import { createTestDatabase } from './test-database';
import { createFirstAdmin } from './users';

let testDb: ReturnType<typeof createTestDatabase>;
let actorId: number;
beforeEach(() => {
  testDb = createTestDatabase();
  actorId = createFirstAdmin({ db: testDb.db, account: { name: 'Ada', email: 'ada@m.test', passwordHash: 'x' } }).id;
});
afterEach(() => testDb.close());

const contactIn = (organisationId: number, name: string) =>
  createContact({
    db: testDb.db,
    actorId,
    input: {
      name,
      title: null,
      organisationId,
      newOrganisationName: null,
      newOrganisationKind: undefined,
      countryCode: null,
      email: null,
      phone: null,
      alternativeNames: null,
    },
  });

describe('organisations', () => {
  it('list with their own number of contacts and are found without accents', () => {
    const ministry = createOrganisation({
      db: testDb.db,
      actorId,
      input: { name: 'Ministère des Affaires étrangères', kind: 'government', countryCode: 'LU' },
    });
    const chamber = createOrganisation({ db: testDb.db, actorId, input: { name: 'Chamber of Commerce', kind: 'business-association', countryCode: 'XK' } });
    contactIn(chamber.id, 'Lotfi Haziri');
    contactIn(chamber.id, 'Arben Gashi');
    contactIn(ministry.id, 'Jean Asselborn');
    const counts = Object.fromEntries(listOrganisations({ db: testDb.db }).rows.map((row) => [row.name, row.contactCount]));
    expect(counts).toEqual({ 'Chamber of Commerce': 2, 'Ministère des Affaires étrangères': 1 });
    expect(searchOrganisations({ db: testDb.db, query: 'ministere etrang' }).map((o) => o.name)).toEqual([]);
    expect(searchOrganisations({ db: testDb.db, query: 'affaires etrangeres' }).map((o) => o.name)).toEqual(['Ministère des Affaires étrangères']);
  });

  it('are offered to a new contact by what their name contains, then by a likely misspelling of it', () => {
    const organisation = (name: string) => createOrganisation({ db: testDb.db, actorId, input: { name, kind: 'business-association', countryCode: 'LU' } });
    organisation('Chambre de Commerce de Luxembourg');
    organisation('Chambre des Métiers');
    organisation('Chamber of Commerce Bruges');
    const offered = (query: string) => searchOrganisationsAndNearDuplicates({ db: testDb.db, query }).map((o) => o.name);
    expect(offered('chambre')).toEqual(['Chambre de Commerce de Luxembourg', 'Chambre des Métiers']);
    expect(offered('Chambre de Comerce Luxemburg')).toEqual(['Chambre de Commerce de Luxembourg']);
    expect(offered('Chambre des metiers')).toEqual(['Chambre des Métiers']);
    expect(offered('Chamber of Commerce Ghent')).toEqual([]);
    expect(offered('  ')).toEqual([]);
  });

  it('refuse an edit based on a stale version', () => {
    const chamber = createOrganisation({ db: testDb.db, actorId, input: { name: 'Chamber', kind: 'business-association', countryCode: null } });
    updateOrganisation({
      db: testDb.db,
      actorId,
      id: chamber.id,
      version: 1,
      input: { name: 'Chamber of Commerce', kind: 'business-association', countryCode: 'BE' },
    });
    expect(() => updateOrganisation({ db: testDb.db, actorId, id: chamber.id, version: 1, input: { name: 'Other', kind: 'ngo', countryCode: null } })).toThrow(
      Conflict,
    );
    expect(listOrganisations({ db: testDb.db }).rows[0]).toMatchObject({ name: 'Chamber of Commerce', version: 2 });
  });
});

describe('contacts', () => {
  it('refuse an edit based on a stale version and keep search keys in step with the name', async () => {
    const { updateContact, searchContacts } = await import('./contacts');
    const input = {
      name: 'Jeannot Erpelding',
      title: null,
      organisationId: null,
      newOrganisationName: null,
      newOrganisationKind: undefined,
      countryCode: null,
      email: null,
      phone: null,
      alternativeNames: null,
    };
    const contact = contactIn(
      createOrganisation({ db: testDb.db, actorId, input: { name: 'Chamber', kind: 'business-association', countryCode: 'LU' } }).id,
      'J. Erpelding',
    );
    updateContact({ db: testDb.db, actorId, id: contact.id, version: 1, input: { ...input, alternativeNames: 'Jeannot Erpeldinger' } });
    expect(() => updateContact({ db: testDb.db, actorId, id: contact.id, version: 1, input: { ...input, name: 'Overwritten' } })).toThrow(Conflict);
    expect(searchContacts({ db: testDb.db, query: 'erpeldinger' }).map((c) => c.name)).toEqual(['Jeannot Erpelding']);
    expect(searchContacts({ db: testDb.db, query: 'Overwritten' })).toEqual([]);
  });

  it('are found from the full-text index after create, rename and merge, and not after being merged away', async () => {
    const { mergeContacts, searchContacts, updateContact } = await import('./contacts');
    const found = (query: string) => searchContacts({ db: testDb.db, query }).map((c) => c.name);
    const chamber = createOrganisation({ db: testDb.db, actorId, input: { name: 'Chamber', kind: 'business-association', countryCode: 'KZ' } }).id;
    const keep = contactIn(chamber, 'Roman Vassilenko');
    const duplicate = contactIn(chamber, 'Roman Wasylenko');
    expect(found('vasil')).toEqual(['Roman Vassilenko', 'Roman Wasylenko']); // w → v, y → i, doubles folded
    expect(found('roman vas')).toEqual(['Roman Vassilenko', 'Roman Wasylenko']);
    expect(found('lenko')).toEqual([]); // word starts only
    const input = {
      name: 'Roman Vassilenko',
      title: null,
      organisationId: chamber,
      newOrganisationName: null,
      newOrganisationKind: undefined,
      countryCode: null,
      email: null,
      phone: null,
      alternativeNames: 'Roma Vasilenko-Drozd',
    };
    updateContact({ db: testDb.db, actorId, id: keep.id, version: 1, input });
    expect(found('drozd')).toEqual(['Roman Vassilenko']);
    mergeContacts({ db: testDb.db, actorId, keepId: keep.id, duplicateId: duplicate.id });
    expect(found('vasil')).toEqual(['Roman Vassilenko']);
    const ftsRows = testDb.db.$client.prepare('select count(*) as n from contacts_search where contacts_search match ?').get('"roman"*') as { n: number };
    expect(ftsRows.n).toBe(1);
  });
});
