'use client';

import { useActionState, useState } from 'react';
import { SaveRow, useLosslessForm } from '../../_components/lossless-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { TextareaField } from '@/components/ui/textarea-field';
import { type FollowUpStatus, followUpStatusLabels, followUpStatuses } from '@/lib/follow-ups';
import { addNoteAction, changeDueDateAction, changeStatusAction, reassignAction } from '../actions';

const card = 'space-y-3 rounded-xl border border-slate-200 bg-white p-4';

type NoteFormProps = { followUpId: number; author: { id: number; email: string }; draft?: { id: number; payload: string } };

/** A progress note, kept as a draft while it is written (one per follow-up and author); each note added starts a fresh one. */
export function NoteForm(props: NoteFormProps) {
  const [added, setAdded] = useState(0);
  return <NoteEditor key={added} {...props} draft={added ? undefined : props.draft} added={added > 0} onAdded={() => setAdded((count) => count + 1)} />;
}

function NoteEditor({ followUpId, author, draft, added, onAdded }: NoteFormProps & { added: boolean; onAdded: () => void }) {
  const [note, setNote] = useState(() => (draft ? ((JSON.parse(draft.payload) as { note?: string }).note ?? '') : ''));
  const { result, pending, onSubmit, capture } = useLosslessForm(addNoteAction, {
    userId: author.id,
    email: author.email,
    form: 'follow-up-note',
    targetId: followUpId,
    draftId: draft?.id,
    values: { note },
    label: note.trim().slice(0, 80) || 'Progress note',
    onSaved: onAdded,
  });
  return (
    <>
      <form id="note" onSubmit={onSubmit} className={card} noValidate>
        <FormMessage result={result} />
        {added && !result && <SuccessMessage>Note added.</SuccessMessage>}
        <input type="hidden" name="followUpId" value={followUpId} />
        <TextareaField
          name="note"
          id="progress-note"
          label="Progress note"
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          errors={result?.ok === false ? result.fieldErrors?.note : undefined}
        />
        <SaveRow label="Add note" variant="secondary" pending={pending} capture={capture} />
      </form>
      {capture.dialog}
    </>
  );
}

export function StatusForm({ followUpId, version, status }: { followUpId: number; version: number; status: FollowUpStatus }) {
  const [result, formAction] = useActionState(changeStatusAction, null);
  const [next, setNext] = useState<FollowUpStatus>(status);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  return (
    <form action={formAction} className={card} noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>Status changed to {followUpStatusLabels[result.data.status]}.</SuccessMessage>}
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="status"
        label="Status"
        value={next}
        onChange={(e) => setNext(e.target.value as FollowUpStatus)}
        errors={errors?.status}
        options={followUpStatuses.map((s) => ({ value: s, label: followUpStatusLabels[s] }))}
      />
      {next === 'cancelled' ? (
        <TextareaField
          name="reason"
          label="Why is it cancelled?"
          rows={2}
          defaultValue={result?.ok === false ? result.values.reason : ''}
          errors={errors?.reason}
        />
      ) : (
        <TextareaField
          name="note"
          id="field-status-note"
          label="Note with the change (optional)"
          rows={2}
          defaultValue={result?.ok === false ? result.values.note : ''}
          errors={errors?.note}
        />
      )}
      <SubmitButton variant="secondary">Change status</SubmitButton>
    </form>
  );
}

export function DueDateForm({ followUpId, version, dueDate }: { followUpId: number; version: number; dueDate: string | null }) {
  const [result, formAction] = useActionState(changeDueDateAction, null);
  return (
    <form action={formAction} className={card} noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>Due date saved.</SuccessMessage>}
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="version" value={version} />
      <Field
        name="dueDate"
        label="Due date"
        type="date"
        defaultValue={result?.ok === false ? result.values.dueDate : (dueDate ?? '')}
        errors={result?.ok === false ? result.fieldErrors?.dueDate : undefined}
        hint="Leave empty for no due date."
      />
      <SubmitButton variant="secondary">Change due date</SubmitButton>
    </form>
  );
}

export function ReassignForm({
  followUpId,
  version,
  ownerId,
  ownerPostId,
  colleagues,
  posts,
}: {
  followUpId: number;
  version: number;
  ownerId: number | null;
  ownerPostId: number | null;
  colleagues: { id: number; name: string }[];
  posts: { id: number; label: string }[];
}) {
  const [result, formAction] = useActionState(reassignAction, null);
  return (
    <form action={formAction} className={card} noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>{result.data.changed ? 'Owner changed.' : 'This is already the owner: nothing changed.'}</SuccessMessage>}
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="ownerId"
        label="Owner"
        defaultValue={ownerId ? String(ownerId) : ''}
        errors={result?.ok === false ? result.fieldErrors?.ownerId : undefined}
        options={[{ value: '', label: 'No owner' }, ...colleagues.map((c) => ({ value: String(c.id), label: c.name }))]}
      />
      {posts.length > 0 && (
        <SelectField
          name="ownerPostId"
          label="Or a post"
          hint="A post's follow-up goes to its holder, and to each next holder at a handover."
          defaultValue={ownerPostId ? String(ownerPostId) : ''}
          errors={result?.ok === false ? result.fieldErrors?.ownerPostId : undefined}
          options={[{ value: '', label: 'No post: the person above' }, ...posts.map((p) => ({ value: String(p.id), label: p.label }))]}
        />
      )}
      <SubmitButton variant="secondary">Reassign</SubmitButton>
    </form>
  );
}
