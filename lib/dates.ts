const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "24 June 2024", or "24 June 2024 – 25 June 2024" for a meeting over several days. */
export function formatDateRange(start: string, end?: string | null): string {
  const first = dayFormat.format(new Date(`${start}T00:00:00Z`));
  if (!end || end === start) return first;
  return `${first} – ${dayFormat.format(new Date(`${end}T00:00:00Z`))}`;
}
