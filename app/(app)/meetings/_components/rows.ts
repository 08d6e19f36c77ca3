/** A repeated form row with a key of its own, so that removing one row never shifts the others' fields. */
export type Keyed<T> = T & { key: string };

export const newKey = () => Math.random().toString(36).slice(2, 10);

/**
 * A list that always ends with one blank row: typing into the last row opens the next, so adding a
 * place or a follow-up costs no tap. Blank rows are ignored when the form is saved.
 */
export function withTrailingBlank<T>(rows: Keyed<T>[], isBlank: (row: T) => boolean, blankAfter: (last: T | undefined) => T): Keyed<T>[] {
  const last = rows.at(-1);
  return last && isBlank(last) ? rows : [...rows, { ...blankAfter(last), key: newKey() }];
}

/**
 * After a row is removed its button is gone, and focus would fall to the page: it moves to the
 * first field of the row now in that place (the next one, or the blank row kept ready), once drawn.
 */
export function focusRowAfterRemoval(fieldIdPrefix: string, index: number): void {
  requestAnimationFrame(() => document.getElementById(`${fieldIdPrefix}-${index}`)?.focus());
}
