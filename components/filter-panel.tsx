'use client';

import { type ReactNode, useId, useState } from 'react';
import { useCommonWords } from '@/components/common-words';
import { buttonClass } from '@/components/ui/button-styles';
import { plural } from '@/lib/fill';

/**
 * A list's filter form, behind one "Filters" button on a phone so that the results come first; it
 * starts open when a filter is set, and the button counts them. From `sm` up the form is always
 * shown and the button hidden.
 */
export function FilterPanel({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const [open, setOpen] = useState(activeCount > 0);
  const panelId = useId();
  const { locale, filters } = useCommonWords();
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={activeCount > 0 ? plural(locale, activeCount, filters.active) : undefined}
        onClick={() => setOpen(!open)}
        className={`${buttonClass('secondary')} mb-3 gap-2 sm:hidden`}
      >
        {filters.button}
        {activeCount > 0 && <span className="rounded-full bg-brand-600 px-2 text-xs text-white">{activeCount}</span>}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id={panelId} className={open ? undefined : 'hidden sm:block'}>
        {children}
      </div>
    </div>
  );
}
