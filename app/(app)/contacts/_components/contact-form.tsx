'use client';

import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { TextareaField } from '@/components/ui/textarea-field';
import { organisationKindLabels, organisationKinds } from '@/lib/organisations';
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

type Options = {
  countries: { code: string; name: string }[];
  organisations: { id: number; name: string }[];
  colleagues: { id: number; name: string }[];
  posts: { id: number; label: string }[];
};

export function ContactForm({ initial, options }: { initial: ContactFormValues; options: Options }) {
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
      <Field name="name" label="Full name" required value={values.name} onChange={set('name')} errors={errors?.name} autoComplete="off" />
      {!editing && values.name.trim().length >= 2 && <SimilarContacts name={values.name} />}
      <TextareaField
        name="alternativeNames"
        label="Other spellings"
        rows={2}
        value={values.alternativeNames}
        onChange={set('alternativeNames')}
        errors={errors?.alternativeNames}
        hint="One per line, as seen in other sources (e.g. Kooreman for Cooreman)."
      />
      <Field name="title" label="Title or position" value={values.title} onChange={set('title')} errors={errors?.title} />
      <SelectField
        name="organisationId"
        label="Organisation"
        value={values.organisationId}
        onChange={set('organisationId')}
        errors={errors?.organisationId}
        options={[{ value: '', label: '— None, or a new one below —' }, ...options.organisations.map((o) => ({ value: String(o.id), label: o.name }))]}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="newOrganisationName"
          label="New organisation"
          value={values.newOrganisationName}
          onChange={set('newOrganisationName')}
          errors={errors?.newOrganisationName}
        />
        <SelectField
          name="newOrganisationKind"
          label="Kind of the new organisation"
          value={values.newOrganisationKind}
          onChange={set('newOrganisationKind')}
          errors={errors?.newOrganisationKind}
          options={[{ value: '', label: '—' }, ...organisationKinds.map((kind) => ({ value: kind, label: organisationKindLabels[kind] }))]}
        />
      </div>
      <SelectField
        name="countryCode"
        label="Country"
        value={values.countryCode}
        onChange={set('countryCode')}
        errors={errors?.countryCode}
        options={[{ value: '', label: '—' }, ...options.countries.map((c) => ({ value: c.code, label: c.name }))]}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="email" label="E-mail" type="email" value={values.email} onChange={set('email')} errors={errors?.email} />
        <Field name="phone" label="Phone" type="tel" value={values.phone} onChange={set('phone')} errors={errors?.phone} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="ownerId"
          label="Relationship kept by"
          value={values.ownerId}
          onChange={set('ownerId')}
          errors={errors?.ownerId}
          options={[{ value: '', label: 'Nobody in particular' }, ...options.colleagues.map((c) => ({ value: String(c.id), label: c.name }))]}
        />
        {options.posts.length > 0 && (
          <SelectField
            name="ownerPostId"
            label="Or by a post"
            hint="Goes to each next holder at a handover."
            value={values.ownerPostId}
            onChange={set('ownerPostId')}
            errors={errors?.ownerPostId}
            options={[{ value: '', label: 'No post' }, ...options.posts.map((p) => ({ value: String(p.id), label: p.label }))]}
          />
        )}
      </div>
      <SubmitButton>{editing ? 'Save changes' : 'Add contact'}</SubmitButton>
    </form>
  );
}
