/** How many of a list's filters are set, for the count on its "Filters" button: each value neither missing nor blank. */
export function countActiveFilters(values: Record<string, unknown>): number {
  return Object.values(values).filter((value) => value !== undefined && value !== null && String(value).trim() !== '').length;
}
