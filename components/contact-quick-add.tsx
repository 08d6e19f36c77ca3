'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, useTransition } from 'react';
import { useCommonWords } from '@/components/common-words';
import { fillNodes } from '@/components/fill-nodes';
import { withQueryProvider } from '@/components/query-provider';
import { Field, SelectField } from '@/components/ui/field';
import { fill } from '@/lib/fill';
import { organisationKinds } from '@/lib/organisations';
import type { ActionResult } from '@/lib/action-result';

export type PickedContact = { id: number; name: string; title: string | null; organisationName: string | null };

type ContactResult = ActionResult<PickedContact>;
type PickedOrganisation = { id: number; name: string };

/**
 * How long typing must pause before a look-up is sent: one request per pause, not per key. Longer
 * than the gap between a quick typist's keys, so the first look-up (sent at once) is not replaced,
 * its answer unseen, by a later one before it comes back.
 */
const LOOK_UP_DELAY_MS = 300;

/** The shortest text looked up. */
export const LOOK_UP_FROM = 2;

/**
 * `value` once it has stayed the same for `delay` ms; the first text long enough to look up is
 * settled at once, so that results follow the second character without waiting for a pause.
 */
function useSettled(value: string, delay = LOOK_UP_DELAY_MS): string {
  const [settled, setSettled] = useState(value);
  const first = settled.length < LOOK_UP_FROM && value.length >= LOOK_UP_FROM;
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), first ? 0 : delay);
    return () => clearTimeout(timer);
  }, [value, delay, first]);
  // The first is looked up in this very render, not one render later.
  return first ? value : settled;
}

/**
 * A look-up as you type against one of the app's search routes: sent once typing pauses, the
 * previous request aborted when a newer one starts (TanStack Query's signal), the previous answer
 * kept on screen meanwhile. Callers are wrapped by withQueryProvider (components/query-provider.tsx).
 */
function useLookUp<Answer, Rows>(route: string, variant: string, query: string, rows: (answer: Answer) => Rows) {
  const settled = useSettled(query.trim());
  return useQuery({
    queryKey: [route, variant, settled],
    enabled: settled.length >= LOOK_UP_FROM,
    queryFn: async ({ signal }) => {
      const response = await fetch(`${route}?q=${encodeURIComponent(settled)}${variant === 'several' ? '&several=1' : ''}`, { signal });
      if (!response.ok) throw new Error('Look-up failed');
      return (await response.json()) as Answer;
    },
    placeholderData: (previous) => previous,
    select: rows,
  });
}

type FoundContact = PickedContact & { alternativeNames: string | null };
const contactRows = (answer: { contacts: FoundContact[] }) => answer.contacts;
const organisationRows = (answer: { organisations: PickedOrganisation[] }) => answer.organisations;

/**
 * Contacts whose name sounds like `query` (app/api/contacts/search). By default every word must
 * match, as a duplicate check needs; `several` lets the words name different people, as the
 * counterpart finder does ("Cooreman Vassilenko").
 */
export function useContactSearch(query: string, { several = false }: { several?: boolean } = {}) {
  return useLookUp('/api/contacts/search', several ? 'several' : 'all', query, contactRows);
}

/** Organisations whose name contains `query`, then those it probably misspells (app/api/organisations/search). */
function useOrganisationSearch(query: string) {
  return useLookUp('/api/organisations/search', 'near', query, organisationRows).data ?? [];
}

const emptyFields = { name: '', title: '', newOrganisationName: '', newOrganisationKind: '', countryCode: '', email: '', phone: '' };

/**
 * Adds a new counterpart without leaving the meeting form. While the name is typed, contacts with
 * a similar name are offered first, so the mission does not collect duplicates; the organisation is
 * one already in the list, found as it is typed, or a new one (with a warning when its name looks
 * like one already there).
 */
export const ContactQuickAdd = withQueryProvider(function ContactQuickAdd({
  createContact,
  onPicked,
  onCancel,
  countries,
  initialName = '',
  initialTitle = '',
  initialOrganisation,
}: {
  createContact: (previous: null, payload: Record<string, string>) => Promise<ContactResult>;
  onPicked: (contact: PickedContact) => void;
  onCancel: () => void;
  countries: { code: string; name: string }[];
  /** What was typed in "Find a counterpart", as the new contact's name. */
  initialName?: string;
  /** A readout's proposal: the title it gives the person. */
  initialTitle?: string;
  /** A readout's proposal: the organisation, already chosen when it is one in the list (an id), else its name typed in. */
  initialOrganisation?: { id: number | null; name: string };
}) {
  const [fields, setFields] = useState({
    ...emptyFields,
    name: initialName.trim(),
    title: initialTitle.trim(),
    newOrganisationName: initialOrganisation?.id ? '' : (initialOrganisation?.name.trim() ?? ''),
  });
  const [organisation, setOrganisation] = useState<PickedOrganisation | null>(
    initialOrganisation?.id ? { id: initialOrganisation.id, name: initialOrganisation.name } : null,
  );
  const [result, setResult] = useState<ContactResult | null>(null);
  const [pending, startTransition] = useTransition();
  const { contactQuickAdd: words, cancel, email } = useCommonWords();
  const group = useRef<HTMLDivElement>(null);
  /** Where focus goes once the organisation shown has changed: a chosen one's "Change", or back to typing. */
  const focusAfterOrganisation = useRef<string | null>(null);
  const similar = useContactSearch(fields.name);
  const organisations = useOrganisationSearch(organisation ? '' : fields.newOrganisationName);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) => setFields((current) => ({ ...current, [name]: event.target.value }));

  // Opened from "Find a counterpart", the name is often there already: start where typing is needed.
  useEffect(() => {
    const controls = group.current?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select') ?? [];
    [...controls].find((control) => control.value === '')?.focus();
  }, []);

  useEffect(() => {
    if (focusAfterOrganisation.current) group.current?.querySelector<HTMLElement>(focusAfterOrganisation.current)?.focus();
    focusAfterOrganisation.current = null;
  }, [organisation]);

  const chooseOrganisation = (chosen: PickedOrganisation | null) => {
    focusAfterOrganisation.current = chosen ? '[data-change-organisation]' : '[name="newContactOrganisation"]';
    setOrganisation(chosen);
    setFields((current) => ({ ...current, newOrganisationName: '', newOrganisationKind: '' }));
  };

  // Inside the meeting form, Enter in a field adds the counterpart (it would save the whole meeting), Escape cancels.
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
    else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) save();
    else return;
    event.preventDefault();
  };

  const save = () =>
    startTransition(async () => {
      const outcome = await createContact(null, { ...fields, organisationId: organisation ? String(organisation.id) : '' });
      setResult(outcome);
      if (outcome.ok) onPicked(outcome.data);
    });

  const typedOrganisation = fields.newOrganisationName.trim();
  return (
    <div
      ref={group}
      role="group"
      aria-labelledby="new-contact-heading"
      className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4"
      onKeyDown={onKeyDown}
    >
      <h3 id="new-contact-heading" className="font-semibold">
        {words.heading}
      </h3>
      {result?.ok === false && result.formError && (
        <p role="alert" className="text-sm text-red-800">
          {result.formError}
        </p>
      )}
      <Field name="newContactName" label={words.fullName} value={fields.name} onChange={set('name')} errors={errors?.name} autoComplete="off" />
      {similar.data && similar.data.length > 0 && fields.name.trim().length >= LOOK_UP_FROM && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" aria-live="polite">
          <p className="font-medium">{words.similar}</p>
          <ul className="mt-2 space-y-1">
            {similar.data.map((contact) => (
              <li key={contact.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {contact.name}
                  {contact.title && <span className="text-slate-600">, {contact.title}</span>}
                  {contact.organisationName && <span className="text-slate-600"> ({contact.organisationName})</span>}
                </span>
                <button type="button" className="min-h-9 rounded border border-slate-300 bg-white px-2 font-medium" onClick={() => onPicked(contact)}>
                  {fill(words.use, { name: contact.name })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field
        name="newContactTitle"
        label={words.title}
        value={fields.title}
        onChange={set('title')}
        errors={errors?.title}
        autoComplete="off"
        hint={words.titleHint}
      />
      {organisation ? (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-3 text-sm">
          <p>{fillNodes(words.organisationIs, { name: <strong>{organisation.name}</strong> })}</p>
          <button
            type="button"
            data-change-organisation
            className="min-h-9 rounded border border-slate-300 bg-white px-2 font-medium"
            onClick={() => chooseOrganisation(null)}
          >
            {words.change}
          </button>
        </div>
      ) : (
        <>
          <Field
            name="newContactOrganisation"
            label={words.organisation}
            value={fields.newOrganisationName}
            onChange={set('newOrganisationName')}
            errors={errors?.newOrganisationName ?? errors?.organisationId}
            autoComplete="off"
            hint={words.organisationHint}
          />
          {organisations.length > 0 && typedOrganisation.length >= LOOK_UP_FROM && (
            <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" aria-live="polite">
              <p className="font-medium">{words.inList}</p>
              <ul className="mt-2 space-y-1" aria-label={words.inListLabel}>
                {organisations.map((existing) => (
                  <li key={existing.id} className="flex flex-wrap items-center justify-between gap-2">
                    <span>{existing.name}</span>
                    <button
                      type="button"
                      aria-label={fill(words.useItNamed, { name: existing.name })}
                      className="min-h-9 rounded border border-slate-300 bg-white px-2 font-medium"
                      onClick={() => chooseOrganisation(existing)}
                    >
                      {words.useIt}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {typedOrganisation && (
            <SelectField
              name="newContactOrganisationKind"
              label={words.kind}
              hint={words.kindHint}
              value={fields.newOrganisationKind}
              onChange={set('newOrganisationKind')}
              errors={errors?.newOrganisationKind}
              options={[{ value: '', label: '—' }, ...organisationKinds.map((kind) => ({ value: kind, label: words.organisationKind[kind] }))]}
            />
          )}
        </>
      )}
      <SelectField
        name="newContactCountry"
        label={words.country}
        value={fields.countryCode}
        onChange={set('countryCode')}
        errors={errors?.countryCode}
        options={[{ value: '', label: '—' }, ...countries.map((country) => ({ value: country.code, label: country.name }))]}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="newContactEmail" label={email} type="email" value={fields.email} onChange={set('email')} errors={errors?.email} autoComplete="off" />
        <Field name="newContactPhone" label={words.phone} type="tel" value={fields.phone} onChange={set('phone')} errors={errors?.phone} autoComplete="off" />
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={save}
          disabled={pending}
          className="min-h-11 rounded-md bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {pending ? words.adding : words.add}
        </button>
        <button type="button" onClick={onCancel} className="min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold">
          {cancel}
        </button>
      </div>
    </div>
  );
});
