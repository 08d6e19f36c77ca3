import 'server-only';
import { listCooperationAreas, listFocusCountryCodes } from '@/db/reference';
import { getFormat } from '@/server/format';

/** What a post may cover: the mission's accredited and focus countries (and any it covers already), its active areas; named in the reader's language. */
export async function postChoices(covered: string[] = []) {
  const f = await getFormat();
  const codes = [...new Set([...listFocusCountryCodes(), ...covered])];
  return {
    countries: codes.map((code) => ({ code, name: f.country(code) })).sort((a, b) => a.name.localeCompare(b.name, f.locale)),
    areas: listCooperationAreas().map((area) => ({ id: area.id, name: f.area(area.name) })),
  };
}
