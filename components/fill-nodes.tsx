import { Fragment, type ReactNode } from 'react';

/** A catalogue template whose `{name}` placeholders are elements (a link, a `<time>`): on the server or in the browser. */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, index) => <Fragment key={index}>{index % 2 === 1 ? (part in values ? values[part] : `{${part}}`) : part}</Fragment>);
}
