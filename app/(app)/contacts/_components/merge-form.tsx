'use client';

import { useActionState, useState } from 'react';
import { useContactSearch } from '@/components/contact-quick-add';
import { withQueryProvider } from '@/components/query-provider';
import { SubmitButton } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { fill } from '@/lib/fill';
import { mergeContactsAction } from '../actions';

/**
 * The form's words, in the reader's language (the page translates them: no catalogue is shipped).
 * `explained`: a template with {duplicate} and {keep}, filled once a duplicate is chosen.
 */
export type MergeFormLabels = { heading: string; find: string; duplicate: string; explained: string; submit: string };

/** Managers: fold a duplicate record into this one. */
export const MergeForm = withQueryProvider(function MergeForm({
  keepContactId,
  keepName,
  labels,
}: {
  keepContactId: number;
  keepName: string;
  labels: MergeFormLabels;
}) {
  const [result, formAction] = useActionState(mergeContactsAction, null);
  const [query, setQuery] = useState('');
  const [duplicate, setDuplicate] = useState<{ id: number; name: string } | null>(null);
  const search = useContactSearch(query);
  const candidates = (search.data ?? []).filter((contact) => contact.id !== keepContactId);
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="merge-heading">
      <h2 id="merge-heading" className="font-semibold">
        {labels.heading}
      </h2>
      <FormMessage result={result} />
      <input type="hidden" name="keepContactId" value={keepContactId} />
      <Field name="mergeSearch" label={labels.find} value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {candidates.length > 0 && (
        <fieldset>
          <legend className="text-sm font-medium">{labels.duplicate}</legend>
          {candidates.map((contact) => (
            <label key={contact.id} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" name="duplicateContactId" value={contact.id} checked={duplicate?.id === contact.id} onChange={() => setDuplicate(contact)} />
              {contact.name}
              {contact.organisationName && <span className="text-slate-600">({contact.organisationName})</span>}
            </label>
          ))}
        </fieldset>
      )}
      {duplicate && <p className="text-sm text-slate-700">{fill(labels.explained, { duplicate: duplicate.name, keep: keepName })}</p>}
      <SubmitButton variant="danger" disabled={!duplicate}>
        {labels.submit}
      </SubmitButton>
    </form>
  );
});
