'use client';

import { useCommonWords } from '@/components/common-words';
import { Link } from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button-styles';

const selectClass = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2';

/** A one-field search form that submits as GET, so results are bookmarkable. */
export function NameSearch({ label, query, placeholder, id }: { label: string; query: string; placeholder: string; id: string }) {
  const { list } = useCommonWords();
  return (
    <form method="get" role="search" aria-label={label} className="mb-4 flex gap-2">
      <label htmlFor={id} className="sr-only">
        {list.name}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        placeholder={placeholder}
        className="w-full max-w-md rounded-md border border-slate-300 px-3 py-2"
      />
      <button type="submit" className={buttonClass('secondary')}>
        {list.search}
      </button>
    </form>
  );
}

/** The links of `Pager` (components/list-controls.tsx), worded here: the pager itself takes a function, which stays on the server. */
export function PagerLinks({ previous, next }: { previous?: string; next?: string }) {
  const { list } = useCommonWords();
  return (
    <nav aria-label={list.pages} className="mt-4 flex gap-2">
      {previous && (
        <Link className={buttonClass('secondary')} href={previous}>
          {list.previous}
        </Link>
      )}
      {next && (
        <Link className={buttonClass('secondary')} href={next}>
          {list.next}
        </Link>
      )}
    </nav>
  );
}

/**
 * A labelled filter select for GET filter forms: "any" first, then the options. With `onChange`
 * the select is controlled (its options may change after it is shown, see PickListSelect).
 */
export function FilterSelect({
  id,
  label,
  value,
  anyLabel,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string | number | undefined;
  anyLabel?: string;
  options: { value: string | number; label: string }[];
  onChange?: (value: string) => void;
}) {
  const words = useCommonWords();
  const current = value === undefined ? '' : String(value);
  const state = onChange ? { value: current, onChange: (event: { target: { value: string } }) => onChange(event.target.value) } : { defaultValue: current };
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={id} {...state} className={selectClass}>
        <option value="">{anyLabel ?? words.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
