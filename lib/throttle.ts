/**
 * Sign-in throttling rules (see docs/decisions/0005-sign-in-throttling.md). Per account: from the
 * 5th consecutive failure each attempt waits a little longer, from the 10th the account is refused
 * for 15 minutes. Per client: 50 failures in 15 minutes refuse that client for 15 minutes. A lock
 * is temporary by design, so an attacker cannot keep a real user out for long.
 */
export const WINDOW_MS = 15 * 60_000;
export const CLIENT_LIMIT = 50;

/** How long an account must wait after `failures` consecutive failures. */
export function accountLockMs(failures: number): number {
  if (failures >= 10) return 15 * 60_000;
  if (failures >= 5) return 2 ** (failures - 5) * 30_000; // 30 s, 1 min, 2 min, 4 min, 8 min
  return 0;
}

export function clientLockMs(failuresInWindow: number): number {
  return failuresInWindow >= CLIENT_LIMIT ? WINDOW_MS : 0;
}

/**
 * The wait as a person reads it, never shorter than the real one: seconds under a minute (the first
 * lock is 30 s, which "1 minute" doubled), whole minutes when exact, else "about" the next minute
 * (14 min 10 s is "about 15 minutes", not a flat "15").
 */
export function waitMessage(lockedUntil: number, now: number, attempts: 'sign-in attempts' | 'codes' = 'sign-in attempts'): string {
  return `Too many failed ${attempts}. Try again in ${describeWait(lockedUntil - now)}.`;
}

function describeWait(ms: number): string {
  // Whole seconds, rounded up: a lock read a few milliseconds after it began still shows its full length.
  const seconds = Math.max(1, Math.ceil(ms / 1_000));
  if (seconds < 60) return plural(seconds, 'second');
  const minutes = Math.ceil(seconds / 60);
  return seconds % 60 === 0 ? plural(minutes, 'minute') : `about ${plural(minutes, 'minute')}`;
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
