'use client';

/** The browser's print dialog: the brief's layout for A4 lives in its print styles, the page marks in PrintedPageMarks. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold print:hidden"
    >
      Print the handover brief
    </button>
  );
}
