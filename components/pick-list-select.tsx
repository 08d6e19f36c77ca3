'use client';

import { useEffect, useState } from 'react';
import { FilterSelect } from '@/components/list-controls-client';
import type { PickLists, PickOption } from '@/lib/pick-lists';

async function fetchPickLists(): Promise<PickLists> {
  const response = await fetch('/api/pick-lists');
  if (!response.ok) throw new Error(`Could not load the filter options (${response.status}).`);
  return (await response.json()) as PickLists;
}

/**
 * One request per tab every five minutes, shared by every select on the page and the next pages; again
 * at once when the page's language changes (the lists come named in it).
 */
let cached: { at: number; lang: string; lists: Promise<PickLists> } | undefined;
function pickLists(): Promise<PickLists> {
  const lang = document.documentElement.lang;
  if (!cached || cached.lang !== lang || Date.now() - cached.at > 5 * 60_000) {
    const lists = fetchPickLists();
    cached = { at: Date.now(), lang, lists };
    // A failed request is not kept: the next select or page asks again.
    lists.catch(() => cached?.lists === lists && (cached = undefined));
  }
  return cached.lists;
}

/**
 * The lists, once arrived. A promise kept per tab is all this needs: they are reference data that
 * never change while shown, so no query library is loaded for them (it would put the list pages
 * over the 150 kB first-load budget; decision 0009).
 */
function usePickLists(): PickLists | undefined {
  const [lists, setLists] = useState<PickLists>();
  useEffect(() => {
    let shown = true;
    pickLists().then(
      (arrived) => shown && setLists(arrived),
      // Without the lists the select still offers "any", the fixed options and the current choice.
      () => undefined,
    );
    return () => {
      shown = false;
    };
  }, []);
  return lists;
}

type PickListSelectProps = {
  id: string;
  label: string;
  list: keyof PickLists;
  /** The current filter, with its label, so that it shows before the list arrives. */
  selected: PickOption | undefined;
  anyLabel?: string;
  /** Options that come before the list, such as "Me" or "No owner". */
  fixed?: PickOption[];
};

/**
 * A filter select whose long list (countries, areas, colleagues) is loaded once per tab and shared
 * by every filter form. Until it arrives the select already shows "any", the fixed options and the
 * current choice, so the form is usable and shows what is filtered.
 */
export function PickListSelect({ id, label, list, selected, anyLabel, fixed = [] }: PickListSelectProps) {
  const [value, setValue] = useState(selected?.value ?? '');
  const data = usePickLists();
  const isFixed = (option: PickOption) => fixed.some((fixedOption) => fixedOption.value === option.value);
  const listed = (data?.[list] ?? (selected ? [selected] : [])).filter((option) => !isFixed(option));
  return <FilterSelect id={id} label={label} anyLabel={anyLabel} value={value} onChange={setValue} options={[...fixed, ...listed]} />;
}
