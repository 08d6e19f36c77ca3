'use client';

import { LOOK_UP_FROM, type PickedContact, useContactSearch } from '@/components/contact-quick-add';
import { useCommonWords } from '@/components/common-words';
import { withQueryProvider } from '@/components/query-provider';
import { fill } from '@/lib/fill';

/**
 * The contacts matching what is typed in "Find a counterpart", each a button that adds it. Several
 * names may be typed at once ("Cooreman, Vassilenko"). With `onAddNew`, what was typed can also
 * become a new counterpart, once the search has answered.
 */
export const ContactMatches = withQueryProvider(function ContactMatches({
  query,
  onPick,
  onAddNew,
}: {
  query: string;
  onPick: (contact: PickedContact) => void;
  onAddNew?: (name: string) => void;
}) {
  const search = useContactSearch(query, { several: true });
  const { contactMatches: words } = useCommonWords();
  const typed = query.trim();
  const searching = !search.data?.length && (search.isPending || search.isFetching);
  if (typed.length < LOOK_UP_FROM) return null;
  return (
    <div aria-live="polite" className="space-y-2">
      {search.data?.length ? (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label={words.label}>
          {search.data.map((contact) => (
            <li key={contact.id}>
              <button
                type="button"
                data-match
                className="flex min-h-11 w-full flex-col items-start px-3 py-2 text-left text-sm hover:bg-slate-50"
                onClick={() => onPick(contact)}
              >
                <span className="font-medium">{fill(words.add, { name: contact.name })}</span>
                <span className="text-slate-600">{[contact.title, contact.organisationName].filter(Boolean).join(', ')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : searching ? (
        <p className="text-sm text-slate-600">{words.searching}</p>
      ) : (
        <p className="text-sm text-slate-600">{fill(words.none, { typed })}</p>
      )}
      {onAddNew && !searching && (
        <button type="button" data-match className="min-h-11 text-left text-sm font-medium text-brand-700 underline" onClick={() => onAddNew(typed)}>
          {fill(words.addNew, { typed })}
        </button>
      )}
    </div>
  );
});
