/**
 * A catalogue message's `{name}` placeholders filled in the browser, for the few words a client
 * component composes itself (counts, names it learns as the user types). The catalogue's full
 * syntax (plural, select) stays on the server: shipping its formatter would cost every page's budget.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A count's message by the language's plural rule: `{ one: '# item', other: '# items' }`. */
export function plural(locale: string, count: number, forms: { one: string; other: string }): string {
  return (new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other).replace('#', count.toLocaleString(locale));
}
