export type PickOption = { value: string; label: string };

/** The long option lists shared by the filter forms, served by /api/pick-lists. */
export type PickLists = Record<'countries' | 'areas' | 'colleagues', PickOption[]>;
