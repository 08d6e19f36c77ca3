import type { ReactNode } from 'react';

/**
 * A part of a long form that folds: open to start with, closed with one tap to shorten the page on
 * a phone. Folded fields stay in the form and are sent with it.
 */
export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <details open className="group rounded-xl border border-slate-200 bg-white">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 px-4 py-2 sm:px-5 [&::-webkit-details-marker]:hidden">
        <h2 id={id} className="font-semibold">
          {title}
        </h2>
        <span aria-hidden="true" className="text-slate-500 transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="space-y-4 px-4 pb-4 sm:px-5 sm:pb-5">{children}</div>
    </details>
  );
}
