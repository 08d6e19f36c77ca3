'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { deleteMeetingAction } from '../actions';

export function DeleteMeetingButton({ meetingId }: { meetingId: number }) {
  const [result, formAction] = useActionState(deleteMeetingAction, null);
  return (
    <details className="rounded-lg border border-red-200 bg-white p-3">
      <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-red-800">Delete this meeting…</summary>
      <form action={formAction} className="mt-2 space-y-2">
        <FormMessage result={result} />
        <p className="text-sm text-slate-700">It disappears from every list; the record is kept for the audit trail.</p>
        <input type="hidden" name="meetingId" value={meetingId} />
        <SubmitButton variant="danger" pendingLabel="Deleting…">
          Yes, delete the meeting
        </SubmitButton>
      </form>
    </details>
  );
}
