'use client';

import { useActionState, useState } from 'react';
import { SaveRow, useLosslessForm } from '../../_components/lossless-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { TextareaField } from '@/components/ui/textarea-field';
import type { FollowUpStatus } from '@/lib/follow-ups';
import { addNoteAction, changeDueDateAction, changeStatusAction, reassignAction } from '../actions';

const card = 'space-y-3 rounded-xl border border-slate-200 bg-white p-4';

/* Each form's words, in the reader's language: the follow-up's page translates them (no catalogue is shipped). */

export type NoteFormLabels = { note: string; added: string; submit: string };

export type StatusFormLabels = {
  status: string;
  options: { value: FollowUpStatus; label: string }[];
  /** "Status changed to Done.", one per status: the new one is known only once the server answers. */
  changedTo: Record<FollowUpStatus, string>;
  reason: string;
  note: string;
  submit: string;
};

export type DueDateFormLabels = { dueDate: string; hint: string; saved: string; submit: string };

export type ReassignFormLabels = {
  owner: string;
  noOwner: string;
  post: string;
  postHint: string;
  noPost: string;
  changed: string;
  unchanged: string;
  submit: string;
};

type NoteFormProps = {
  followUpId: number;
  author: { id: number; email: string };
  draft?: { id: number; payload: string };
  labels: NoteFormLabels;
};

/** A progress note, kept as a draft while it is written (one per follow-up and author); each note added starts a fresh one. */
export function NoteForm(props: NoteFormProps) {
  const [added, setAdded] = useState(0);
  return <NoteEditor key={added} {...props} draft={added ? undefined : props.draft} added={added > 0} onAdded={() => setAdded((count) => count + 1)} />;
}

function NoteEditor({ followUpId, author, draft, added, onAdded, labels }: NoteFormProps & { added: boolean; onAdded: () => void }) {
  const [note, setNote] = useState(() => (draft ? ((JSON.parse(draft.payload) as { note?: string }).note ?? '') : ''));
  const { result, pending, onSubmit, capture } = useLosslessForm(addNoteAction, {
    userId: author.id,
    email: author.email,
    form: 'follow-up-note',
    targetId: followUpId,
    draftId: draft?.id,
    values: { note },
    label: note.trim().slice(0, 80) || labels.note,
    onSaved: onAdded,
  });
  return (
    <>
      <form id="note" onSubmit={onSubmit} className={card} noValidate>
        <FormMessage result={result} />
        {added && !result && <SuccessMessage>{labels.added}</SuccessMessage>}
        <input type="hidden" name="followUpId" value={followUpId} />
        <TextareaField
          name="note"
          id="progress-note"
          label={labels.note}
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          errors={result?.ok === false ? result.fieldErrors?.note : undefined}
        />
        <SaveRow label={labels.submit} variant="secondary" pending={pending} capture={capture} />
      </form>
      {capture.dialog}
    </>
  );
}

export function StatusForm({ followUpId, version, status, labels }: { followUpId: number; version: number; status: FollowUpStatus; labels: StatusFormLabels }) {
  const [result, formAction] = useActionState(changeStatusAction, null);
  const [next, setNext] = useState<FollowUpStatus>(status);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  return (
    <form action={formAction} className={card} noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>{labels.changedTo[result.data.status]}</SuccessMessage>}
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="status"
        label={labels.status}
        value={next}
        onChange={(e) => setNext(e.target.value as FollowUpStatus)}
        errors={errors?.status}
        options={labels.options}
      />
      {next === 'cancelled' ? (
        <TextareaField name="reason" label={labels.reason} rows={2} defaultValue={result?.ok === false ? result.values.reason : ''} errors={errors?.reason} />
      ) : (
        <TextareaField
          name="note"
          id="field-status-note"
          label={labels.note}
          rows={2}
          defaultValue={result?.ok === false ? result.values.note : ''}
          errors={errors?.note}
        />
      )}
      <SubmitButton variant="secondary">{labels.submit}</SubmitButton>
    </form>
  );
}

export function DueDateForm({
  followUpId,
  version,
  dueDate,
  labels,
}: {
  followUpId: number;
  version: number;
  dueDate: string | null;
  labels: DueDateFormLabels;
}) {
  const [result, formAction] = useActionState(changeDueDateAction, null);
  return (
    <form action={formAction} className={card} noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>{labels.saved}</SuccessMessage>}
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="version" value={version} />
      <Field
        name="dueDate"
        label={labels.dueDate}
        type="date"
        defaultValue={result?.ok === false ? result.values.dueDate : (dueDate ?? '')}
        errors={result?.ok === false ? result.fieldErrors?.dueDate : undefined}
        hint={labels.hint}
      />
      <SubmitButton variant="secondary">{labels.submit}</SubmitButton>
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
  labels,
}: {
  followUpId: number;
  version: number;
  ownerId: number | null;
  ownerPostId: number | null;
  colleagues: { id: number; name: string }[];
  posts: { id: number; label: string }[];
  labels: ReassignFormLabels;
}) {
  const [result, formAction] = useActionState(reassignAction, null);
  return (
    <form action={formAction} className={card} noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>{result.data.changed ? labels.changed : labels.unchanged}</SuccessMessage>}
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="ownerId"
        label={labels.owner}
        defaultValue={ownerId ? String(ownerId) : ''}
        errors={result?.ok === false ? result.fieldErrors?.ownerId : undefined}
        options={[{ value: '', label: labels.noOwner }, ...colleagues.map((c) => ({ value: String(c.id), label: c.name }))]}
      />
      {posts.length > 0 && (
        <SelectField
          name="ownerPostId"
          label={labels.post}
          hint={labels.postHint}
          defaultValue={ownerPostId ? String(ownerPostId) : ''}
          errors={result?.ok === false ? result.fieldErrors?.ownerPostId : undefined}
          options={[{ value: '', label: labels.noPost }, ...posts.map((p) => ({ value: String(p.id), label: p.label }))]}
        />
      )}
      <SubmitButton variant="secondary">{labels.submit}</SubmitButton>
    </form>
  );
}
