/**
 * Typed failures shared by the policy, the data layer and the action wrapper. Each carries a code
 * and a message fit to show the user. They live in lib/ because lib/policy.ts and db/ both throw them.
 */
export class AppError extends Error {
  constructor(
    readonly code: 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID' | 'BUSY',
    message: string,
    /** Field-level messages, keyed by the form field they belong to. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class Forbidden extends AppError {
  constructor(message = 'You do not have permission to do this.') {
    super('FORBIDDEN', message);
  }
}

export class NotFound extends AppError {
  constructor(message = 'This record does not exist or you cannot see it.') {
    super('NOT_FOUND', message);
  }
}

/** The record changed since it was read (optimistic concurrency), or a uniqueness rule was hit. */
export class Conflict extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super('CONFLICT', message, fieldErrors);
  }
}

/** A business rule refuses the change (e.g. demoting the last active admin). */
export class RuleViolation extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super('INVALID', message, fieldErrors);
  }
}

/** Other writers kept the database locked for longer than a change may wait: nothing was saved. */
export class Busy extends AppError {
  constructor(message = 'The database is busy with other changes, and nothing was saved. Please try again.') {
    super('BUSY', message);
  }
}
