import 'server-only';
import { listCooperationAreas, listFocusCountryCodes } from '@/db/reference';
import { countryName } from '@/lib/countries';

/** What a post may cover: the mission's accredited and focus countries (and any it covers already), its active areas. */
export function postChoices(covered: string[] = []) {
  const codes = [...new Set([...listFocusCountryCodes(), ...covered])];
  return {
    countries: codes.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name)),
    areas: listCooperationAreas(),
  };
}
