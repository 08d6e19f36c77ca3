'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { TextareaField } from '@/components/ui/textarea-field';
import { acknowledgeHandoverAction, writeHandoverNotesAction } from '../../posts/actions';

type Item = { id: number; label: string; note: string | null };

/** The leaving holder's notes: one for the whole post, one beside each item. */
export function HandoverNotesForm({ handoverId, generalNote, items }: { handoverId: number; generalNote: string | null; items: Item[] }) {
  const [result, formAction] = useActionState(writeHandoverNotesAction, null);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-4 rounded-xl border border-slate-200 bg-white p-4" noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>Notes saved.</SuccessMessage>}
      <input type="hidden" name="handoverId" value={handoverId} />
      <TextareaField
        name="generalNote"
        label="General note to the successor"
        rows={4}
        defaultValue={generalNote ?? ''}
        errors={errors?.generalNote}
        hint="What they should know first: the people, the pending files, the dates."
      />
      {items.map((item) => (
        <div key={item.id}>
          <input type="hidden" name="itemId" value={item.id} />
          <TextareaField id={`item-note-${item.id}`} name="itemNote" label={`Note on “${item.label}”`} rows={2} defaultValue={item.note ?? ''} />
        </div>
      ))}
      {errors?.itemNote && <p className="text-sm font-medium text-red-700">{errors.itemNote.join(' ')}</p>}
      <SubmitButton>Save notes</SubmitButton>
    </form>
  );
}

/** The successor confirms each item taken over: one button for all that remain, or item by item. */
export function AcknowledgeForm({ handoverId, itemIds, label }: { handoverId: number; itemIds: number[]; label: string }) {
  const [result, formAction] = useActionState(acknowledgeHandoverAction, null);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <FormMessage result={result} />
      <input type="hidden" name="handoverId" value={handoverId} />
      {itemIds.map((id) => (
        <input key={id} type="hidden" name="itemIds" value={id} />
      ))}
      <SubmitButton variant="secondary" pendingLabel="Acknowledging…">
        {label}
      </SubmitButton>
    </form>
  );
}
