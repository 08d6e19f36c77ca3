'use client';

import type { ReactNode } from 'react';

/** The browser's print dialog: a brief's A4 layout lives in its print styles, the page marks in PrintedPageMarks. */
export function PrintButton({ children }: { children: ReactNode }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold print:hidden"
    >
      {children}
    </button>
  );
}
