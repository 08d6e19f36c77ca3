import { NextResponse } from 'next/server';
import { listCooperationAreas, listFocusCountryCodes } from '@/db/reference';
import { listActiveColleagues } from '@/db/users';
import type { PickLists } from '@/lib/pick-lists';
import { getFormat } from '@/server/format';
import { defineRoute } from '@/server/route';

/**
 * The long option lists of the filter forms, fetched once per tab instead of rendered into every
 * list page (they would be nearly half of a meetings page; decision 0009).
 */
export const GET = defineRoute('meeting:view', async () => {
  const f = await getFormat();
  const focus = listFocusCountryCodes();
  const countries = f.countries();
  const lists: PickLists = {
    // The mission's focus countries first: they are the ones picked most.
    countries: [...countries.filter((c) => focus.includes(c.code)), ...countries.filter((c) => !focus.includes(c.code))].map((c) => ({
      value: c.code,
      label: c.name,
    })),
    areas: listCooperationAreas({ includeRetired: true }).map((area) => ({ value: String(area.id), label: f.area(area.name) })),
    colleagues: listActiveColleagues().map((colleague) => ({ value: String(colleague.id), label: colleague.name })),
  };
  return NextResponse.json(lists);
});
