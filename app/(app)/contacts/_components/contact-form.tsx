'use client';

import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { TextareaField } from '@/components/ui/textarea-field';
import { createContactAction, updateContactAction } from '../actions';

export type ContactFormValues = {
  contactId?: number;
  version?: number;
  name: string;
  title: string;
  organisationId: string;
  countryCode: string;
  email: string;
  phone: string;
  alternativeNames: string;
  ownerId: string;
  ownerPostId: string;
};

// Loaded once a name is typed, with the look-up code it needs (decision 0009).
const SimilarContacts = dynamic(() => import('@/components/similar-contacts').then((m) => m.SimilarContacts), { ssr: false });

/** The form's words, in the reader's language (the page translates them: no catalogue is shipped). */
export type ContactFormLabels = {
  name: string;
  alternativeNames: string;
  alternativeNamesHint: string;
  title: string;
  organisation: string;
  noOrganisation: string;
  newOrganisation: string;
  newOrganisationKind: string;
  country: string;
  email: string;
  phone: string;
  owner: string;
  noOwner: string;
  ownerPost: string;
  ownerPostHint: string;
  noPost: string;
  save: string;
  add: string;
};

type Options = {
  countries: { code: string; name: string }[];
  organisationKinds: { value: string; label: string }[];
  organisations: { id: number; name: string }[];
  colleagues: { id: number; name: string }[];
  posts: { id: number; label: string }[];
};

export function ContactForm({ initial, options, labels }: { initial: ContactFormValues; options: Options; labels: ContactFormLabels }) {
  const editing = initial.contactId !== undefined;
  const [result, formAction] = useActionState(editing ? updateContactAction : createContactAction, null);
  const [values, setValues] = useState({ ...initial, newOrganisationName: '', newOrganisationKind: '' });
  const router = useRouter();
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value }));

  useEffect(() => {
    if (result?.ok && result.data && typeof result.data === 'object' && 'id' in result.data) router.push(`/contacts/${result.data.id}`);
  }, [result, router]);

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      {editing && <input type="hidden" name="contactId" value={initial.contactId} />}
      {editing && <input type="hidden" name="version" value={initial.version} />}
      <Field name="name" label={labels.name} required value={values.name} onChange={set('name')} errors={errors?.name} autoComplete="off" />
      {!editing && values.name.trim().length >= 2 && <SimilarContacts name={values.name} />}
      <TextareaField
        name="alternativeNames"
        label={labels.alternativeNames}
        rows={2}
        value={values.alternativeNames}
        onChange={set('alternativeNames')}
        errors={errors?.alternativeNames}
        hint={labels.alternativeNamesHint}
      />
      <Field name="title" label={labels.title} value={values.title} onChange={set('title')} errors={errors?.title} />
      <SelectField
        name="organisationId"
        label={labels.organisation}
        value={values.organisationId}
        onChange={set('organisationId')}
        errors={errors?.organisationId}
        options={[{ value: '', label: labels.noOrganisation }, ...options.organisations.map((o) => ({ value: String(o.id), label: o.name }))]}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="newOrganisationName"
          label={labels.newOrganisation}
          value={values.newOrganisationName}
          onChange={set('newOrganisationName')}
          errors={errors?.newOrganisationName}
        />
        <SelectField
          name="newOrganisationKind"
          label={labels.newOrganisationKind}
          value={values.newOrganisationKind}
          onChange={set('newOrganisationKind')}
          errors={errors?.newOrganisationKind}
          options={[{ value: '', label: '—' }, ...options.organisationKinds]}
        />
      </div>
      <SelectField
        name="countryCode"
        label={labels.country}
        value={values.countryCode}
        onChange={set('countryCode')}
        errors={errors?.countryCode}
        options={[{ value: '', label: '—' }, ...options.countries.map((c) => ({ value: c.code, label: c.name }))]}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="email" label={labels.email} type="email" value={values.email} onChange={set('email')} errors={errors?.email} />
        <Field name="phone" label={labels.phone} type="tel" value={values.phone} onChange={set('phone')} errors={errors?.phone} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="ownerId"
          label={labels.owner}
          value={values.ownerId}
          onChange={set('ownerId')}
          errors={errors?.ownerId}
          options={[{ value: '', label: labels.noOwner }, ...options.colleagues.map((c) => ({ value: String(c.id), label: c.name }))]}
        />
        {options.posts.length > 0 && (
          <SelectField
            name="ownerPostId"
            label={labels.ownerPost}
            hint={labels.ownerPostHint}
            value={values.ownerPostId}
            onChange={set('ownerPostId')}
            errors={errors?.ownerPostId}
            options={[{ value: '', label: labels.noPost }, ...options.posts.map((p) => ({ value: String(p.id), label: p.label }))]}
          />
        )}
      </div>
      <SubmitButton>{editing ? labels.save : labels.add}</SubmitButton>
    </form>
  );
}
