'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { handOverPostAction } from '../../actions';

type Item = { id: number; label: string; detail: string };

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
  holderName,
  today,
  colleagues,
  ofPost,
  ofHolder,
}: {
  postId: number;
  holderName: string | null;
  today: string;
  colleagues: { id: number; name: string }[];
  ofPost: { followUps: Item[]; contacts: Item[] };
  ofHolder: { followUps: Item[]; contacts: Item[] };
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
          label="Successor"
          defaultValue={values?.toUserId ?? ''}
          errors={errors?.toUserId}
          options={[{ value: '', label: 'Choose…' }, ...colleagues.map((c) => ({ value: String(c.id), label: c.name }))]}
        />
        <Field name="effectiveDate" label="From" type="date" max={today} defaultValue={values?.effectiveDate ?? today} errors={errors?.effectiveDate} />
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" name="interim" defaultChecked={values?.interim === 'on'} className="size-4" />
          Ad interim, until the next holder arrives
        </label>
      </div>
      <section aria-labelledby="with-post" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="with-post" className="font-semibold">
          Goes with the post
        </h2>
        <ItemList items={ofPost.followUps} empty="No open follow-up belongs to the post." />
        <ItemList items={ofPost.contacts} empty="No contact belongs to the post." />
      </section>
      {holderName && (
        <section aria-labelledby="own" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="own" className="font-semibold">
            {holderName}’s own, to reassign
          </h2>
          <p className="text-sm text-slate-600">The ticked ones become the post’s and go to the successor with it; the others stay with {holderName}.</p>
          <ChoiceList name="followUpIds" legend="Open follow-ups" items={ofHolder.followUps} />
          <ChoiceList name="contactIds" legend="Contacts" items={ofHolder.contacts} />
          {!ofHolder.followUps.length && !ofHolder.contacts.length && <p className="text-sm text-slate-600">Nothing of their own is open.</p>}
        </section>
      )}
      <SubmitButton pendingLabel="Handing over…">Hand over</SubmitButton>
    </form>
  );
}
