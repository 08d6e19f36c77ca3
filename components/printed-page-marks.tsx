import { getTranslations } from 'next-intl/server';

/** A CSS string: quotes and backslashes escaped, and `<` too, so that no text can close the style element. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/</g, '\\3c ').replace(/\s+/g, ' ')}"`;

/** "Page {page} of {pages}" as CSS content: the words quoted, the placeholders the page counters. */
const pageCounters = (template: string) =>
  template
    .split(/\{(page|pages)\}/)
    .map((part, index) => (index % 2 === 1 ? `counter(${part})` : part && cssString(part)))
    .filter(Boolean)
    .join(' ');

/**
 * What every printed page of a document carries, in the page's margins (CSS page margin boxes,
 * printed by Chromium, Edge and Firefox): the mission and the document at the top, the page and the
 * number of pages at the bottom, and a marking on each page when the document holds restricted records.
 */
export async function PrintedPageMarks({ mission, document, marking }: { mission: string; document: string; marking?: string }) {
  const t = await getTranslations('common.printedPage');
  const box = (where: string, content: string, extra = '') => `@${where} { content: ${content}; font: 8pt system-ui, sans-serif; color: #334155; ${extra} }`;
  const css = [
    box('top-left', cssString(`${mission} · ${document}`)),
    marking ? box('top-right', cssString(marking), 'font-weight: 700; color: #000; letter-spacing: 0.08em;') : '',
    marking ? box('bottom-left', cssString(marking), 'font-weight: 700; color: #000; letter-spacing: 0.08em;') : '',
    box('bottom-right', pageCounters(t.raw('pageOf'))),
  ].join(' ');
  return <style>{`@page { ${css} }`}</style>;
}
