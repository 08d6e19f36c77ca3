import 'server-only';
import { getMissionSettings } from '../db/settings';
import { RuleViolation } from '../lib/errors';
import { hashPassword } from '../lib/password';
import { passwordWeakness } from '../lib/password-strength';

/**
 * The hash of a new password that passed the strength check for its owner (their name and e-mail,
 * the mission's name), or a RuleViolation on the `field` that says why it was refused.
 */
export async function hashNewPassword({ password, owner, field = 'password' }: { password: string; owner: { name: string; email: string }; field?: string }): Promise<string> {
  const weakness = await passwordWeakness(password, { ...owner, missionName: getMissionSettings().missionName });
  if (weakness) throw new RuleViolation('Please choose a stronger password.', { [field]: [weakness] });
  return hashPassword(password);
}
