import 'server-only';
import { recordSecurityEvent } from '../db/audit';
import type { Viewer } from '../lib/policy';

/** The record a refused request aimed at, as its input names it (`meetingId` → meeting), else the permission asked for. */
function targetOf(asked: string, input: Record<string, unknown>): { entityType: string; entityId: string } {
  for (const [name, value] of Object.entries(input)) {
    if (!/^(id|\w+Id)$/.test(name) || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const noun = name === 'id' ? asked.split(':')[0]! : name.slice(0, -2);
    return { entityType: noun.replace(/[A-Z-]/g, (letter) => `_${letter.replace('-', '').toLowerCase()}`), entityId: String(value).slice(0, 40) };
  }
  return { entityType: 'permission', entityId: asked.slice(0, 60) };
}

/**
 * A signed-in request refused by the policy goes to the security log: who, what they asked for
 * (a permission, on which page or route), which record, and why. Signed-out requests are not
 * logged: they reach nothing, and anyone can send any number of them.
 */
export function recordRefusal({
  viewer,
  asked,
  input = {},
  path,
  reason,
}: {
  viewer: Viewer;
  asked: string;
  input?: Record<string, unknown>;
  path?: string | null;
  reason?: string;
}): void {
  const changes: Record<string, [unknown, unknown]> = { asked: [null, asked] };
  if (path) changes.path = [null, path.slice(0, 200)];
  if (reason) changes.reason = [null, reason];
  recordSecurityEvent({ actorId: viewer.id, action: 'access.refused', ...targetOf(asked, input), changes });
}
