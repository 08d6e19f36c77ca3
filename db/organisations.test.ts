import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conflict } from '../lib/errors';
import { createContact } from './contacts';
import { createOrganisation, listOrganisations, searchOrganisations, updateOrganisation } from './organisations';
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
    input: { name, title: null, organisationId, newOrganisationName: null, newOrganisationKind: undefined, countryCode: null, email: null, phone: null, alternativeNames: null },
  });

describe('organisations', () => {
  it('list with their own number of contacts and are found without accents', () => {
    const ministry = createOrganisation({ db: testDb.db, actorId, input: { name: 'Ministère des Affaires étrangères', kind: 'government', countryCode: 'LU' } });
    const chamber = createOrganisation({ db: testDb.db, actorId, input: { name: 'Chamber of Commerce', kind: 'business-association', countryCode: 'XK' } });
    contactIn(chamber.id, 'Lotfi Haziri');
    contactIn(chamber.id, 'Arben Gashi');
    contactIn(ministry.id, 'Jean Asselborn');
    const counts = Object.fromEntries(listOrganisations({ db: testDb.db }).rows.map((row) => [row.name, row.contactCount]));
    expect(counts).toEqual({ 'Chamber of Commerce': 2, 'Ministère des Affaires étrangères': 1 });
    expect(searchOrganisations({ db: testDb.db, query: 'ministere etrang' }).map((o) => o.name)).toEqual([]);
    expect(searchOrganisations({ db: testDb.db, query: 'affaires etrangeres' }).map((o) => o.name)).toEqual(['Ministère des Affaires étrangères']);
  });

  it('refuse an edit based on a stale version', () => {
    const chamber = createOrganisation({ db: testDb.db, actorId, input: { name: 'Chamber', kind: 'business-association', countryCode: null } });
    updateOrganisation({ db: testDb.db, actorId, id: chamber.id, version: 1, input: { name: 'Chamber of Commerce', kind: 'business-association', countryCode: 'BE' } });
    expect(() => updateOrganisation({ db: testDb.db, actorId, id: chamber.id, version: 1, input: { name: 'Other', kind: 'ngo', countryCode: null } })).toThrow(Conflict);
    expect(listOrganisations({ db: testDb.db }).rows[0]).toMatchObject({ name: 'Chamber of Commerce', version: 2 });
  });
});

describe('contacts', () => {
  it('refuse an edit based on a stale version and keep search keys in step with the name', async () => {
    const { updateContact, searchContacts } = await import('./contacts');
    const input = { name: 'Jeannot Erpelding', title: null, organisationId: null, newOrganisationName: null, newOrganisationKind: undefined, countryCode: null, email: null, phone: null, alternativeNames: null };
    const contact = contactIn(createOrganisation({ db: testDb.db, actorId, input: { name: 'Chamber', kind: 'business-association', countryCode: 'LU' } }).id, 'J. Erpelding');
    updateContact({ db: testDb.db, actorId, id: contact.id, version: 1, input: { ...input, alternativeNames: 'Jeannot Erpeldinger' } });
    expect(() => updateContact({ db: testDb.db, actorId, id: contact.id, version: 1, input: { ...input, name: 'Overwritten' } })).toThrow(Conflict);
    expect(searchContacts({ db: testDb.db, query: 'erpeldinger' }).map((c) => c.name)).toEqual(['Jeannot Erpelding']);
    expect(searchContacts({ db: testDb.db, query: 'Overwritten' })).toEqual([]);
  });
});
