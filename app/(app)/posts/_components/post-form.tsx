'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { savePostAction } from '../actions';

type Choice = { value: string; label: string };

/** The form's words, in the reader's language (the page translates them: no catalogue is shipped). */
export type PostFormLabels = {
  title: string;
  titleHint: string;
  titleFr: string;
  titleFrHint: string;
  section: string;
  countries: string;
  areas: string;
  save: string;
  create: string;
  saving: string;
};

/** Ticked boxes: a post covers a few of the mission's countries and areas, not a long pick-list. */
function Choices({ name, legend, choices, chosen, errors }: { name: string; legend: string; choices: Choice[]; chosen: string[]; errors?: string[] }) {
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {choices.map((choice) => (
          <label key={choice.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={choice.value} defaultChecked={chosen.includes(choice.value)} className="size-4" />
            {choice.label}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

export function PostForm({
  post,
  countries,
  areas,
  labels,
}: {
  post?: { id: number; version: number; title: string; titleFr: string | null; section: string | null; countryCodes: string[]; areaIds: number[] };
  countries: { code: string; name: string }[];
  areas: { id: number; name: string }[];
  labels: PostFormLabels;
}) {
  const [result, formAction] = useActionState(savePostAction, null);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const values = result?.ok === false ? result.values : undefined;
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      <FormMessage result={result} />
      {post && <input type="hidden" name="postId" value={post.id} />}
      {post && <input type="hidden" name="version" value={post.version} />}
      <Field
        name="title"
        label={labels.title}
        maxLength={120}
        defaultValue={values?.title ?? post?.title ?? ''}
        errors={errors?.title}
        hint={labels.titleHint}
      />
      <Field
        name="titleFr"
        label={labels.titleFr}
        maxLength={120}
        defaultValue={values?.titleFr ?? post?.titleFr ?? ''}
        errors={errors?.titleFr}
        hint={labels.titleFrHint}
      />
      <Field name="section" label={labels.section} maxLength={120} defaultValue={values?.section ?? post?.section ?? ''} errors={errors?.section} />
      <Choices
        name="countryCodes"
        legend={labels.countries}
        choices={countries.map((c) => ({ value: c.code, label: c.name }))}
        chosen={post?.countryCodes ?? []}
        errors={errors?.countryCodes}
      />
      <Choices
        name="areaIds"
        legend={labels.areas}
        choices={areas.map((a) => ({ value: String(a.id), label: a.name }))}
        chosen={(post?.areaIds ?? []).map(String)}
        errors={errors?.areaIds}
      />
      <SubmitButton pendingLabel={labels.saving}>{post ? labels.save : labels.create}</SubmitButton>
    </form>
  );
}
