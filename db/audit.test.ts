import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withRequestOrigin } from '../lib/request-origin';
import { auditEventsAsJsonLines, listAuditEvents, recordSecurityEvent } from './audit';
import { createStaff, createTestDatabase } from './test-database';
import { changeAccountRole } from './users';

let testDb: ReturnType<typeof createTestDatabase>;
beforeEach(() => {
  testDb = createTestDatabase();
});
afterEach(() => testDb.close());

const browser = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

describe('the audit log', () => {
  it('cannot be changed or deleted, even by SQL run on the database itself', () => {
    createStaff(testDb.db, { officer: 'officer' });
    const count = () => (testDb.sqlite.prepare('select count(*) as n from audit_events').get() as { n: number }).n;
    const before = count();
    expect(before).toBeGreaterThan(0);
    expect(() => testDb.sqlite.exec("update audit_events set action = 'nothing'")).toThrow(/append-only: a row cannot be changed/);
    expect(() => testDb.sqlite.exec('delete from audit_events')).toThrow(/append-only: a row cannot be deleted/);
    expect(count()).toBe(before);
    // Adding goes on as before.
    recordSecurityEvent({ actorId: null, action: 'sign-in.failed', entityType: 'email', entityId: 'nobody@m.test' }, testDb.db);
    expect(count()).toBe(before + 1);
  });

  it('records where each change came from: the request’s address and browser, given by the action or route wrapper', () => {
    const { admin, officer } = createStaff(testDb.db, { officer: 'officer' });
    withRequestOrigin({ clientAddress: '203.0.113.20', userAgent: browser }, () =>
      changeAccountRole({ db: testDb.db, actorId: admin.id, userId: officer.id, role: 'manager' }),
    );
    const [event] = listAuditEvents({ db: testDb.db, filters: { action: 'account.change-role' } }).events;
    expect(event).toMatchObject({ clientAddress: '203.0.113.20', userAgent: browser });
    // Outside a request (a script), none.
    changeAccountRole({ db: testDb.db, actorId: admin.id, userId: officer.id, role: 'officer' });
    expect(listAuditEvents({ db: testDb.db, filters: { action: 'account.change-role' } }).events[0]).toMatchObject({ clientAddress: null, userAgent: null });
  });

  it('tells security events from changes to records, and filters by client address', () => {
    createStaff(testDb.db, { officer: 'officer' });
    const origin = { clientAddress: '198.51.100.9', userAgent: browser };
    recordSecurityEvent({ actorId: null, action: 'sign-in.failed', entityType: 'email', entityId: 'x@m.test', origin }, testDb.db);
    recordSecurityEvent({ actorId: null, action: 'sign-in.locked', entityType: 'email', entityId: 'x@m.test', origin }, testDb.db);
    const actions = (filters: Parameters<typeof listAuditEvents>[0]['filters']) =>
      listAuditEvents({ db: testDb.db, filters }).events.map((event) => event.action);
    expect(actions({ kind: 'security' })).toEqual(['sign-in.locked', 'sign-in.failed']);
    expect(actions({ kind: 'changes' })).toEqual(['account.create', 'account.setup']);
    expect(actions({ clientAddress: '198.51.100.9' })).toEqual(['sign-in.locked', 'sign-in.failed']);
    expect(actions({ clientAddress: '192.0.2.1' })).toEqual([]);
  });

  it('is shipped as JSON lines, oldest first, from the event after the last one read', () => {
    const { admin } = createStaff(testDb.db, { officer: 'officer' });
    recordSecurityEvent(
      {
        actorId: admin.id,
        action: 'access.refused',
        entityType: 'meeting',
        entityId: 7,
        changes: { asked: [null, 'meeting:delete'] },
        origin: { clientAddress: '10.0.0.9', userAgent: browser },
      },
      testDb.db,
    );
    const lines = [...auditEventsAsJsonLines({ db: testDb.db })];
    expect(lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    const events = lines.map((line) => JSON.parse(line));
    expect(events.map((event) => event.action)).toEqual(['account.setup', 'account.create', 'access.refused']);
    expect(events[2]).toEqual({
      id: events[2].id,
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      actor: { id: admin.id, email: 'ada@m.test' },
      action: 'access.refused',
      security: true,
      record: { type: 'meeting', id: '7' },
      changes: { asked: [null, 'meeting:delete'] },
      clientAddress: '10.0.0.9',
      userAgent: browser,
    });
    expect(events[1].security).toBe(false);
    expect([...auditEventsAsJsonLines({ db: testDb.db, afterId: events[1].id })].map((line) => JSON.parse(line).action)).toEqual(['access.refused']);
  });
});
