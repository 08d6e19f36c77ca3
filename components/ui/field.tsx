import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

type Wiring = { name: string; label: string; hint?: ReactNode; errors?: string[]; /** Needed when one name repeats in a form. */ id?: string };

const controlClass =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm ' +
  'focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600 ' +
  'aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-red-600/20';

/** Label, hint and error wired to the control, so screen readers announce all three. */
function FieldShell({
  name,
  id: givenId,
  label,
  hint,
  errors,
  children,
}: Wiring & { children: (aria: Record<string, string | boolean | undefined>) => ReactNode }) {
  const id = givenId ?? `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({
        id,
        name,
        'aria-invalid': errors?.length ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}

export function Field({ name, id, label, hint, errors, ...input }: Wiring & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell name={name} id={id} label={label} hint={hint} errors={errors}>
      {(aria) => <input {...input} {...aria} className={controlClass} />}
    </FieldShell>
  );
}

export function SelectField({
  name,
  id,
  label,
  hint,
  errors,
  options,
  ...select
}: Wiring & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <FieldShell name={name} id={id} label={label} hint={hint} errors={errors}>
      {(aria) => (
        <select {...select} {...aria} className={controlClass}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
