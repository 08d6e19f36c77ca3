'use client';

import { useId, useState } from 'react';

/**
 * Type-ahead over a long list (countries, colleagues): the browser's own suggestions
 * (a datalist), and the choice is made as soon as what is typed names one option exactly.
 */
export function NamePicker({
  label,
  options,
  onPick,
  hint,
}: {
  label: string;
  options: { value: string; label: string }[];
  onPick: (value: string) => void;
  hint?: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  // The suggestions are written once the field is used: hundreds of options (countries, a large
  // mission's staff) were most of the page's server rendering and of its HTML.
  const [used, setUsed] = useState(false);
  const pick = (typed: string) => {
    const wanted = typed.trim().toLocaleLowerCase();
    const match = options.find((option) => option.label.toLocaleLowerCase() === wanted);
    if (match) {
      onPick(match.value);
      setText('');
    } else setText(typed);
  };
  return (
    <div className="space-y-1">
      <label htmlFor={`${id}-input`} className="block text-sm text-slate-700">
        {label}
      </label>
      <input
        id={`${id}-input`}
        list={`${id}-options`}
        value={text}
        onChange={(event) => pick(event.target.value)}
        onFocus={() => setUsed(true)}
        autoComplete="off"
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:w-80"
      />
      {used && (
        <datalist id={`${id}-options`}>
          {options.map((option) => (
            <option key={option.value} value={option.label} />
          ))}
        </datalist>
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}
