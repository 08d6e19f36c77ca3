import { describe, expect, it } from 'vitest';
import { type Anchor, type Click, clientNavigationTarget } from './client-navigation';

const click: Click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const page = { origin: 'https://readout.example', pathname: '/meetings', search: '?kind=call', hash: '' };
const link: Anchor = { origin: 'https://readout.example', pathname: '/meetings/7', search: '', hash: '', target: '', download: false };

describe('clientNavigationTarget', () => {
  it('opens a plain click on a link of the app, with its query and fragment', () => {
    expect(clientNavigationTarget(click, link, page)).toBe('/meetings/7');
    expect(clientNavigationTarget(click, { ...link, pathname: '/meetings', search: '?kind=call&page=2' }, page)).toBe('/meetings?kind=call&page=2');
    expect(clientNavigationTarget(click, { ...link, hash: '#notes' }, page)).toBe('/meetings/7#notes');
    expect(clientNavigationTarget(click, { ...link, target: '_self' }, page)).toBe('/meetings/7');
  });

  it.each<[string, Partial<Click>]>([
    ['Ctrl (new tab)', { ctrlKey: true }],
    ['Cmd (new tab)', { metaKey: true }],
    ['Shift (new window)', { shiftKey: true }],
    ['Alt (download)', { altKey: true }],
    ['another button', { button: 1 }],
    ['a handler that already took the click', { defaultPrevented: true }],
  ])('leaves a click with %s to the browser', (_, change) => {
    expect(clientNavigationTarget({ ...click, ...change }, link, page)).toBeNull();
  });

  it.each<[string, Partial<Anchor>]>([
    ['another site', { origin: 'https://example.org' }],
    ['a download', { download: true }],
    ['another window', { target: '_blank' }],
    ['a place on the same page', { pathname: '/meetings', search: '?kind=call', hash: '#results' }],
  ])('leaves a link to %s to the browser', (_, change) => {
    expect(clientNavigationTarget(click, { ...link, ...change }, page)).toBeNull();
  });
});
