import { describe, expect, it } from 'vitest';
import { requestedPath, returnPathField, safeReturnPath, signInPath } from './return-path';

describe('a safe return path', () => {
  it.each([
    ['/follow-ups/12', '/follow-ups/12'],
    ['/meetings?country=BE', '/meetings?country=BE'],
    ['/meetings?q=tr%C3%A9sor&country=BE#list', '/meetings?q=tr%C3%A9sor&country=BE#list'],
    ['/meetings/../follow-ups', '/follow-ups'],
    ['/', '/'],
  ])('keeps a path of our own: %s', (path, expected) => {
    expect(safeReturnPath(path)).toBe(expected);
  });

  it.each([
    ['//evil.com'],
    ['//evil.com/follow-ups'],
    ['///evil.com'],
    ['/\\evil.com'],
    ['\\\\evil.com'],
    ['/\\/evil.com'],
    ['%2F%2Fevil.com'],
    ['/%2F/evil.com'],
    ['/%2f%2fevil.com'],
    ['/%5Cevil.com'],
    ['https://evil.com'],
    ['http:/evil.com'],
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['evil.com'],
    ['follow-ups/12'],
    ['/\t/evil.com'],
    ['/\n/evil.com'],
    ['\t//evil.com'],
    ['/%09/evil.com'],
    ['/follow-ups/12\r\nSet-Cookie: x=1'],
    ['/%E0%A4%A'],
    [' /follow-ups'],
    [''],
  ])('turns %j into home', (path) => {
    expect(safeReturnPath(path)).toBe('/');
  });

  it('never returns to sign-in or setup themselves', () => {
    for (const path of ['/sign-in', '/sign-in/', '/sign-in?next=%2Fmeetings', '/setup', '/setup?x=1']) expect(safeReturnPath(path), path).toBe('/');
    expect(safeReturnPath('/sign-in-help')).toBe('/sign-in-help');
  });

  it('refuses what is not a string, and paths too long to be real', () => {
    for (const value of [undefined, null, 12, ['/meetings'], { toString: () => '/meetings' }]) expect(safeReturnPath(value)).toBe('/');
    const longest = `/meetings?q=${'a'.repeat(2_000 - '/meetings?q='.length)}`;
    expect(safeReturnPath(longest)).toBe(longest);
    expect(safeReturnPath(`${longest}a`)).toBe('/');
  });

  it('is what the hidden sign-in field parses to', () => {
    expect(returnPathField.parse('/follow-ups/12')).toBe('/follow-ups/12');
    expect(returnPathField.parse('//evil.example')).toBe('/');
    expect(returnPathField.parse(undefined)).toBe('/');
    expect(returnPathField.safeParse(12).success).toBe(false);
  });
});

describe('the sign-in path', () => {
  it('carries a deep link, encoded, and nothing for home or an unsafe path', () => {
    expect(signInPath('/meetings?country=BE')).toBe('/sign-in?next=%2Fmeetings%3Fcountry%3DBE');
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('//evil.example')).toBe('/sign-in');
    expect(signInPath(null)).toBe('/sign-in');
  });
});

describe('the requested path', () => {
  it('is the path and query as typed, without Next.js’s _rsc parameter', () => {
    expect(requestedPath('/follow-ups/12')).toBe('/follow-ups/12');
    expect(requestedPath('/meetings?country=BE&_rsc=1x2y3')).toBe('/meetings?country=BE');
    expect(requestedPath('/meetings?_rsc=1x2y3&q=a+b%20c')).toBe('/meetings?q=a+b%20c');
    expect(requestedPath('/meetings?_rsc=1x2y3')).toBe('/meetings');
    expect(requestedPath('/meetings?_rscx=1')).toBe('/meetings?_rscx=1');
  });

  it('takes the absolute form and falls back to home when there is no URL', () => {
    expect(requestedPath('http://localhost:3000/meetings?country=BE')).toBe('/meetings?country=BE');
    expect(requestedPath(undefined)).toBe('/');
    expect(requestedPath('')).toBe('/');
  });
});
