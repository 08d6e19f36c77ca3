'use client';

import { Field, SelectField } from '@/components/ui/field';
import { GroupError } from '@/components/ui/textarea-field';
import { fill } from '@/lib/fill';
import { type CommitmentSide, defaultOwner } from '@/lib/follow-ups';
import { focusOnceDrawn, type Keyed, withTrailingBlank } from './rows';

export type FollowUpRow = Keyed<{ title: string; committedBy: CommitmentSide; ownerId: string; dueDate: string; countryCode: string }>;

/** `legend`, `title`, `side`, `owner`, `due`, `country` and `remove` are templates with the row's number, {n}. */
export type FollowUpRowsLabels = {
  intro: string;
  legend: string;
  title: string;
  side: string;
  owner: string;
  nobody: string;
  due: string;
  country: string;
  noCountries: string;
  remove: string;
};

/** A new row takes the previous row's side (commitments of one meeting tend to be alike) and that side's default owner. */
export const blankFollowUp = (me: number, previous?: Omit<FollowUpRow, 'key'>) => {
  const committedBy = previous?.committedBy ?? 'ours';
  return { title: '', committedBy, ownerId: defaultOwner(committedBy, me), dueDate: '', countryCode: '' };
};

export function withBlankFollowUp(rows: FollowUpRow[], me: number): FollowUpRow[] {
  return withTrailingBlank(
    rows,
    (row) => !row.title.trim(),
    (last) => blankFollowUp(me, last),
  );
}

/** The follow-ups typed with a new meeting; the last row is always blank and ignored when saved. */
export function FollowUpRows({
  rows,
  onChange,
  me,
  colleagues,
  sides,
  countries,
  errors,
  labels,
}: {
  rows: FollowUpRow[];
  onChange: (rows: FollowUpRow[]) => void;
  me: number;
  colleagues: { id: number; name: string }[];
  /** Who may commit (ours, the partner, both), named in the reader's language. */
  sides: { value: CommitmentSide; label: string }[];
  /** The meeting's partner countries, with names. */
  countries: { code: string; name: string }[];
  errors?: string[];
  labels: FollowUpRowsLabels;
}) {
  const update = (next: FollowUpRow[]) => onChange(withBlankFollowUp(next, me));
  const change = (key: string, patch: Partial<FollowUpRow>) => update(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const countryOptions = countries.length ? countries.map((c) => ({ value: c.code, label: c.name })) : [{ value: '', label: labels.noCountries }];
  return (
    <>
      <p className="text-sm text-slate-600">{labels.intro}</p>
      {rows.map((row, index) => {
        // The spare row at the end is its title alone until something is typed in it: a short form on a phone.
        const spare = !row.title.trim() && index === rows.length - 1;
        const n = { n: index + 1 };
        return (
          <fieldset key={row.key} className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-2">
            <legend className="px-1 text-sm font-medium">{fill(labels.legend, n)}</legend>
            <div className="sm:col-span-2">
              <Field
                name="followUpTitle"
                id={`follow-up-title-${index}`}
                label={fill(labels.title, n)}
                value={row.title}
                onChange={(e) => change(row.key, { title: e.target.value })}
              />
            </div>
            {spare ? (
              // Sent with the row all the same, so that the form's columns stay aligned.
              <>
                <input type="hidden" name="followUpCommittedBy" value={row.committedBy} />
                <input type="hidden" name="followUpOwner" value={row.ownerId} />
                <input type="hidden" name="followUpDue" value={row.dueDate} />
                <input type="hidden" name="followUpCountry" value={row.countryCode || countries[0]?.code || ''} />
              </>
            ) : (
              <>
                <SelectField
                  name="followUpCommittedBy"
                  id={`follow-up-side-${index}`}
                  label={fill(labels.side, n)}
                  value={row.committedBy}
                  onChange={(e) => {
                    const side = e.target.value as CommitmentSide;
                    change(row.key, { committedBy: side, ownerId: defaultOwner(side, me) });
                  }}
                  options={sides}
                />
                <SelectField
                  name="followUpOwner"
                  id={`follow-up-owner-${index}`}
                  label={fill(labels.owner, n)}
                  value={row.ownerId}
                  onChange={(e) => change(row.key, { ownerId: e.target.value })}
                  options={[{ value: '', label: labels.nobody }, ...colleagues.map((c) => ({ value: String(c.id), label: c.name }))]}
                />
                <Field
                  name="followUpDue"
                  id={`follow-up-due-${index}`}
                  label={fill(labels.due, n)}
                  type="date"
                  value={row.dueDate}
                  onChange={(e) => change(row.key, { dueDate: e.target.value })}
                />
                <SelectField
                  name="followUpCountry"
                  id={`follow-up-country-${index}`}
                  label={fill(labels.country, n)}
                  value={row.countryCode || countries[0]?.code || ''}
                  onChange={(e) => change(row.key, { countryCode: e.target.value })}
                  options={countryOptions}
                />
                <button
                  type="button"
                  className="justify-self-start text-sm font-medium text-red-800 underline sm:col-span-2"
                  onClick={() => {
                    update(rows.filter((r) => r.key !== row.key));
                    focusOnceDrawn(`follow-up-title-${index}`);
                  }}
                >
                  {fill(labels.remove, n)}
                </button>
              </>
            )}
          </fieldset>
        );
      })}
      <GroupError id="follow-ups-error" errors={errors} />
    </>
  );
}
