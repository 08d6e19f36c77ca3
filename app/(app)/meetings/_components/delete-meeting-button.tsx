'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { deleteMeetingAction } from '../actions';

/** The button's words, in the reader's language: deleteMeetingLabels() in form-options.ts. */
export type DeleteMeetingLabels = { summary: string; explain: string; confirm: string; pending: string };

export function DeleteMeetingButton({ meetingId, labels }: { meetingId: number; labels: DeleteMeetingLabels }) {
  const [result, formAction] = useActionState(deleteMeetingAction, null);
  return (
    <details className="rounded-lg border border-red-200 bg-white p-3">
      <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-red-800">{labels.summary}</summary>
      <form action={formAction} className="mt-2 space-y-2">
        <FormMessage result={result} />
        <p className="text-sm text-slate-700">{labels.explain}</p>
        <input type="hidden" name="meetingId" value={meetingId} />
        <SubmitButton variant="danger" pendingLabel={labels.pending}>
          {labels.confirm}
        </SubmitButton>
      </form>
    </details>
  );
}
