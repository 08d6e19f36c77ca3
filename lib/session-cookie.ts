/** Auth.js's session cookie: __Secure- prefixed over HTTPS, split into .0, .1… chunks when large. */
export const sessionCookiePattern = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** The whole session token from a request's cookies, chunks joined in order; '' when there is none. */
export function sessionToken(cookies: { name: string; value: string }[]): string {
  const base = sessionCookieName(cookies);
  return cookies
    .filter(({ name }) => sessionCookiePattern.test(name) && name.startsWith(base))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
    .map(({ value }) => value)
    .join('');
}

/** The name Auth.js gave the session cookie (its encryption salt): the HTTPS one when the browser sent it. */
export function sessionCookieName(cookies: { name: string }[]): string {
  return cookies.some(({ name }) => name.startsWith('__Secure-authjs.session-token')) ? '__Secure-authjs.session-token' : 'authjs.session-token';
}
