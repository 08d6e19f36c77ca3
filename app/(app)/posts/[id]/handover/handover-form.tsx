'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { handOverPostAction } from '../../actions';

type Item = { id: number; label: string; detail: string };

/**
 * The form's words, in the reader's language (the page translates them: no catalogue is shipped).
 * `own`: the heading and hint of the leaving holder's own items, null when the post is vacant.
 */
export type HandoverFormLabels = {
  successor: string;
  choose: string;
  from: string;
  interim: string;
  withPost: string;
  noPostFollowUp: string;
  noPostContact: string;
  own: { heading: string; hint: string } | null;
  openFollowUps: string;
  contacts: string;
  nothingOwn: string;
  submit: string;
  pending: string;
};

function ItemList({ items, empty }: { items: Item[]; empty: string }) {
  if (!items.length) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-1 text-sm">
      {items.map((item) => (
        <li key={item.id}>
          {item.label} <span className="text-slate-600">· {item.detail}</span>
        </li>
      ))}
    </ul>
  );
}

/** Own items, ticked by default: the usual handover gives the successor everything, in this one step. */
function ChoiceList({ name, legend, items }: { name: string; legend: string; items: Item[] }) {
  if (!items.length) return null;
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">{legend}</legend>
      {items.map((item) => (
        <label key={item.id} className="flex items-start gap-2 text-sm">
          <input type="checkbox" name={name} value={item.id} defaultChecked className="mt-1 size-4" />
          <span>
            {item.label} <span className="text-slate-600">· {item.detail}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function HandoverForm({
  postId,
  today,
  colleagues,
  ofPost,
  ofHolder,
  labels,
}: {
  postId: number;
  today: string;
  colleagues: { id: number; name: string }[];
  ofPost: { followUps: Item[]; contacts: Item[] };
  ofHolder: { followUps: Item[]; contacts: Item[] };
  labels: HandoverFormLabels;
}) {
  const [result, formAction] = useActionState(handOverPostAction, null);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const values = result?.ok === false ? result.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      <input type="hidden" name="postId" value={postId} />
      <div className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <SelectField
          name="toUserId"
          label={labels.successor}
          defaultValue={values?.toUserId ?? ''}
          errors={errors?.toUserId}
          options={[{ value: '', label: labels.choose }, ...colleagues.map((c) => ({ value: String(c.id), label: c.name }))]}
        />
        <Field name="effectiveDate" label={labels.from} type="date" max={today} defaultValue={values?.effectiveDate ?? today} errors={errors?.effectiveDate} />
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" name="interim" defaultChecked={values?.interim === 'on'} className="size-4" />
          {labels.interim}
        </label>
      </div>
      <section aria-labelledby="with-post" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="with-post" className="font-semibold">
          {labels.withPost}
        </h2>
        <ItemList items={ofPost.followUps} empty={labels.noPostFollowUp} />
        <ItemList items={ofPost.contacts} empty={labels.noPostContact} />
      </section>
      {labels.own && (
        <section aria-labelledby="own" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="own" className="font-semibold">
            {labels.own.heading}
          </h2>
          <p className="text-sm text-slate-600">{labels.own.hint}</p>
          <ChoiceList name="followUpIds" legend={labels.openFollowUps} items={ofHolder.followUps} />
          <ChoiceList name="contactIds" legend={labels.contacts} items={ofHolder.contacts} />
          {!ofHolder.followUps.length && !ofHolder.contacts.length && <p className="text-sm text-slate-600">{labels.nothingOwn}</p>}
        </section>
      )}
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
