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

export function waitMessage(lockedUntil: number, now: number): string {
  const minutes = Math.max(1, Math.ceil((lockedUntil - now) / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
