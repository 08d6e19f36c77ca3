'use client';

import dynamic from 'next/dynamic';
import { createContext, use, useEffect, useState } from 'react';
import type { PickedContact } from '@/components/contact-quick-add';
import { Field } from '@/components/ui/field';
import { GroupError } from '@/components/ui/textarea-field';
import { fill } from '@/lib/fill';
import { createContactAction } from '../../contacts/actions';
import { focusOnceDrawn } from './rows';

// Not in the page's first load (with the look-up code they put it over budget, decision 0009), but
// fetched as soon as the page is idle or the search is reached, so they are ready when needed.
const loadMatches = () => import('@/components/contact-matches');
const loadQuickAdd = () => import('@/components/contact-quick-add');
// Offline (a phone on a train) the code may not come: a preload fails quietly, and a part that
// cannot load says so instead of taking the whole form, and what is typed in it, down with it.
const preload = () => void Promise.all([loadMatches(), loadQuickAdd()]).catch(() => undefined);
// What dynamic() shows in their place is given no props: it reads the fieldset's words from here.
const Words = createContext<CounterpartsLabels | null>(null);
const Opening = () => <p className="text-sm text-slate-600">{use(Words)?.opening}</p>;
const Unavailable = () => <p className="text-sm text-slate-600">{use(Words)?.unavailable}</p>;
const ContactMatches = dynamic(
  () =>
    loadMatches().then(
      (m) => m.ContactMatches,
      () => Unavailable,
    ),
  { ssr: false },
);
const ContactQuickAdd = dynamic(
  () =>
    loadQuickAdd().then(
      (m) => m.ContactQuickAdd,
      () => Unavailable,
    ),
  { ssr: false, loading: Opening },
);

/** A person a pasted readout named who is not in the contacts: offered for adding, never added by itself. */
export type ProposedContact = {
  name: string;
  title: string | null;
  organisation: string | null;
  /** The organisation when it is one in the list already. */ organisationId?: number | null;
};

/** The fieldset's words; `remove`, `addNamed` and `dismissNamed` are templates with the person's {name}. */
export type CounterpartsLabels = {
  legend: string;
  chosen: string;
  remove: string;
  fromReadout: string;
  add: string;
  addNamed: string;
  dismiss: string;
  dismissNamed: string;
  find: string;
  findHint: string;
  newCounterpart: string;
  opening: string;
  unavailable: string;
};

/** What the quick-add form starts from while it is open: a name typed, or a person from the readout. */
type Adding = { name: string; proposed?: ProposedContact };

/** "Minister — Minister of Economy, Ministry of the Economy" */
export function describeProposed(person: ProposedContact): string {
  const details = [person.title, person.organisation].filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(', ');
  return details ? `${person.name} — ${details}` : person.name;
}

/**
 * The partner's people at the meeting: found by any spelling, or added on the spot from what was
 * typed, or from the people a readout named (`proposed`) once the officer presses Add.
 */
export function CounterpartsFieldset({
  contacts,
  onChange,
  proposed = [],
  onProposedChange,
  countries,
  errors,
  labels,
}: {
  contacts: PickedContact[];
  onChange: (contacts: PickedContact[]) => void;
  proposed?: ProposedContact[];
  onProposedChange?: (proposed: ProposedContact[]) => void;
  countries: { code: string; name: string }[];
  errors?: string[];
  labels: CounterpartsLabels;
}) {
  const [query, setQuery] = useState('');
  // The results are mounted once the search is reached, so that the second character's look-up goes with that keystroke.
  const [searchUsed, setSearchUsed] = useState(false);
  useEffect(() => {
    const idle = window.requestIdleCallback?.(preload) ?? window.setTimeout(preload, 500);
    return () => (window.cancelIdleCallback ? window.cancelIdleCallback(idle) : window.clearTimeout(idle));
  }, []);
  // The keyboard goes back to the search, for the next person.
  const focusSearch = () => focusOnceDrawn('contact-search');
  const [adding, setAdding] = useState<Adding | null>(null);
  const typed = query.trim();
  const pick = (contact: PickedContact) => {
    if (!contacts.some((picked) => picked.id === contact.id)) onChange([...contacts, contact]);
    // A person from the readout, now a contact (new, or one found meanwhile), is no longer offered.
    if (adding?.proposed) onProposedChange?.(proposed.filter((person) => person !== adding.proposed));
    setAdding(null);
    setQuery('');
    focusSearch();
  };
  // Drafts are the author's own JSON: anything that is not a person with a name is skipped.
  const people = proposed.filter((person) => person && typeof person.name === 'string' && person.name.trim());
  return (
    <fieldset className="space-y-2" aria-describedby={errors ? 'contacts-error' : undefined}>
      <legend className="text-sm font-medium text-slate-800">{labels.legend}</legend>
      {contacts.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={labels.chosen}>
          {contacts.map((contact) => (
            <li key={contact.id} className="flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-sm">
              <input type="hidden" name="contacts" value={contact.id} />
              {contact.name}
              <button
                type="button"
                className="flex size-8 items-center justify-center rounded-full hover:bg-brand-100"
                aria-label={fill(labels.remove, { name: contact.name })}
                onClick={() => onChange(contacts.filter((c) => c.id !== contact.id))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      {people.length > 0 && onProposedChange && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p id="proposed-contacts-heading" className="font-medium">
            {labels.fromReadout}
          </p>
          <ul className="mt-1 space-y-1" aria-labelledby="proposed-contacts-heading">
            {people.map((person, index) => (
              <li key={`${index}-${person.name}`} className="flex flex-wrap items-center justify-between gap-2">
                <span className="min-w-0 break-words">{describeProposed(person)}</span>
                <span className="flex gap-2">
                  <button
                    type="button"
                    className="min-h-9 rounded border border-slate-300 bg-white px-2 font-medium"
                    aria-label={fill(labels.addNamed, { name: person.name })}
                    onClick={() => setAdding({ name: person.name, proposed: person })}
                  >
                    {labels.add}
                  </button>
                  <button
                    type="button"
                    className="min-h-9 rounded px-2 text-slate-700 underline"
                    aria-label={fill(labels.dismissNamed, { name: person.name })}
                    onClick={() => onProposedChange(proposed.filter((other) => other !== person))}
                  >
                    {labels.dismiss}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field
        name="contactSearch"
        id="contact-search"
        label={labels.find}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onFocus={() => {
          preload();
          setSearchUsed(true);
        }}
        // Enter in the search never saves the meeting: like ArrowDown it moves to the first result.
        onKeyDown={(event) => {
          if (event.key !== 'Enter' && event.key !== 'ArrowDown') return;
          event.preventDefault();
          event.currentTarget.closest('fieldset')?.querySelector<HTMLElement>('[data-match]')?.focus();
        }}
        autoComplete="off"
        hint={labels.findHint}
      />
      <Words value={labels}>
        {searchUsed && adding === null && <ContactMatches query={query} onPick={pick} onAddNew={(name) => setAdding({ name })} />}
        {adding !== null ? (
          <ContactQuickAdd
            key={adding.name}
            initialName={adding.name}
            initialTitle={adding.proposed?.title ?? ''}
            initialOrganisation={adding.proposed?.organisation ? { id: adding.proposed.organisationId ?? null, name: adding.proposed.organisation } : undefined}
            createContact={createContactAction}
            onPicked={pick}
            onCancel={() => {
              setAdding(null);
              focusSearch();
            }}
            countries={countries}
          />
        ) : (
          typed.length < 2 && (
            <button type="button" className="min-h-11 text-sm font-medium text-brand-700 underline" onClick={() => setAdding({ name: '' })}>
              {labels.newCounterpart}
            </button>
          )
        )}
      </Words>
      <GroupError id="contacts-error" errors={errors} />
    </fieldset>
  );
}
