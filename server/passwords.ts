import 'server-only';
import { getMissionSettings } from '../db/settings';
import { changeOwnPassword, getPasswordHash } from '../db/users';
import { NotFound, RuleViolation } from '../lib/errors';
import { hashPassword, verifyPassword } from '../lib/password';
import { passwordWeakness } from '../lib/password-strength';

/**
 * The hash of a new password that passed the strength check for its owner (their name and e-mail,
 * the mission's name), or a RuleViolation on the `field` that says why it was refused.
 */
export async function hashNewPassword({
  password,
  owner,
  field = 'password',
}: {
  password: string;
  owner: { name: string; email: string };
  field?: string;
}): Promise<string> {
  const weakness = await passwordWeakness(password, { ...owner, missionName: getMissionSettings().missionName });
  if (weakness) throw new RuleViolation('Please choose a stronger password.', { [field]: [weakness] });
  return hashPassword(password);
}

/**
 * A person's own new password, from the account page or the sign-in step that owes one: refused
 * when it is the password already set (`sameAsBefore` says so in the form's words), else checked
 * for strength and stored; the person's other sessions end.
 */
export async function replaceOwnPassword({
  viewer,
  password,
  sameAsBefore,
}: {
  viewer: { id: number; sessionId: number; name: string; email: string };
  password: string;
  sameAsBefore: { message: string; field: string };
}): Promise<void> {
  const current = getPasswordHash({ userId: viewer.id });
  if (!current) throw new NotFound('This account does not exist.');
  if (await verifyPassword(current, password)) throw new RuleViolation(sameAsBefore.message, { password: [sameAsBefore.field] });
  changeOwnPassword({ userId: viewer.id, sessionId: viewer.sessionId, passwordHash: await hashNewPassword({ password, owner: viewer }) });
}
