'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { PickedContact } from '@/components/contact-quick-add';
import { Field } from '@/components/ui/field';
import { GroupError } from '@/components/ui/textarea-field';
import { createContactAction } from '../../contacts/actions';

// Loaded when first needed (a name typed, "New counterpart…" pressed): with the look-up code they
// were what put this page over the 150 kB first-load budget (decision 0007).
const searching = () => <p className="text-sm text-slate-600">Searching…</p>;
const ContactMatches = dynamic(() => import('@/components/contact-matches').then((m) => m.ContactMatches), { ssr: false, loading: searching });
const ContactQuickAdd = dynamic(() => import('@/components/contact-quick-add').then((m) => m.ContactQuickAdd), { ssr: false });

/** The partner's people at the meeting: found by any spelling, or added on the spot from what was typed. */
export function CounterpartsFieldset({
  contacts,
  onChange,
  countries,
  errors,
}: {
  contacts: PickedContact[];
  onChange: (contacts: PickedContact[]) => void;
  countries: { code: string; name: string }[];
  errors?: string[];
}) {
  const [query, setQuery] = useState('');
  /** The name the quick-add form starts from, while it is open. */
  const [adding, setAdding] = useState<string | null>(null);
  const typed = query.trim();
  const pick = (contact: PickedContact) => {
    if (!contacts.some((picked) => picked.id === contact.id)) onChange([...contacts, contact]);
    setAdding(null);
    setQuery('');
  };
  return (
    <fieldset className="space-y-2" aria-describedby={errors ? 'contacts-error' : undefined}>
      <legend className="text-sm font-medium text-slate-800">Counterparts</legend>
      {contacts.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label="Chosen counterparts">
          {contacts.map((contact) => (
            <li key={contact.id} className="flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-sm">
              <input type="hidden" name="contacts" value={contact.id} />
              {contact.name}
              <button
                type="button"
                className="flex size-8 items-center justify-center rounded-full hover:bg-brand-100"
                aria-label={`Remove ${contact.name}`}
                onClick={() => onChange(contacts.filter((c) => c.id !== contact.id))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <Field
        name="contactSearch"
        label="Find a counterpart"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        hint="Type part of a name, or two names; other spellings are found too."
      />
      {typed.length >= 2 && adding === null && <ContactMatches query={query} onPick={pick} onAddNew={setAdding} />}
      {adding !== null ? (
        <ContactQuickAdd key={adding} initialName={adding} createContact={createContactAction} onPicked={pick} onCancel={() => setAdding(null)} countries={countries} />
      ) : (
        typed.length < 2 && (
          <button type="button" className="min-h-11 text-sm font-medium text-brand-700 underline" onClick={() => setAdding('')}>
            New counterpart…
          </button>
        )
      )}
      <GroupError id="contacts-error" errors={errors} />
    </fieldset>
  );
}
