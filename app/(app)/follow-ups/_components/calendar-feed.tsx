'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { regenerateCalendarFeedAction } from '../actions';

/** Its words, in the reader's language (the follow-ups page translates them: no catalogue is shipped). */
export type CalendarFeedLabels = { heading: string; description: string; submit: string; pending: string };

export function CalendarFeed({ labels }: { labels: CalendarFeedLabels }) {
  const [result, formAction] = useActionState(regenerateCalendarFeedAction, null);
  const url = result?.ok && typeof window !== 'undefined' ? `${window.location.origin}${result.data.path}` : null;
  return (
    <section aria-labelledby="calendar-heading" className="mt-8 space-y-2 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="calendar-heading" className="font-semibold">
        {labels.heading}
      </h2>
      <p className="text-sm text-slate-700">{labels.description}</p>
      <form action={formAction}>
        <FormMessage result={result} />
        <SubmitButton variant="secondary" pendingLabel={labels.pending}>
          {labels.submit}
        </SubmitButton>
      </form>
      {url && (
        <p role="status" className="break-all rounded-md bg-amber-50 p-3 font-mono text-sm" data-testid="calendar-url">
          {url}
        </p>
      )}
    </section>
  );
}
