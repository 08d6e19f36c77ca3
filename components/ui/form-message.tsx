'use client';

import { useEffect, useRef } from 'react';

/**
 * The form-level outcome, announced to screen readers as soon as it appears. After each refused
 * save, focus moves to the first field marked invalid in the same form, or to this message when no
 * single field is to blame: a long form is saved from its bottom, where nothing would change.
 */
export function FormMessage({ result }: { result: { ok: boolean; formError?: string } | null }) {
  const message = useRef<HTMLParagraphElement>(null);
  const formError = result && !result.ok ? result.formError : undefined;
  useEffect(() => {
    if (!formError || !message.current) return;
    const firstInvalid = message.current.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (firstInvalid ?? message.current).focus();
  }, [result, formError]);
  if (!formError) return null;
  return (
    <p ref={message} role="alert" tabIndex={-1} className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {formError}
    </p>
  );
}

export function SuccessMessage({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {children}
    </p>
  );
}
