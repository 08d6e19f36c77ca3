'use client';

import type { AreaOutcome } from '@/lib/meetings';

const outcomes: { value: AreaOutcome; label: string }[] = [
  { value: 'discussed', label: 'Discussed' },
  { value: 'agreed', label: 'Agreed' },
];

/**
 * Every cooperation area in one compact list: one tap marks it discussed or agreed, a second tap on
 * the same choice clears it. Sent as "id:outcome" pairs, as the schema reads them.
 */
export function AreaPicker({
  areas,
  chosen,
  onChange,
}: {
  areas: { id: number; name: string }[];
  chosen: Record<number, AreaOutcome>;
  onChange: (next: Record<number, AreaOutcome>) => void;
}) {
  const choose = (areaId: number, outcome: AreaOutcome) => {
    const next = { ...chosen };
    if (next[areaId] === outcome) delete next[areaId];
    else next[areaId] = outcome;
    onChange(next);
  };
  return (
    <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
      {areas.map((area) => (
        <div key={area.id} role="group" aria-label={area.name} className="flex min-h-11 items-center justify-between gap-2 border-b border-slate-100 text-sm">
          <span className={chosen[area.id] ? 'font-medium' : undefined}>{area.name}</span>
          {chosen[area.id] && <input type="hidden" name="areas" value={`${area.id}:${chosen[area.id]}`} />}
          <span className="flex shrink-0 gap-1">
            {outcomes.map((outcome) => (
              <button
                key={outcome.value}
                type="button"
                aria-pressed={chosen[area.id] === outcome.value}
                aria-label={`${area.name}: ${outcome.label.toLowerCase()}`}
                onClick={() => choose(area.id, outcome.value)}
                className="min-h-9 rounded-full border border-slate-300 px-2.5 text-xs font-medium text-slate-700 hover:bg-slate-50 aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white"
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
