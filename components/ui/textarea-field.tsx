'use client';

import { type ClipboardEvent, type TextareaHTMLAttributes, useEffect, useRef, useState } from 'react';
import { useCommonWords } from '@/components/common-words';
import { fill } from '@/lib/fill';
import { countedLength, pasteRefusal, showsCounter, textLimitOf } from '@/lib/text-limits';

type Props = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** Needed when two forms on one page use the same name. */
  id?: string;
} & TextareaHTMLAttributes<HTMLTextAreaElement>;

/**
 * A labelled text box that states its limit, counts once the limit is near, and refuses a paste
 * that would not fit (the browser's maxLength would cut it silently). A long-text field of the
 * schemas gets its limit by name (lib/text-limits.ts) unless `maxLength` says otherwise.
 */
export function TextareaField({ name, id: givenId, label, hint, errors, maxLength: givenMaxLength, onChange, onPaste, ...textarea }: Props) {
  const id = givenId ?? `field-${name}`;
  const maxLength = givenMaxLength ?? textLimitOf(name);
  const box = useRef<HTMLTextAreaElement>(null);
  const [uncontrolledLength, setUncontrolledLength] = useState(() => countedLength(String(textarea.defaultValue ?? '')));
  const length = textarea.value === undefined ? uncontrolledLength : countedLength(String(textarea.value));
  const [refusal, setRefusal] = useState<string | null>(null);
  const { locale, textarea: words } = useCommonWords();
  const count = (value: number) => value.toLocaleString(locale);

  // React resets an uncontrolled form after its action runs; the count must follow.
  useEffect(() => {
    const form = box.current?.form;
    if (!form) return;
    // The reset event comes before the fields are reset: read them once it is done.
    const recount = () => queueMicrotask(() => setUncontrolledLength(countedLength(box.current?.value ?? '')));
    form.addEventListener('reset', recount);
    return () => form.removeEventListener('reset', recount);
  }, []);

  function refuseOverflowingPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    onPaste?.(event);
    if (event.defaultPrevented || maxLength === undefined) return;
    const { value, selectionStart, selectionEnd } = event.currentTarget;
    const currentLength = countedLength(value);
    const selectedLength = countedLength(value.slice(selectionStart, selectionEnd));
    const pasted = event.clipboardData.getData('text/plain');
    // lib/text-limits decides; the words are the page's language.
    if (!pasteRefusal({ label, max: maxLength, currentLength, selectedLength, pasted })) return setRefusal(null);
    const pastedLength = countedLength(pasted);
    const room = Math.max(maxLength - (currentLength - selectedLength), 0);
    const values = { pasted: count(pastedLength), label, max: count(maxLength), room: count(room) };
    setRefusal(fill(pastedLength > maxLength ? words.tooLong : words.noRoom, values));
    event.preventDefault();
  }

  const counting = maxLength !== undefined && showsCounter(length, maxLength);
  const describedBy =
    [hint && `${id}-hint`, maxLength !== undefined && `${id}-limit`, counting && `${id}-count`, refusal && `${id}-refusal`, errors?.length && `${id}-error`]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        ref={box}
        id={id}
        name={name}
        rows={4}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:border-red-600"
        {...textarea}
        maxLength={maxLength}
        onPaste={refuseOverflowingPaste}
        onChange={(event) => {
          setUncontrolledLength(countedLength(event.target.value));
          setRefusal(null);
          onChange?.(event);
        }}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {maxLength !== undefined && (
        <div className="flex flex-wrap justify-between gap-x-4 text-sm text-slate-600">
          <p id={`${id}-limit`}>{fill(words.upTo, { count: count(maxLength) })}</p>
          {/* Always present, so that screen readers announce it when it fills. */}
          <p id={`${id}-count`} aria-live="polite" className="tabular-nums">
            {counting && (
              <>
                {count(length)} / {count(maxLength)}
                <span className="sr-only"> {words.characters}</span>
              </>
            )}
          </p>
        </div>
      )}
      {refusal && (
        <p id={`${id}-refusal`} role="alert" className="text-sm font-medium text-red-700">
          {refusal}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** An error for a group of controls (a fieldset), announced with it. */
export function GroupError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {errors.join(' ')}
    </p>
  );
}
