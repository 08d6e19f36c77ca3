import { describe, expect, it } from 'vitest';
import { DEFAULT_MISSION_NAME, isSetupComplete, type SetupFacts, setupSteps } from './setup-checklist';

const fresh: SetupFacts = {
  missionName: DEFAULT_MISSION_NAME,
  ourCountryCode: null,
  hostCountryCode: null,
  focusCountryCount: 0,
  areasReviewed: false,
  activeAccountCount: 1,
};
const complete: SetupFacts = {
  missionName: 'Embassy of Kazakhstan in Brussels',
  ourCountryCode: 'KZ',
  hostCountryCode: 'BE',
  focusCountryCount: 2,
  areasReviewed: true,
  activeAccountCount: 2,
};
const done = (facts: SetupFacts) => Object.fromEntries(setupSteps(facts).map((step) => [step.key, step.done]));

describe('setup checklist', () => {
  it('has every step open on a fresh install, each linking to where it is done', () => {
    expect(done(fresh)).toEqual({ 'mission-name': false, 'our-country': false, countries: false, areas: false, accounts: false });
    expect(setupSteps(fresh).map((step) => step.href)).toEqual([
      '/admin/settings#field-missionName',
      '/admin/settings#field-ourCountryCode',
      '/admin/settings#field-hostCountryCode',
      '/admin/reference#areas-heading',
      '/admin/accounts/new',
    ]);
    expect(isSetupComplete(fresh)).toBe(false);
  });

  it('is complete when every step is done, and not while any one is missing', () => {
    expect(isSetupComplete(complete)).toBe(true);
    const oneMissing: Partial<SetupFacts>[] = [
      { missionName: DEFAULT_MISSION_NAME },
      { ourCountryCode: null },
      { hostCountryCode: null },
      { focusCountryCount: 0 },
      { areasReviewed: false },
      { activeAccountCount: 1 },
    ];
    for (const change of oneMissing) expect(isSetupComplete({ ...complete, ...change }), JSON.stringify(change)).toBe(false);
  });

  it('ticks each step from its own facts alone', () => {
    expect(done({ ...fresh, missionName: 'Embassy in Brussels' })).toMatchObject({ 'mission-name': true, 'our-country': false });
    expect(done({ ...fresh, ourCountryCode: 'KZ' })).toMatchObject({ 'our-country': true, countries: false });
    // A host country alone is not enough: the accredited countries come with it (the host is added to them automatically).
    expect(done({ ...fresh, hostCountryCode: 'BE' })).toMatchObject({ countries: false });
    expect(done({ ...fresh, focusCountryCount: 3 })).toMatchObject({ countries: false });
    expect(done({ ...fresh, hostCountryCode: 'BE', focusCountryCount: 1 })).toMatchObject({ countries: true });
    expect(done({ ...fresh, areasReviewed: true })).toMatchObject({ areas: true, accounts: false });
    expect(done({ ...fresh, activeAccountCount: 2 })).toMatchObject({ accounts: true, areas: false });
  });
});
