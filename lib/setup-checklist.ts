/** The name a mission has until an admin gives it its own. */
export const DEFAULT_MISSION_NAME = 'Readout';

/** What the first-run checklist is decided from: read from the database by db/settings.ts getSetupFacts. */
export type SetupFacts = {
  missionName: string;
  ourCountryCode: string | null;
  hostCountryCode: string | null;
  focusCountryCount: number;
  areasReviewed: boolean;
  activeAccountCount: number;
};

export type SetupStep = { key: string; label: string; href: string; done: boolean };

/**
 * The steps that make a fresh install the mission's own, in the order an admin takes them. Derived
 * from the data alone, so a step done another way (the host added under reference data, an area
 * renamed) is ticked too, and nothing is ever blocked until they are done.
 */
export function setupSteps(facts: SetupFacts): SetupStep[] {
  return [
    { key: 'mission-name', label: 'Name the mission', href: '/admin/settings#field-missionName', done: facts.missionName !== DEFAULT_MISSION_NAME },
    {
      key: 'our-country',
      label: 'Choose the country the mission represents',
      href: '/admin/settings#field-ourCountryCode',
      done: facts.ourCountryCode !== null,
    },
    {
      key: 'countries',
      label: 'Choose the host country and the accredited countries',
      href: '/admin/settings#field-hostCountryCode',
      done: facts.hostCountryCode !== null && facts.focusCountryCount >= 1,
    },
    { key: 'areas', label: 'Review the list of cooperation areas', href: '/admin/reference#areas-heading', done: facts.areasReviewed },
    // The first admin alone is not yet a mission: at least one colleague has an account.
    { key: 'accounts', label: 'Create the first accounts for colleagues', href: '/admin/accounts/new', done: facts.activeAccountCount >= 2 },
  ];
}

export function isSetupComplete(facts: SetupFacts): boolean {
  return setupSteps(facts).every((step) => step.done);
}
