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
 * Focus for the field `id` once React has drawn it: the control just used (a row's Remove, a
 * match picked, Cancel) is gone, and focus would otherwise fall to the page.
 */
export function focusOnceDrawn(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
