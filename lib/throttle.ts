/**
 * Sign-in throttling rules, for passwords and second-factor codes alike (decision 0029). A lock
 * falls on a pair — one account from one client address — never on an account as a whole, so
 * nobody can keep the owner out by failing on purpose:
 * - a pair's consecutive failures: four pass, then each waits 30 s, doubling up to 15 minutes;
 * - an account's failures from all clients: from the 10th in 15 minutes (a guess spread over many
 *   addresses), any client failing on it waits 15 minutes after one failure. A client with no
 *   failure of its own — the owner's — is still checked and let in with the right password;
 * - a client's failures on all accounts: 50 in 15 minutes refuse it for 15 minutes (spraying).
 */
export const WINDOW_MS = 15 * 60_000;
export const CLIENT_LIMIT = 50;
export const ACCOUNT_CEILING = 10;
/** How long a pair's failures are remembered without a new one. */
export const PAIR_MEMORY_MS = 24 * 3_600_000;

/** How long one account must wait at one client after `failures` consecutive failures there. */
export function pairLockMs(failures: number, accountFailuresInWindow: number): number {
  const growing = failures >= 5 ? Math.min(WINDOW_MS, 2 ** (failures - 5) * 30_000) : 0; // 30 s, 1, 2, 4, 8, 15 min
  return accountFailuresInWindow >= ACCOUNT_CEILING ? WINDOW_MS : growing;
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
  const wait = describeWait(lockedUntil - now);
  return attempts === 'codes' ? `Too many failed codes. Try again in ${wait}.` : `Too many failed sign-in attempts. Try again in ${wait}.`;
}

function describeWait(ms: number): string {
  // Whole seconds, rounded up: a lock read a few milliseconds after it began still shows its full length.
  const seconds = Math.max(1, Math.ceil(ms / 1_000));
  if (seconds < 60) return plural(seconds, 'second');
  const minutes = Math.ceil(seconds / 60);
  return seconds % 60 === 0 ? plural(minutes, 'minute') : `about ${plural(minutes, 'minute')}`;
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
