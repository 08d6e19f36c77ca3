import 'server-only';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { inWriteTurn } from '../db/write-turn';
import { AppError, Forbidden } from '../lib/errors';
import { type Payload, toObject } from '../lib/form-data';
import { can, type Permission } from '../lib/policy';
import { originOf, withRequestOrigin } from '../lib/request-origin';
import { recordRefusal } from './refusals';
import type { SignInStep } from '../lib/sessions';
import type { ActionResult } from '../lib/action-result';
import { type SignedInViewer, getViewer, getPendingSignIn } from './current-user';
import { isLocale } from '../lib/locale';
import { browserLocale } from './locale';
import { translateFieldErrors, translateMessage } from './messages';

/**
 * Said when a signed-in action arrives with no valid session. Not a redirect: the form that sent it
 * keeps its text and offers to sign in again in place (components/capture), then sends it again.
 */
export const SESSION_ENDED_MESSAGE = 'Your session has ended, so nothing was saved yet. Your text is kept: sign in again to save it.';

/**
 * Said when a step of sign-in (a code, a new authenticator, a new password) arrives without a
 * sign-in that owes it: timed out, finished in another tab, or never begun.
 */
export const NO_SIGN_IN_IN_PROGRESS = 'This sign-in has expired or is already complete. Sign in again.';

/**
 * Who may call the action: anyone, any signed-in viewer, holders of a permission, or a sign-in that
 * still owes a step (its password accepted, its second factor or new password not yet given).
 */
type Access = 'public' | 'signed-in' | 'signing-in' | Permission;

type Context<A extends Access> = A extends 'public'
  ? { viewer: null }
  : A extends 'signing-in'
    ? { viewer: SignedInViewer; step: SignInStep }
    : { viewer: SignedInViewer };

/**
 * The one wrapper every exported server action goes through, in one order: current viewer → access
 * check → zod parse → `run` (which loads its target, checks own/any rules and calls one db/
 * function), holding the database's write lock (db/write-turn.ts) unless it is `readOnly`. Typed AppErrors become
 * messages for the form; Next's redirects pass through.
 */
export function defineAction<A extends Access, S extends z.ZodType, T>(config: {
  access: A;
  schema: S;
  /**
   * Writes nothing (reading a pasted readout): runs without the write lock, which a long read
   * would otherwise hold from every other action of this process.
   */
  readOnly?: true;
  run: (input: z.output<S>, context: Context<A>) => Promise<T> | T;
}) {
  return async function action(_previous: unknown, payload: Payload): Promise<ActionResult<T>> {
    // Every audit event the action writes carries the request's address and browser.
    const { result, viewer } = await withRequestOrigin(originOf(await headers()), () => perform(payload));
    if (result.ok) return result;
    // The reader's language, from what is already loaded: a public action must not read the session (see perform).
    const locale = viewer && isLocale(viewer.locale) ? viewer.locale : await browserLocale();
    return {
      ...result,
      formError: result.formError && translateMessage(result.formError, locale),
      fieldErrors: translateFieldErrors(result.fieldErrors, locale),
    };
  };

  async function perform(payload: Payload): Promise<{ result: ActionResult<T>; viewer: SignedInViewer | null }> {
    const raw = toObject(payload);
    const values = echoableValues(raw);
    // A public action (signing in) reads no session: the page re-rendered after it sets a cookie
    // must see the new session, not this request's cached "signed out".
    const pending = config.access === 'signing-in' ? await getPendingSignIn() : null;
    const viewer = config.access === 'public' ? null : config.access === 'signing-in' ? (pending?.user ?? null) : await getViewer();
    if (config.access === 'signing-in') {
      if (!viewer) return { result: { ok: false, formError: NO_SIGN_IN_IN_PROGRESS, values }, viewer };
    } else if (config.access !== 'public') {
      if (!viewer) return { result: { ok: false, sessionEnded: true, formError: SESSION_ENDED_MESSAGE, values }, viewer };
      if (config.access !== 'signed-in' && !can(viewer, config.access as Permission)) {
        recordRefusal({ viewer, asked: config.access, input: raw });
        return { result: { ok: false, formError: new Forbidden().message, values }, viewer };
      }
    }
    const parsed = config.schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
      return { result: { ok: false, formError: 'Please correct the fields marked below.', fieldErrors, values }, viewer };
    }
    try {
      const run = () => config.run(parsed.data, { viewer, step: pending?.step } as Context<A>);
      const data = config.readOnly ? await run() : await inWriteTurn(run);
      return { result: { ok: true, data }, viewer };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) {
        if (error instanceof Forbidden && viewer) recordRefusal({ viewer, asked: config.access, input: raw, reason: error.message });
        return { result: { ok: false, formError: error.message, fieldErrors: error.fieldErrors, values }, viewer };
      }
      console.error('Server action failed', error);
      return { result: { ok: false, formError: 'Something went wrong and nothing was saved. Please try again.', values }, viewer };
    }
  }
}

/** The submitted text, to put back into the form; passwords are never sent back. */
function echoableValues(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (/password/i.test(key)) continue;
    if (typeof value === 'string') values[key] = value.slice(0, 100_000);
  }
  return values;
}
