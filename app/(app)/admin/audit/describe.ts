/**
 * The audit log in words (messages `auditLog.*`): what an action code means ("account.create" →
 * "Account created") and which record an event names ("meeting #12" → "Meeting #12"). The codes
 * stay what the log stores, filters on and exports; a code or record type without words (one an
 * older version wrote) is shown as it stands.
 */

/**
 * Every action the app writes, literal or built (`account.${'reactivate' | 'deactivate'}` in
 * db/users.ts, `country.${'focus' | 'unfocus'}` in db/reference.ts, `follow-up.${kind}` in
 * db/follow-ups.ts, `update` when a change has no log entry). A test keeps it in step with the code.
 */
export const auditActions = [
  'access.refused',
  'account.change-password',
  'account.change-role',
  'account.clear-sign-in-locks',
  'account.create',
  'account.deactivate',
  'account.language',
  'account.reactivate',
  'account.reset-password',
  'account.setup',
  'area.create',
  'area.update',
  'calendar.regenerate',
  'contact.create',
  'contact.merge',
  'contact.merged-away',
  'contact.update',
  'country.focus',
  'country.unfocus',
  'draft.create',
  'draft.discard',
  'follow-up.create',
  'follow-up.due-date',
  'follow-up.note',
  'follow-up.owner',
  'follow-up.status',
  'follow-up.update',
  'handover.acknowledge',
  'handover.notes',
  'meeting.create',
  'meeting.delete',
  'meeting.update',
  'organisation.create',
  'organisation.update',
  'post.create',
  'post.hand-over',
  'post.update',
  'second-factor.disable',
  'second-factor.enable',
  'second-factor.failed',
  'second-factor.locked',
  'second-factor.new-recovery-codes',
  'second-factor.recovery-code',
  'second-factor.reset',
  'session.end',
  'session.end-all',
  'session.expired',
  'session.sign-out',
  'session.sign-out-everywhere',
  'settings.areas-reviewed',
  'settings.update',
  'sign-in.failed',
  'sign-in.locked',
  'sign-in.succeeded',
] as const;

/** The record types the app writes (`entityType: '…'` in db/ and server/): the record-type filter's choices. */
export const auditRecordTypes = [
  'meeting',
  'follow_up',
  'contact',
  'organisation',
  'post',
  'handover',
  'user',
  'session',
  'email',
  'permission',
  'cooperation_area',
  'country',
  'mission_settings',
  'draft',
] as const;

/**
 * Record types a refused request can name besides those (server/refusals.ts: the permission's noun,
 * or an input field `…Id`), worded too.
 */
export const refusalRecordTypes = ['account', 'area', 'calendar', 'duplicate_contact', 'keep_contact', 'reference', 'settings'] as const;

/** The part of next-intl's translator for the `auditLog` namespace that these helpers use. */
export type AuditWords = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

const ACTION_CODE = /^[a-z-]+\.[a-z-]+$/;
const RECORD_TYPE = /^[a-z_]+$/;

/** "Account created" for `account.create`, in the reader's language; null for a code without words. */
export function describeAuditAction(code: string, t: AuditWords): string | null {
  const key = `actions.${code}`;
  return ACTION_CODE.test(code) && t.has(key) ? t(key) : null;
}

/** "Meeting" for `meeting`; null for a type without words. */
export function describeAuditRecordType(type: string, t: AuditWords): string | null {
  const key = `entities.${type}`;
  return RECORD_TYPE.test(type) && t.has(key) ? t(key) : null;
}

/**
 * "Meeting #12" / "Entretien n° 12" for a numbered record, "Permission: audit:read" for one named
 * otherwise (an e-mail address, a country, a permission); null for a type without words.
 */
export function describeAuditRecord(type: string, id: string, t: AuditWords): string | null {
  const word = describeAuditRecordType(type, t);
  if (word === null) return null;
  return t(/^\d+$/.test(id) ? 'record' : 'recordNamed', { type: word, id });
}
