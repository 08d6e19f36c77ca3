'use client';

import { useQuery } from '@tanstack/react-query';
import { useState, useTransition } from 'react';
import { withQueryProvider } from '@/components/query-provider';
import { Field, SelectField } from '@/components/ui/field';
import { organisationKindLabels, organisationKinds } from '@/lib/meetings';
import type { ActionResult } from '@/server/action';

export type PickedContact = { id: number; name: string; title: string | null; organisationName: string | null };

type ContactResult = ActionResult<PickedContact>;

/**
 * Contacts whose name sounds like `query`, for look-up as you type (app/api/contacts/search).
 * Callers are wrapped by withQueryProvider (components/query-provider.tsx).
 */
export function useContactSearch(query: string) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: ['contacts', 'search', trimmed],
    enabled: trimmed.length >= 2,
    queryFn: async ({ signal }) => {
      const response = await fetch(`/api/contacts/search?q=${encodeURIComponent(trimmed)}`, { signal });
      if (!response.ok) throw new Error('Contact search failed');
      return ((await response.json()) as { contacts: (PickedContact & { alternativeNames: string | null })[] }).contacts;
    },
    placeholderData: (previous) => previous,
  });
}

/**
 * Adds a new counterpart without leaving the meeting form. While the name is typed, contacts with
 * a similar name are offered first, so the mission does not collect duplicates.
 */
export const ContactQuickAdd = withQueryProvider(function ContactQuickAdd({
  createContact,
  onPicked,
  onCancel,
  countries,
  initialName = '',
}: {
  /** What was typed in the search before choosing to add a new counterpart. */
  initialName?: string;
  createContact: (previous: null, payload: Record<string, string>) => Promise<ContactResult>;
  onPicked: (contact: PickedContact) => void;
  onCancel: () => void;
  countries: { code: string; name: string }[];
}) {
  const [fields, setFields] = useState({ name: initialName, title: '', newOrganisationName: '', newOrganisationKind: '', countryCode: '', email: '', phone: '' });
  const [result, setResult] = useState<ContactResult | null>(null);
  const [pending, startTransition] = useTransition();
  const similar = useContactSearch(fields.name);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) => setFields((current) => ({ ...current, [name]: event.target.value }));

  const save = () =>
    startTransition(async () => {
      const outcome = await createContact(null, fields);
      setResult(outcome);
      if (outcome.ok) onPicked(outcome.data);
    });

  return (
    <div role="group" aria-labelledby="new-contact-heading" className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
      <h3 id="new-contact-heading" className="font-semibold">
        New counterpart
      </h3>
      {result?.ok === false && result.formError && (
        <p role="alert" className="text-sm text-red-800">
          {result.formError}
        </p>
      )}
      <Field name="newContactName" label="Full name" value={fields.name} onChange={set('name')} errors={errors?.name} autoComplete="off" />
      {similar.data && similar.data.length > 0 && fields.name.trim().length >= 2 && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" aria-live="polite">
          <p className="font-medium">Already in the contacts? Use the existing record:</p>
          <ul className="mt-2 space-y-1">
            {similar.data.map((contact) => (
              <li key={contact.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {contact.name}
                  {contact.title && <span className="text-slate-600">, {contact.title}</span>}
                  {contact.organisationName && <span className="text-slate-600"> ({contact.organisationName})</span>}
                </span>
                <button type="button" className="min-h-9 rounded border border-slate-300 bg-white px-2 font-medium" onClick={() => onPicked(contact)}>
                  Use {contact.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field name="newContactTitle" label="Title or position" value={fields.title} onChange={set('title')} errors={errors?.title} autoComplete="off" hint="e.g. Director General for Bilateral Affairs" />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="newContactOrganisation"
          label="Organisation (new)"
          value={fields.newOrganisationName}
          onChange={set('newOrganisationName')}
          errors={errors?.newOrganisationName}
          autoComplete="off"
          hint="Leave empty if none. Existing organisations can be set on the contact page."
        />
        <SelectField
          name="newContactOrganisationKind"
          label="Kind of organisation"
          value={fields.newOrganisationKind}
          onChange={set('newOrganisationKind')}
          errors={errors?.newOrganisationKind}
          options={[{ value: '', label: '—' }, ...organisationKinds.map((kind) => ({ value: kind, label: organisationKindLabels[kind] }))]}
        />
      </div>
      <SelectField
        name="newContactCountry"
        label="Country"
        value={fields.countryCode}
        onChange={set('countryCode')}
        errors={errors?.countryCode}
        options={[{ value: '', label: '—' }, ...countries.map((country) => ({ value: country.code, label: country.name }))]}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="newContactEmail" label="E-mail" type="email" value={fields.email} onChange={set('email')} errors={errors?.email} autoComplete="off" />
        <Field name="newContactPhone" label="Phone" type="tel" value={fields.phone} onChange={set('phone')} errors={errors?.phone} autoComplete="off" />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={save} disabled={pending} className="min-h-11 rounded-md bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700">
          {pending ? 'Adding…' : 'Add counterpart'}
        </button>
        <button type="button" onClick={onCancel} className="min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold">
          Cancel
        </button>
      </div>
    </div>
  );
});
