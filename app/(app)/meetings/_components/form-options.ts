import 'server-only';
import { listCooperationAreas, listFocusCountryCodes } from '@/db/reference';
import { listActiveColleagues } from '@/db/users';
import { countriesByName } from '@/lib/countries';

/** What the meeting form offers to choose from. */
export function meetingFormOptions(extraAreas: { id: number; name: string }[] = []) {
  const areas = listCooperationAreas();
  return {
    countries: countriesByName,
    focusCountries: listFocusCountryCodes(),
    colleagues: listActiveColleagues(),
    // A retired area already on the meeting stays selectable while editing it.
    areas: [...areas, ...extraAreas.filter((extra) => !areas.some((area) => area.id === extra.id))],
  };
}
