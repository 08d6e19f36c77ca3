'use client';

import { useRef, useState } from 'react';
import { fill } from '@/lib/fill';
import type { AreaOutcome } from '@/lib/meetings';

/**
 * Every cooperation area in one compact list: one tap marks it discussed or agreed, a second tap on
 * the same choice clears it. Sent as "id:outcome" pairs, as the schema reads them.
 *
 * For the keyboard the list is one Tab stop (a roving tabindex): arrows move between areas and
 * between the two choices, Home and End to the ends, and a letter to the next area starting with it.
 */
export function AreaPicker({
  areas,
  outcomes,
  choiceLabels,
  chosen,
  onChange,
}: {
  areas: { id: number; name: string }[];
  /** The two choices, discussed then agreed, named in the reader's language. */
  outcomes: { value: AreaOutcome; label: string }[];
  /** Each choice's accessible name, a template with {area}: "Energy: agreed". */
  choiceLabels: Record<AreaOutcome, string>;
  chosen: Record<number, AreaOutcome>;
  onChange: (next: Record<number, AreaOutcome>) => void;
}) {
  const [active, setActive] = useState({ area: 0, outcome: 0 });
  const list = useRef<HTMLDivElement>(null);
  const choose = (areaId: number, outcome: AreaOutcome) => {
    const next = { ...chosen };
    if (next[areaId] === outcome) delete next[areaId];
    else next[areaId] = outcome;
    onChange(next);
  };
  const moveTo = (area: number, outcome: number) => {
    const to = { area: (area + areas.length) % areas.length, outcome };
    setActive(to);
    list.current?.querySelector<HTMLElement>(`[data-area="${to.area}"][data-outcome="${to.outcome}"]`)?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const { area, outcome } = active;
    const steps: Record<string, () => void> = {
      ArrowDown: () => moveTo(area + 1, outcome),
      ArrowUp: () => moveTo(area - 1, outcome),
      ArrowRight: () => (outcome === 0 ? moveTo(area, 1) : moveTo(area + 1, 0)),
      ArrowLeft: () => (outcome === 1 ? moveTo(area, 0) : moveTo(area - 1, 1)),
      Home: () => moveTo(0, outcome),
      End: () => moveTo(areas.length - 1, outcome),
    };
    const letter = event.key.length === 1 && /\p{L}|\d/u.test(event.key) ? event.key.toLocaleLowerCase() : null;
    if (steps[event.key]) steps[event.key]!();
    else if (letter) {
      const after = [...areas.slice(area + 1), ...areas.slice(0, area + 1)];
      const found = after.find((candidate) => candidate.name.toLocaleLowerCase().startsWith(letter));
      if (!found) return;
      moveTo(areas.indexOf(found), outcome);
    } else return;
    event.preventDefault();
  };
  return (
    <div ref={list} className="grid gap-x-4 gap-y-1 sm:grid-cols-2" onKeyDown={onKeyDown}>
      {areas.map((area, areaIndex) => (
        <div key={area.id} role="group" aria-label={area.name} className="flex min-h-11 items-center justify-between gap-2 border-b border-slate-100 text-sm">
          <span className={chosen[area.id] ? 'font-medium' : undefined}>{area.name}</span>
          {chosen[area.id] && <input type="hidden" name="areas" value={`${area.id}:${chosen[area.id]}`} />}
          <span className="flex shrink-0 gap-1">
            {outcomes.map((outcome, outcomeIndex) => (
              <button
                key={outcome.value}
                type="button"
                data-area={areaIndex}
                data-outcome={outcomeIndex}
                tabIndex={active.area === areaIndex && active.outcome === outcomeIndex ? 0 : -1}
                aria-pressed={chosen[area.id] === outcome.value}
                aria-label={fill(choiceLabels[outcome.value], { area: area.name })}
                onFocus={() => setActive({ area: areaIndex, outcome: outcomeIndex })}
                onClick={() => choose(area.id, outcome.value)}
                className="min-h-9 rounded-full border border-slate-300 px-2 text-xs font-medium text-slate-700 hover:bg-slate-50 aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white"
              >
                {outcome.label}
              </button>
            ))}
          </span>
        </div>
      ))}
    </div>
  );
}
