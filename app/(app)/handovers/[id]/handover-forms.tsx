'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { TextareaField } from '@/components/ui/textarea-field';
import { acknowledgeHandoverAction, writeHandoverNotesAction } from '../../posts/actions';

/** An item the note is about; `noteLabel` is its field's label, already in the reader's language ("Note on “…”"). */
type Item = { id: number; noteLabel: string; note: string | null };

/** The form's words, in the reader's language (the page translates them: no catalogue is shipped). */
export type HandoverNotesLabels = { saved: string; generalNote: string; generalNoteHint: string; submit: string; saving: string };

/** The leaving holder's notes: one for the whole post, one beside each item. */
export function HandoverNotesForm({
  handoverId,
  generalNote,
  items,
  labels,
}: {
  handoverId: number;
  generalNote: string | null;
  items: Item[];
  labels: HandoverNotesLabels;
}) {
  const [result, formAction] = useActionState(writeHandoverNotesAction, null);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-4 rounded-xl border border-slate-200 bg-white p-4" noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>{labels.saved}</SuccessMessage>}
      <input type="hidden" name="handoverId" value={handoverId} />
      <TextareaField
        name="generalNote"
        label={labels.generalNote}
        rows={4}
        defaultValue={generalNote ?? ''}
        errors={errors?.generalNote}
        hint={labels.generalNoteHint}
      />
      {items.map((item) => (
        <div key={item.id}>
          <input type="hidden" name="itemId" value={item.id} />
          <TextareaField id={`item-note-${item.id}`} name="itemNote" label={item.noteLabel} rows={2} defaultValue={item.note ?? ''} />
        </div>
      ))}
      {errors?.itemNote && <p className="text-sm font-medium text-red-700">{errors.itemNote.join(' ')}</p>}
      <SubmitButton pendingLabel={labels.saving}>{labels.submit}</SubmitButton>
    </form>
  );
}

/** The successor confirms each item taken over: one button for all that remain, or item by item. Its words come translated. */
export function AcknowledgeForm({ handoverId, itemIds, label, pendingLabel }: { handoverId: number; itemIds: number[]; label: string; pendingLabel: string }) {
  const [result, formAction] = useActionState(acknowledgeHandoverAction, null);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <FormMessage result={result} />
      <input type="hidden" name="handoverId" value={handoverId} />
      {itemIds.map((id) => (
        <input key={id} type="hidden" name="itemIds" value={id} />
      ))}
      <SubmitButton variant="secondary" pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
