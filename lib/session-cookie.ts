/** Auth.js's session cookie: __Secure- prefixed over HTTPS, split into .0, .1… chunks when large. */
export const sessionCookiePattern = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** The whole session token from a request's cookies, chunks joined in order; '' when there is none. */
export function sessionToken(cookies: { name: string; value: string }[]): string {
  return cookies
    .filter(({ name }) => sessionCookiePattern.test(name))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
    .map(({ value }) => value)
    .join('');
}
