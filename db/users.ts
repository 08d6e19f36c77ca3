import 'server-only';
import type { Locale } from '../lib/locale';
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { Conflict, NotFound, RuleViolation } from '../lib/errors';
import type { Role } from '../lib/roles';
import { diff, recordAuditEvent } from './audit';
import { getDb } from './client';
import { type Database, isSqliteError, type Transaction } from './connection';
import { users } from './schema';
import { endUserSessions } from './sessions';

/** The columns any page may see; the password hash is selected only by sign-in. */
const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
};

export type Account = {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: Date;
};

type WithDb = { db?: Database };

export function countUsers({ db = getDb() }: WithDb = {}): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

/** For sign-in only: the one read that returns a password hash. */
export function getCredentialsByEmail({ email, db = getDb() }: { email: string } & WithDb) {
  return db.select({ id: users.id, passwordHash: users.passwordHash, active: users.active }).from(users).where(eq(users.email, email.toLowerCase())).get();
}

/** What a new session will owe (lib/sessions.ts), read right after its password was accepted. */
export function getSignInFacts({ email, db = getDb() }: { email: string } & WithDb) {
  return db
    .select({
      role: users.role,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      totpEnabled: sql<boolean>`${users.totpSecret} is not null`.mapWith(Boolean),
    })
    .from(users)
    .where(eq(users.email, email.toLowerCase()))
    .get();
}

export function listAccounts({ db = getDb() }: WithDb = {}): Account[] {
  return db.select(publicColumns).from(users).orderBy(asc(users.name), asc(users.id)).all();
}

export function getAccount({ id, db = getDb() }: { id: number } & WithDb): Account {
  const account = db.select(publicColumns).from(users).where(eq(users.id, id)).get();
  if (!account) throw new NotFound('This account does not exist.');
  return account;
}

const emailTaken = () => new Conflict('An account with this e-mail already exists.', { email: ['An account with this e-mail already exists.'] });

type NewAccount = { name: string; email: string; role: Role; passwordHash: string };

/**
 * First-run setup. The check "no account exists yet" and the insert share one IMMEDIATE transaction,
 * so two simultaneous submissions cannot both create an admin: the second sees the first's row.
 */
export function createFirstAdmin({ account, db = getDb() }: { account: Omit<NewAccount, 'role'> } & WithDb): Account {
  return db.transaction(
    (tx) => {
      const existing = tx.select({ n: count() }).from(users).get()?.n ?? 0;
      if (existing > 0) throw new NotFound('Setup has already been completed.');
      const created = tx
        .insert(users)
        .values({ ...account, role: 'admin' })
        .returning(publicColumns)
        .get();
      recordAuditEvent(tx, { actorId: created.id, action: 'account.setup', entityType: 'user', entityId: created.id, changes: { role: [null, 'admin'] } });
      return created;
    },
    { behavior: 'immediate' },
  );
}

export function createAccount({ actorId, account, db = getDb() }: { actorId: number; account: NewAccount } & WithDb): Account {
  try {
    return db.transaction(
      (tx) => {
        // The admin chose or saw this password: only its owner's own choice is kept (lib/password-strength.ts).
        const created = tx
          .insert(users)
          .values({ ...account, mustChangePassword: true })
          .returning(publicColumns)
          .get();
        recordAuditEvent(tx, {
          actorId,
          action: 'account.create',
          entityType: 'user',
          entityId: created.id,
          changes: { name: [null, created.name], email: [null, created.email], role: [null, created.role] },
        });
        return created;
      },
      { behavior: 'immediate' },
    );
  } catch (error) {
    if (isSqliteError(error, 'SQLITE_CONSTRAINT_UNIQUE')) throw emailTaken();
    throw error;
  }
}

function countActiveAdmins(tx: Transaction): number {
  return (
    tx
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true)))
      .get()?.n ?? 0
  );
}

const lastAdmin = (what: 'deactivate' | 'demote') =>
  new RuleViolation(
    what === 'deactivate'
      ? 'You cannot deactivate the last active administrator. Make another account an administrator first.'
      : 'You cannot demote the last active administrator. Make another account an administrator first.',
  );

/**
 * Applies a change to an account, refusing any that would leave the mission without an active
 * admin. Ends every open session and retires the calendar feed's secret whenever access or
 * credentials change, so nothing issued before the change still works.
 */
function updateAccount(
  db: Database,
  {
    actorId,
    userId,
    action,
    changes,
    endSessions,
  }: {
    actorId: number;
    userId: number;
    action: string;
    changes: Partial<{ role: Role; active: boolean; passwordHash: string; mustChangePassword: boolean }>;
    endSessions: boolean;
  },
): Account {
  return db.transaction(
    (tx) => {
      const before = tx.select(publicColumns).from(users).where(eq(users.id, userId)).get();
      if (!before) throw new NotFound('This account does not exist.');
      const losesAdmin = before.role === 'admin' && before.active && ((changes.role && changes.role !== 'admin') || changes.active === false);
      if (losesAdmin && countActiveAdmins(tx) <= 1) throw lastAdmin(changes.active === false ? 'deactivate' : 'demote');

      const updated = tx
        .update(users)
        .set({ ...changes, updatedAt: new Date(), ...(endSessions ? { calendarTokenHash: null } : {}) })
        .where(eq(users.id, userId))
        .returning(publicColumns)
        .get();
      if (endSessions) endUserSessions(tx, { userId, reason: 'account-changed' });
      const { passwordHash, mustChangePassword: _mustChange, ...visible } = changes;
      recordAuditEvent(tx, {
        actorId,
        action,
        entityType: 'user',
        entityId: userId,
        // The hash never goes into the log; that a reset happened is the event itself.
        changes: passwordHash ? { password: ['(previous)', '(reset)'] } : diff(before, visible),
      });
      return updated;
    },
    { behavior: 'immediate' },
  );
}

export function changeAccountRole({ actorId, userId, role, db = getDb() }: { actorId: number; userId: number; role: Role } & WithDb) {
  return updateAccount(db, { actorId, userId, action: 'account.change-role', changes: { role }, endSessions: true });
}

export function setAccountActive({ actorId, userId, active, db = getDb() }: { actorId: number; userId: number; active: boolean } & WithDb) {
  return updateAccount(db, {
    actorId,
    userId,
    action: active ? 'account.reactivate' : 'account.deactivate',
    changes: { active },
    endSessions: true,
  });
}

export function resetAccountPassword({ actorId, userId, passwordHash, db = getDb() }: { actorId: number; userId: number; passwordHash: string } & WithDb) {
  return updateAccount(db, { actorId, userId, action: 'account.reset-password', changes: { passwordHash, mustChangePassword: true }, endSessions: true });
}

/** For changing one's own password: the stored hash, to refuse the same password again. */
export function getPasswordHash({ userId, db = getDb() }: { userId: number } & WithDb): string | undefined {
  return db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get()?.passwordHash;
}

/**
 * A user's own new password: every other session ends, as does the calendar feed's secret; the
 * session that changed it goes on (and no longer owes a new password).
 */
export function changeOwnPassword({
  userId,
  sessionId,
  passwordHash,
  db = getDb(),
}: { userId: number; sessionId: number; passwordHash: string } & WithDb): void {
  db.transaction(
    (tx) => {
      tx.update(users).set({ passwordHash, mustChangePassword: false, calendarTokenHash: null, updatedAt: new Date() }).where(eq(users.id, userId)).run();
      endUserSessions(tx, { userId, reason: 'password-changed', except: sessionId });
      recordAuditEvent(tx, {
        actorId: userId,
        action: 'account.change-password',
        entityType: 'user',
        entityId: userId,
        changes: { password: ['(previous)', '(changed)'] },
      });
    },
    { behavior: 'immediate' },
  );
}

/** One's own interface language (null: the browser's). */
export function setOwnLocale({ userId, locale, db = getDb() }: { userId: number; locale: Locale | null } & WithDb): void {
  db.transaction(
    (tx) => {
      const before = tx.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).get();
      if (!before || before.locale === locale) return;
      tx.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, userId)).run();
      recordAuditEvent(tx, { actorId: userId, action: 'account.language', entityType: 'user', entityId: userId, changes: { locale: [before.locale, locale] } });
    },
    { behavior: 'immediate' },
  );
}

/** Colleagues who can be named as attendees or owners. */
export function listActiveColleagues({ db = getDb() }: WithDb = {}) {
  return db.select({ id: users.id, name: users.name }).from(users).where(eq(users.active, true)).orderBy(asc(users.name)).all();
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A new calendar-feed secret for the user; only its hash is stored, so it is shown once. */
export function createCalendarToken({ userId, db = getDb() }: { userId: number } & WithDb): string {
  const token = randomBytes(24).toString('base64url');
  db.transaction(
    (tx) => {
      tx.update(users)
        .set({ calendarTokenHash: sha256(token), updatedAt: new Date() })
        .where(eq(users.id, userId))
        .run();
      // The secret itself is never logged; that a new one replaced the old is.
      recordAuditEvent(tx, { actorId: userId, action: 'calendar.regenerate', entityType: 'user', entityId: userId });
    },
    { behavior: 'immediate' },
  );
  return token;
}

/** The active account a calendar-feed token belongs to, if any. */
export function getUserByCalendarToken({ token, db = getDb() }: { token: string } & WithDb) {
  if (!/^[\w-]{20,64}$/.test(token)) return undefined;
  return db
    .select({ id: users.id, role: users.role, active: users.active, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.calendarTokenHash, sha256(token)), eq(users.active, true)))
    .get();
}
