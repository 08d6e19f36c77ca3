import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { headers } from 'next/headers';
import QRCode from 'qrcode';
import { getMissionSettings } from '../db/settings';
import { enableSecondFactor, getSecondFactor, listUnusedRecoveryCodes, useRecoveryCode, useTotpStep } from '../db/second-factor';
import { lockedUntil, recordFailedSignIn, recordSuccessfulSignIn } from '../db/sign-in-attempts';
import { RuleViolation } from '../lib/errors';
import { hashPassword, verifyPassword } from '../lib/password';
import { originOf, type RequestOrigin } from '../lib/request-origin';
import { acceptedTotpStep, looksLikeTotp, newRecoveryCodes, newTotpSecret, normaliseCode, totpUri } from '../lib/second-factor';
import { readEnv } from '../lib/env';
import { waitMessage } from '../lib/throttle';
import type { SignedInViewer } from './current-user';

const ENROLMENT_MS = 15 * 60_000;

const seal = (userId: number, secret: string, expires: number) =>
  createHmac('sha256', readEnv('AUTH_SECRET')).update(`second-factor-enrolment:${userId}:${secret}:${expires}`).digest('base64url');

/**
 * A secret offered for enrolment, sealed to the viewer for 15 minutes, with its QR code. Nothing is
 * stored until the person proves, with a code, that their app holds it, so showing the page
 * writes nothing.
 */
export async function enrolmentOffer(viewer: { id: number; email: string }) {
  const secret = newTotpSecret();
  const expires = Date.now() + ENROLMENT_MS;
  const uri = totpUri({ secret, accountName: viewer.email, issuer: `Readout · ${getMissionSettings().missionName}` });
  return { offer: { secret, expires: String(expires), seal: seal(viewer.id, secret, expires) }, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
}

function openSeal(userId: number, offer: { secret: string; expires: string; seal: string }): string {
  const expires = Number(offer.expires);
  const expected = Buffer.from(seal(userId, offer.secret, expires));
  const given = Buffer.from(offer.seal);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    throw new RuleViolation('This set-up page is not valid any more. Reload it and scan the new code.');
  if (!(expires > Date.now())) throw new RuleViolation('This set-up page has expired. Reload it and scan the new code.');
  return offer.secret;
}

/** Codes are throttled like passwords (lib/throttle.ts), per account and client; failures and locks go to the security log. */
async function throttled<T>({ userId, origin }: { userId: number; origin: RequestOrigin }, attempt: () => Promise<T | null>, failure: string): Promise<T> {
  const keys = { account: `second-factor:${userId}`, client: origin.clientAddress };
  const until = lockedUntil({ keys });
  if (until) throw new RuleViolation(waitMessage(until, Date.now(), 'codes'), { code: [failure] });
  const result = await attempt();
  if (result === null) {
    const lock = recordFailedSignIn({
      keys,
      events: { failed: 'second-factor.failed', locked: 'second-factor.locked', entry: { actorId: userId, entityType: 'user', entityId: userId, origin } },
    });
    throw new RuleViolation(lock ? waitMessage(lock, Date.now(), 'codes') : failure, { code: [failure] });
  }
  recordSuccessfulSignIn({ keys });
  return result;
}

/** Checks a code from the authenticator app, or a recovery code, for this signed-in session. */
export async function giveSecondFactor({ viewer, code }: { viewer: SignedInViewer; code: string }): Promise<'app' | 'recovery-code'> {
  return verifySecondFactor({ userId: viewer.id, code, origin: originOf(await headers()), sessionId: viewer.sessionId });
}

/**
 * Checks a code from the authenticator app, or a recovery code, and marks `sessionId` as verified
 * (none when the code comes with the password: the session starts verified). A code already used
 * (or older than the last one used) and a spent recovery code are refused.
 */
export async function verifySecondFactor({
  userId,
  code,
  origin,
  sessionId,
}: {
  userId: number;
  code: string;
  origin: RequestOrigin;
  sessionId: number | null;
}): Promise<'app' | 'recovery-code'> {
  return throttled(
    { userId, origin },
    async () => {
      if (looksLikeTotp(code)) {
        const { secret } = getSecondFactor({ userId });
        const step = secret ? await acceptedTotpStep({ code, secret }) : null;
        if (step === null) return null;
        if (!useTotpStep({ userId, sessionId, step })) {
          throw new RuleViolation('This code has already been used. Wait for the next one in your app.', {
            code: ['This code has already been used. Wait for the next one in your app.'],
          });
        }
        return 'app' as const;
      }
      const candidate = normaliseCode(code);
      for (const stored of listUnusedRecoveryCodes({ userId })) {
        if (await verifyPassword(stored.codeHash, candidate)) {
          return useRecoveryCode({ userId, sessionId, codeId: stored.id }) ? ('recovery-code' as const) : null;
        }
      }
      return null;
    },
    'That code is not right. Enter the 6-digit code your app shows now, or one of your unused recovery codes.',
  );
}

/** Turns the second factor on once a code proves the offered secret is in the person's app; returns the recovery codes, shown once. */
export async function enrolSecondFactor({
  viewer,
  offer,
  code,
}: {
  viewer: SignedInViewer;
  offer: { secret: string; expires: string; seal: string };
  code: string;
}): Promise<string[]> {
  const secret = openSeal(viewer.id, offer);
  const step = await throttled(
    { userId: viewer.id, origin: originOf(await headers()) },
    () => acceptedTotpStep({ code, secret }),
    'That code does not match. Check that the app shows Readout, then enter the code it shows now.',
  );
  return issueRecoveryCodes((codeHashes) => enableSecondFactor({ userId: viewer.id, sessionId: viewer.sessionId, secret, step, codeHashes }));
}

/** New recovery codes, hashed like passwords (they stand in for one); the plain codes are returned once. */
export async function issueRecoveryCodes(store: (codeHashes: string[]) => void): Promise<string[]> {
  const codes = newRecoveryCodes();
  store(await Promise.all(codes.map((code) => hashPassword(normaliseCode(code)))));
  return codes;
}
