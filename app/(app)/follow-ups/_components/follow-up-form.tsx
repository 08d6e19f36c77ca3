'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { TextareaField } from '@/components/ui/textarea-field';
import { fill } from '@/lib/fill';
import { type CommitmentSide, defaultOwner } from '@/lib/follow-ups';
import { SaveRow, useLosslessForm } from '../../_components/lossless-form';
import { createFollowUpAction } from '../actions';

type Options = {
  countries: { code: string; name: string }[];
  colleagues: { id: number; name: string }[];
  areas: { id: number; name: string }[];
  posts: { id: number; label: string }[];
  /** The sides, worded by the page. */
  sides: { value: CommitmentSide; label: string }[];
};

/** The form's words, in the reader's language (the page translates them: no catalogue is shipped). */
export type FollowUpFormLabels = {
  /** A template: `{title}` is the meeting's, which a resumed draft may bring. */
  fromMeeting: string;
  title: string;
  details: string;
  committedBy: string;
  owner: string;
  nobodyYet: string;
  post: string;
  postHint: string;
  noPost: string;
  country: string;
  choose: string;
  dueDate: string;
  area: string;
  save: string;
  /** The draft's name while nothing is typed. */
  untitled: string;
};

/** The meeting rides along in the values, so a draft resumed from home still belongs to it. */
type Values = {
  title: string;
  details: string;
  countryCode: string;
  committedBy: CommitmentSide;
  ownerId: string;
  ownerPostId?: string;
  dueDate: string;
  areaId: string;
  meeting: { id: number; title: string } | null;
};

export function FollowUpForm({
  options,
  meeting,
  defaults,
  author,
  draft,
  labels,
}: {
  options: Options;
  labels: FollowUpFormLabels;
  meeting?: { id: number; title: string };
  defaults: { countryCode: string };
  author: { id: number; email: string };
  draft?: { id: number; payload: string };
}) {
  const [values, setValues] = useState<Values>(() => {
    const start: Values = {
      title: '',
      details: '',
      countryCode: defaults.countryCode,
      committedBy: 'ours',
      ownerId: defaultOwner('ours', author.id),
      dueDate: '',
      areaId: '',
      meeting: meeting ?? null,
    };
    return draft ? { ...start, ...(JSON.parse(draft.payload) as Partial<Values>) } : start;
  });
  const router = useRouter();
  const { result, pending, onSubmit, capture } = useLosslessForm(createFollowUpAction, {
    userId: author.id,
    email: author.email,
    form: 'follow-up',
    draftId: draft?.id,
    values,
    label: values.title || labels.untitled,
    onSaved: ({ followUpId }) => router.push(`/follow-ups/${followUpId}`),
  });
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const set = (key: keyof Values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value }));
  return (
    <>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormMessage result={result} />
        {values.meeting && <input type="hidden" name="meetingId" value={values.meeting.id} />}
        {values.meeting && <p className="text-sm text-slate-700">{fill(labels.fromMeeting, { title: values.meeting.title })}</p>}
        <Field name="title" label={labels.title} maxLength={200} value={values.title} onChange={set('title')} errors={errors?.title} />
        <TextareaField name="details" label={labels.details} rows={3} value={values.details} onChange={set('details')} errors={errors?.details} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            name="committedBy"
            label={labels.committedBy}
            value={values.committedBy}
            onChange={(e) => {
              const side = e.target.value as CommitmentSide;
              setValues((current) => ({ ...current, committedBy: side, ownerId: defaultOwner(side, author.id) }));
            }}
            errors={errors?.committedBy}
            options={options.sides}
          />
          <SelectField
            name="ownerId"
            label={labels.owner}
            value={values.ownerId}
            onChange={set('ownerId')}
            errors={errors?.ownerId}
            options={[{ value: '', label: labels.nobodyYet }, ...options.colleagues.map((c) => ({ value: String(c.id), label: c.name }))]}
          />
          {options.posts.length > 0 && (
            <SelectField
              name="ownerPostId"
              label={labels.post}
              hint={labels.postHint}
              value={values.ownerPostId ?? ''}
              onChange={set('ownerPostId')}
              errors={errors?.ownerPostId}
              options={[{ value: '', label: labels.noPost }, ...options.posts.map((p) => ({ value: String(p.id), label: p.label }))]}
            />
          )}
          <SelectField
            name="countryCode"
            label={labels.country}
            value={values.countryCode}
            onChange={set('countryCode')}
            errors={errors?.countryCode}
            options={[{ value: '', label: labels.choose }, ...options.countries.map((c) => ({ value: c.code, label: c.name }))]}
          />
          <Field name="dueDate" label={labels.dueDate} type="date" value={values.dueDate} onChange={set('dueDate')} errors={errors?.dueDate} />
        </div>
        <SelectField
          name="areaId"
          label={labels.area}
          value={values.areaId}
          onChange={set('areaId')}
          errors={errors?.areaId}
          options={[{ value: '', label: '—' }, ...options.areas.map((a) => ({ value: String(a.id), label: a.name }))]}
        />
        <SaveRow label={labels.save} pending={pending} done={result?.ok} capture={capture} />
      </form>
      {capture.dialog}
    </>
  );
}
