'use client';

import { type PickedContact, useContactSearch } from '@/components/contact-quick-add';
import { withQueryProvider } from '@/components/query-provider';

/** The contacts matching what is typed in "Find a counterpart", each a button that adds it. */
export const ContactMatches = withQueryProvider(function ContactMatches({ query, onPick }: { query: string; onPick: (contact: PickedContact) => void }) {
  const search = useContactSearch(query);
  return (
    <div aria-live="polite">
      {search.data?.length ? (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label="Matching contacts">
          {search.data.map((contact) => (
            <li key={contact.id}>
              <button type="button" className="flex min-h-11 w-full flex-col items-start px-3 py-2 text-left text-sm hover:bg-slate-50" onClick={() => onPick(contact)}>
                <span className="font-medium">Add {contact.name}</span>
                <span className="text-slate-600">{[contact.title, contact.organisationName].filter(Boolean).join(', ')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : search.isFetching ? (
        <p className="text-sm text-slate-600">Searching…</p>
      ) : (
        <p className="text-sm text-slate-600">No contact matches “{query.trim()}”.</p>
      )}
    </div>
  );
});
