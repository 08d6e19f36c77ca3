'use client';

import { useActionState, useState } from 'react';
import { useContactSearch } from '@/components/contact-quick-add';
import { withQueryProvider } from '@/components/query-provider';
import { SubmitButton } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { mergeContactsAction } from '../actions';

/** Managers: fold a duplicate record into this one. */
export const MergeForm = withQueryProvider(function MergeForm({ keepContactId, keepName }: { keepContactId: number; keepName: string }) {
  const [result, formAction] = useActionState(mergeContactsAction, null);
  const [query, setQuery] = useState('');
  const [duplicate, setDuplicate] = useState<{ id: number; name: string } | null>(null);
  const search = useContactSearch(query);
  const candidates = (search.data ?? []).filter((contact) => contact.id !== keepContactId);
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="merge-heading">
      <h2 id="merge-heading" className="font-semibold">
        Merge a duplicate into {keepName}
      </h2>
      <FormMessage result={result} />
      <input type="hidden" name="keepContactId" value={keepContactId} />
      <Field name="mergeSearch" label="Find the duplicate" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {candidates.length > 0 && (
        <fieldset>
          <legend className="text-sm font-medium">Duplicate to merge</legend>
          {candidates.map((contact) => (
            <label key={contact.id} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" name="duplicateContactId" value={contact.id} checked={duplicate?.id === contact.id} onChange={() => setDuplicate(contact)} />
              {contact.name}
              {contact.organisationName && <span className="text-slate-600">({contact.organisationName})</span>}
            </label>
          ))}
        </fieldset>
      )}
      {duplicate && (
        <p className="text-sm text-slate-700">
          {duplicate.name}’s meetings move to {keepName}; “{duplicate.name}” is kept as another spelling; the duplicate record is removed.
        </p>
      )}
      <SubmitButton variant="danger" disabled={!duplicate}>
        Merge
      </SubmitButton>
    </form>
  );
});
