import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refreshContactSearchKeys } from './contact-search-keys';
import { createContact, searchContacts } from './contacts';
import { migrateDatabase } from './migrate';
import { createTestDatabase } from './test-database';
import { createFirstAdmin } from './users';

let testDb: ReturnType<typeof createTestDatabase>;
let actorId: number;
beforeEach(() => {
  testDb = createTestDatabase();
  actorId = createFirstAdmin({ db: testDb.db, account: { name: 'Ada', email: 'ada@m.test', passwordHash: 'x' } }).id;
});
afterEach(() => testDb.close());

const contact = (name: string, alternativeNames: string | null = null) =>
  createContact({
    db: testDb.db,
    actorId,
    input: {
      name,
      title: null,
      organisationId: null,
      newOrganisationName: null,
      newOrganisationKind: undefined,
      countryCode: null,
      email: null,
      phone: null,
      alternativeNames,
    },
  });
const found = (query: string, several = true) => searchContacts({ db: testDb.db, query, several }).map((c) => c.name);

describe('the counterpart look-up', () => {
  beforeEach(() => {
    for (const name of ['Jeroen Cooreman', 'Geert Cooreman', 'Jeroen Peeters', 'Roman Vassilenko', 'Anna Quarsbrand', 'Zoé Érpelding']) contact(name);
  });

  it('finds two people named in one query, with or without a comma, the names taking turns', () => {
    expect(found('Cooreman Vassilenko')).toEqual(['Geert Cooreman', 'Roman Vassilenko', 'Jeroen Cooreman']);
    expect(found('Cooreman, Vassilenko')).toEqual(['Geert Cooreman', 'Roman Vassilenko', 'Jeroen Cooreman']);
    expect(found('Kwarsbrand; Erpelding')).toEqual(['Anna Quarsbrand', 'Zoé Érpelding']);
  });

  it('puts the one person a full name designates first, whatever the order of the words', () => {
    expect(found('Jeroen Cooreman')[0]).toBe('Jeroen Cooreman');
    expect(found('Cooreman, Jeroen')[0]).toBe('Jeroen Cooreman');
    expect(found('Jeroen Cooreman').slice(1).sort()).toEqual(['Geert Cooreman', 'Jeroen Peeters']);
  });

  it('lets each name typed show even when the other has many namesakes', () => {
    for (let index = 0; index < 10; index++) contact(`Person${index} Cooreman`);
    const names = searchContacts({ db: testDb.db, query: 'Cooreman Vassilenko', several: true, limit: 4 }).map((c) => c.name);
    expect(names).toHaveLength(4);
    expect(names).toContain('Roman Vassilenko');
  });

  it('keeps the duplicate check to contacts matching every word', () => {
    expect(found('Cooreman Vassilenko', false)).toEqual([]);
    expect(found('Jeroen Cooreman', false)).toEqual(['Jeroen Cooreman']);
    expect(found('Kwarsbrand', false)).toEqual(['Anna Quarsbrand']);
  });

  it('finds nothing for a query without words', () => {
    expect(found(' , ; ')).toEqual([]);
  });
});

describe('stored name keys', () => {
  it('are recomputed on start when the rules change, and only those that differ', () => {
    const quarsbrand = contact('Anna Quarsbrand');
    contact('Roman Vassilenko', 'Wasylenko');
    // The key as the rules before QU ↔ KW made it.
    testDb.sqlite.prepare('update contacts set search_key = ? where id = ?').run(' ana kuarsbrand ', quarsbrand.id);
    expect(found('Kwarsbrand', false)).toEqual([]);

    migrateDatabase(testDb.file);
    expect(found('Kwarsbrand', false)).toEqual(['Anna Quarsbrand']);
    expect(found('Vasylenko', false)).toEqual(['Roman Vassilenko']);
    expect(refreshContactSearchKeys(testDb.sqlite)).toBe(0);
  });

  it('count the keys rewritten, and the full-text index follows them', () => {
    const quarsbrand = contact('Anna Quarsbrand');
    testDb.sqlite.prepare('update contacts set search_key = ? where id = ?').run(' ana kuarsbrand ', quarsbrand.id);
    expect(refreshContactSearchKeys(testDb.sqlite)).toBe(1);
    const stale = testDb.sqlite.prepare('select count(*) as n from contacts_search where contacts_search match ?').get('"kuarsbrand"*') as { n: number };
    expect(stale.n).toBe(0);
  });
});
