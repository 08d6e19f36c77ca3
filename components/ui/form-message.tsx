/** The form-level outcome, announced to screen readers as soon as it appears. */
export function FormMessage({ result }: { result: { ok: boolean; formError?: string } | null }) {
  if (!result || result.ok || !result.formError) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {result.formError}
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
