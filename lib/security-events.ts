/**
 * The audit log's security events, for the audit page's "Security" filter and the log shipped to a
 * ministry's log system: sign-ins, codes, sessions, sign-in locks and refused requests. Every other
 * action in the log records a change to the mission's records.
 */
export const securityActions = [
  'sign-in.succeeded',
  'sign-in.failed',
  'sign-in.locked',
  'second-factor.failed',
  'second-factor.locked',
  'second-factor.enable',
  'second-factor.disable',
  'second-factor.reset',
  'second-factor.recovery-code',
  'second-factor.new-recovery-codes',
  'session.sign-out',
  'session.sign-out-everywhere',
  'session.end',
  'session.end-all',
  'session.expired',
  'account.change-password',
  'account.reset-password',
  'account.clear-sign-in-locks',
  'access.refused',
] as const;

export type SecurityAction = (typeof securityActions)[number];
