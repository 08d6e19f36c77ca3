/**
 * What every server action returns (server/action.ts), and what forms in the browser read:
 * `values` refills the form (React resets it after an action).
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; values?: undefined; fieldErrors?: undefined; formError?: undefined }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[] | undefined>; values: Record<string, string>; sessionEnded?: true };
