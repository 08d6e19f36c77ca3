import 'server-only';
import { listCooperationAreas, listFocusCountryCodes } from '@/db/reference';
import { getMissionSettings } from '@/db/settings';
import { listActiveColleagues } from '@/db/users';
import { countriesByName } from '@/lib/countries';

/** What the meeting form offers to choose from. */
export function meetingFormOptions(extraAreas: { id: number; name: string }[] = []) {
  const areas = listCooperationAreas();
  const focusCountries = listFocusCountryCodes();
  return {
    countries: countriesByName,
    focusCountries,
    // Where most meetings happen: the host country, else the mission's only focus country.
    hostCountry: getMissionSettings().hostCountryCode ?? (focusCountries.length === 1 ? focusCountries[0] : null),
    colleagues: listActiveColleagues(),
    // A retired area already on the meeting stays selectable while editing it.
    areas: [...areas, ...extraAreas.filter((extra) => !areas.some((area) => area.id === extra.id))],
  };
}
