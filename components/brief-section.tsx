import type { ReactNode } from 'react';

/** A part of a printed brief: a card on screen, plain on paper, its heading kept with what follows. */
export function BriefSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-4 print:border-0 print:p-0">
      <h2 id={id} className="mb-2 text-lg font-semibold break-after-avoid print:mb-1">
        {title}
      </h2>
      {children}
    </section>
  );
}
