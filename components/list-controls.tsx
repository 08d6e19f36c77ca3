import { Link } from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button-styles';

const selectClass = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2';

/** A one-field search form that submits as GET, so results are bookmarkable. */
export function NameSearch({ label, query, placeholder, id }: { label: string; query: string; placeholder: string; id: string }) {
  return (
    <form method="get" role="search" aria-label={label} className="mb-4 flex gap-2">
      <label htmlFor={id} className="sr-only">
        Name
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
        Search
      </button>
    </form>
  );
}

/** Previous / next links for an offset-paginated list. */
export function Pager({ page, hasNext, href }: { page: number; hasNext: boolean; href: (page: number) => string }) {
  return (
    <nav aria-label="Pages" className="mt-4 flex gap-2">
      {page > 1 && (
        <Link className={buttonClass('secondary')} href={href(page - 1)}>
          Previous page
        </Link>
      )}
      {hasNext && (
        <Link className={buttonClass('secondary')} href={href(page + 1)}>
          Next page
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
  anyLabel = 'Any',
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
  const current = value === undefined ? '' : String(value);
  const state = onChange ? { value: current, onChange: (event: { target: { value: string } }) => onChange(event.target.value) } : { defaultValue: current };
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={id} {...state} className={selectClass}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
