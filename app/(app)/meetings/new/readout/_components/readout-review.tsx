'use client';

import { useRouter } from 'next/navigation';
import { type ReactNode, type RefObject, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import type { SaveDraft } from '@/components/capture/use-capture';
import { buttonClass } from '@/components/ui/button-styles';
import { Field, SelectField } from '@/components/ui/field';
import { formatDateRange } from '@/lib/dates';
import { type AreaOutcome, type MeetingKind, meetingKindLabels, meetingKinds } from '@/lib/meetings';
import { type CommitmentSide, commitmentSideLabels, commitmentSides } from '@/lib/follow-ups';
import type { Side, Span } from '@/lib/readouts/types';
import {
  blankMeeting,
  evidenceText,
  highlightSegments,
  type Identity,
  identityFor,
  meetingDay,
  type Review,
  type Reviewed,
  type ReviewedCounterpart,
  type ReviewedMeeting,
  reviewEvidence,
  toMeetingFormValues,
} from './review-model';

export type ReviewOptions = {
  countries: { code: string; name: string }[];
  colleagues: { id: number; name: string }[];
  areas: { id: number; name: string }[];
};

type Highlight = { spans: Span[]; reveal: number };

const sideLabels: Record<Side, string> = { partner: 'The partner’s side', ours: 'Our side' };
const outcomeLabels: Record<AreaOutcome, string> = { discussed: 'Discussed', agreed: 'Agreed' };

const identityValue = (identity: Identity) =>
  identity.kind === 'colleague' ? `colleague:${identity.userId}` : identity.kind === 'contact' ? `contact:${identity.contactId}` : identity.kind;
function parseIdentity(value: string): Identity {
  const [kind, id] = value.split(':');
  if (kind === 'colleague') return { kind: 'colleague', userId: Number(id) };
  if (kind === 'contact') return { kind: 'contact', contactId: Number(id) };
  return kind === 'none' ? { kind: 'none' } : { kind: 'new' };
}

/**
 * The review of a read readout: the text on one side with the words behind each proposed value
 * marked, and a card per proposed meeting where each value can be kept, changed or removed. "Create
 * drafts" keeps each accepted meeting as a draft of the normal form, where it is saved by its rules.
 */
export function ReadoutReview({
  initial,
  headingRef,
  options,
  me,
  ourCountry,
  today,
  saveDraft,
  onBack,
}: {
  initial: Review;
  headingRef: RefObject<HTMLHeadingElement | null>;
  options: ReviewOptions;
  me: number;
  ourCountry: string | null;
  today: string;
  saveDraft: SaveDraft;
  onBack: () => void;
}) {
  const [review, setReview] = useState(initial);
  const [highlight, setHighlight] = useState<Highlight>({ spans: [], reveal: 0 });
  const [failure, setFailure] = useState<string | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Drafts already kept, by meeting: a second press after a failure writes over them, never doubles them.
  const kept = useRef(new Map<string, number>());
  const router = useRouter();
  const { text, published } = review;
  const accepted = review.meetings.filter((meeting) => meeting.create);
  const evidence = useMemo(() => reviewEvidence(review.meetings), [review.meetings]);

  const changeMeeting = (key: string, change: (meeting: ReviewedMeeting) => ReviewedMeeting) =>
    setReview((current) => ({ ...current, meetings: current.meetings.map((meeting) => (meeting.key === key ? change(meeting) : meeting)) }));
  const focusOn = (spans: Span[]) => setHighlight((current) => (sameSpans(current.spans, spans) ? current : { spans, reveal: current.reveal }));
  const reveal = (spans: Span[]) => setHighlight((current) => ({ spans, reveal: current.reveal + 1 }));

  function createDrafts() {
    setFailure(null);
    startTransition(async () => {
      const ids: number[] = [];
      for (const [index, meeting] of accepted.entries()) {
        setProgress(`Keeping draft ${index + 1} of ${accepted.length}…`);
        const values = toMeetingFormValues(meeting, { text, published, today, me, ourCountry });
        let result: Awaited<ReturnType<SaveDraft>>;
        try {
          result = await saveDraft(null, {
            draftId: String(kept.current.get(meeting.key) ?? ''),
            form: 'meeting',
            targetId: '',
            label: values.title || 'Meeting from a readout',
            payload: JSON.stringify(values),
          });
        } catch {
          result = { ok: false, formError: 'The server could not be reached. Nothing is lost: try again in a moment.', values: {} };
        }
        if (!result.ok) {
          setProgress(null);
          setFailure(
            `${result.formError ?? 'The draft could not be kept.'}${ids.length ? ` (${ids.length} of ${accepted.length} drafts were kept; pressing again keeps the rest without doubling them.)` : ''}`,
          );
          return;
        }
        kept.current.set(meeting.key, result.data.draftId);
        ids.push(result.data.draftId);
      }
      setProgress(
        accepted.length > 1
          ? `${accepted.length} drafts kept. Opening the first; the others wait under “Unfinished meetings of yours”.`
          : 'Draft kept. Opening it…',
      );
      router.push(`/meetings/new?draft=${ids[0]}`);
    });
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
          {review.meetings.length === 1 ? 'One meeting proposed' : `${review.meetings.length} meetings proposed`}: check them
        </h2>
        <button type="button" className={buttonClass('secondary')} onClick={onBack}>
          Change the text
        </button>
      </div>

      {review.notices.length > 0 && (
        <section aria-labelledby="readout-notices-heading" className="rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm">
          <h3 id="readout-notices-heading" className="font-semibold">
            Notes on this reading
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {review.notices.map((notice, index) => (
              <li key={index}>{notice}</li>
            ))}
          </ul>
        </section>
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <ReadoutText text={text} evidence={evidence} highlight={highlight} />

        <div className="min-w-0 space-y-6">
          {review.meetings.map((meeting, index) => (
            <MeetingCard
              key={meeting.key}
              number={index + 1}
              meeting={meeting}
              text={text}
              dayNote={dayNote(meeting, published, today)}
              options={options}
              onChange={(change) => changeMeeting(meeting.key, change)}
              onFocusSpans={focusOn}
              onReveal={reveal}
            />
          ))}
          {review.meetings.length === 0 && (
            <div className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 text-sm">
              <p>Nothing to check: no meeting was found in this text.</p>
              <button
                type="button"
                className={buttonClass('secondary')}
                onClick={() => setReview((current) => ({ ...current, meetings: [blankMeeting(current.text)] }))}
              >
                Start a meeting from this text anyway
              </button>
            </div>
          )}

          {review.meetings.length > 0 && (
            <div className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-700">
                {accepted.length === 0
                  ? 'No meeting is ticked “Create this meeting”.'
                  : `${accepted.length === 1 ? 'One meeting becomes a draft' : `${accepted.length} meetings become drafts`} of the log-a-meeting form, with the whole readout as its source. Nothing is saved, and no contact created, until you save there.`}
              </p>
              {failure && (
                <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
                  {failure}
                </p>
              )}
              <p role="status" className="text-sm text-slate-700">
                {progress}
              </p>
              <button
                type="button"
                className={buttonClass('primary')}
                disabled={pending || accepted.length === 0}
                aria-disabled={pending || accepted.length === 0}
                onClick={createDrafts}
              >
                {pending ? 'Creating drafts…' : 'Create drafts'}
              </button>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

function sameSpans(a: Span[], b: Span[]) {
  return a.length === b.length && a.every((span, index) => span.start === b[index]!.start && span.end === b[index]!.end);
}

function dayNote(meeting: ReviewedMeeting, published: string | null, today: string): string | null {
  const { date, guessed } = meetingDay(meeting, { published, today });
  if (guessed === 'published') return `No date was found for this meeting: its draft starts on the publication day, ${formatDateRange(date)}. Check it.`;
  if (guessed === 'today') return `No date was found for this meeting: its draft starts on today’s date, ${formatDateRange(date)}. Check it.`;
  return null;
}

/** The readout with every value's words marked, those of the value in focus most, scrolled into view. */
function ReadoutText({ text, evidence, highlight }: { text: string; evidence: Span[]; highlight: Highlight }) {
  const panel = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => highlightSegments(text.length, evidence, highlight.spans), [text, evidence, highlight.spans]);

  // A value in focus: its words come into view inside the text's own box, the page stays where it is.
  useEffect(() => {
    const box = panel.current;
    const mark = box?.querySelector<HTMLElement>('mark[data-active]');
    if (!box || !mark) return;
    const above = mark.offsetTop < box.scrollTop;
    const below = mark.offsetTop + mark.offsetHeight > box.scrollTop + box.clientHeight;
    if (above || below) box.scrollTo({ top: Math.max(0, mark.offsetTop - box.clientHeight / 3), behavior: smoothly() });
  }, [highlight.spans]);

  // "Show in text": the page too, for a phone where the text is above the cards.
  useEffect(() => {
    if (highlight.reveal === 0) return;
    panel.current?.querySelector<HTMLElement>('mark[data-active]')?.scrollIntoView({ block: 'center', behavior: smoothly() });
  }, [highlight.reveal]);

  return (
    <section aria-labelledby="readout-text-heading" className="min-w-0 lg:sticky lg:top-4 lg:self-start">
      <h3 id="readout-text-heading" className="mb-2 font-semibold">
        The readout
      </h3>
      <div
        ref={panel}
        role="region"
        aria-label="Readout text, the words each value came from marked"
        tabIndex={0}
        className="relative max-h-[50vh] overflow-y-auto whitespace-pre-wrap break-words rounded-xl border border-slate-200 bg-white p-4 text-sm leading-relaxed text-slate-900 lg:max-h-[calc(100vh-6rem)]"
      >
        {segments.map((segment) =>
          segment.mark === 'none' ? (
            text.slice(segment.start, segment.end)
          ) : (
            <mark
              key={segment.start}
              data-active={segment.mark === 'active' ? '' : undefined}
              className={
                segment.mark === 'active' ? 'rounded-sm bg-amber-300 text-slate-950 outline-2 outline-amber-700' : 'rounded-sm bg-amber-100 text-slate-900'
              }
            >
              {text.slice(segment.start, segment.end)}
            </mark>
          ),
        )}
      </div>
    </section>
  );
}

function smoothly(): ScrollBehavior {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

type CardProps = {
  number: number;
  meeting: ReviewedMeeting;
  text: string;
  dayNote: string | null;
  options: ReviewOptions;
  onChange: (change: (meeting: ReviewedMeeting) => ReviewedMeeting) => void;
  onFocusSpans: (spans: Span[]) => void;
  onReveal: (spans: Span[]) => void;
};

/** One proposed meeting, its values grouped as the form asks for them. */
function MeetingCard({ number, meeting, text, dayNote, options, onChange, onFocusSpans, onReveal }: CardProps) {
  const id = (...parts: (string | number)[]) => [meeting.key, ...parts].join('-');
  const countryName = (code: string) => options.countries.find((country) => country.code === code)?.name ?? code;
  const countryOptions = [{ value: '', label: 'Choose a country…' }, ...options.countries.map((country) => ({ value: country.code, label: country.name }))];
  const colleagueName = (userId: number) => options.colleagues.find((colleague) => colleague.id === userId)?.name ?? `Colleague ${userId}`;
  const row = { text, onFocusSpans, onReveal };

  /** Changes one row of a list of values, found by its key. */
  function edit<K extends ListKey>(list: K, key: string, change: (value: ListValue<K>) => ListValue<K>) {
    onChange((current) => ({
      ...current,
      [list]: (current[list] as Reviewed<ListValue<K>>[]).map((item) => (item.key === key ? { ...item, value: change(item.value) } : item)),
    }));
  }
  const remove = (list: ListKey, key: string) =>
    onChange((current) => ({ ...current, [list]: (current[list] as Reviewed<unknown>[]).filter((item) => item.key !== key) }));
  const setDate = (field: 'startDate' | 'endDate', value: string) =>
    onChange((current) => ({ ...current, [field]: current[field] ? { ...current[field], value } : { key: `${field}-typed`, value, spans: [] } }));

  return (
    <section
      aria-labelledby={id('heading')}
      className={`space-y-4 rounded-xl border bg-white p-4 sm:p-5 ${meeting.create ? 'border-slate-300' : 'border-dashed border-slate-300 opacity-80'}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={id('heading')} className="font-semibold">
          Proposed meeting {number}
        </h3>
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            checked={meeting.create}
            onChange={(event) => onChange((current) => ({ ...current, create: event.target.checked }))}
            className="size-5"
          />
          Create this meeting
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <span>Its part of the text becomes the summary.</span>
        <button
          type="button"
          className="min-h-9 font-medium text-brand-700 underline"
          aria-label={`Show in text: meeting ${number}`}
          onClick={() => onReveal([meeting.span])}
          onFocus={() => onFocusSpans([meeting.span])}
        >
          Show in text
        </button>
      </div>
      <Field
        name="title"
        id={id('title')}
        label="Title"
        value={meeting.title}
        maxLength={200}
        onChange={(event) => onChange((current) => ({ ...current, title: event.target.value }))}
        onFocus={() => onFocusSpans([meeting.span])}
      />
      <SelectField
        name="kind"
        id={id('kind')}
        label="Kind"
        value={meeting.kind}
        onChange={(event) => onChange((current) => ({ ...current, kind: event.target.value as MeetingKind }))}
        options={meetingKinds.map((kind) => ({ value: kind, label: meetingKindLabels[kind] }))}
      />

      <ValueGroup title="Dates">
        {(['startDate', 'endDate'] as const).map((field) => {
          const found = meeting[field];
          const label = field === 'startDate' ? 'Date' : 'End date (several days)';
          return (
            <ValueRow
              key={field}
              {...row}
              label={`${label}: ${found?.value || 'none'}`}
              spans={found?.spans ?? []}
              onRemove={found?.value ? () => onChange((current) => ({ ...current, [field]: null })) : undefined}
              removeLabel={`Remove ${label.toLowerCase()} ${found?.value ?? ''}`.trim()}
            >
              <Field
                name={field}
                id={id(field)}
                label={label}
                type="date"
                value={found?.value ?? ''}
                onChange={(event) => setDate(field, event.target.value)}
              />
            </ValueRow>
          );
        })}
        {dayNote && (
          <li>
            <p role="note" className="text-sm text-amber-900">
              {dayNote}
            </p>
          </li>
        )}
      </ValueGroup>

      <ValueGroup title="Places" empty={meeting.places.length === 0}>
        {meeting.places.map((place, index) => (
          <ValueRow
            key={place.key}
            {...row}
            label={`Place: ${place.value.city}`}
            spans={place.spans}
            onRemove={() => remove('places', place.key)}
            removeLabel={`Remove ${place.value.city || `place ${index + 1}`}`}
          >
            <div className="grid gap-2 sm:grid-cols-2">
              <Field
                name="city"
                id={id('place', place.key, 'city')}
                label={`City ${index + 1}`}
                value={place.value.city}
                onChange={(event) => edit('places', place.key, (value) => ({ ...value, city: event.target.value }))}
              />
              <SelectField
                name="country"
                id={id('place', place.key, 'country')}
                label={`Country ${index + 1}`}
                value={place.value.countryCode}
                onChange={(event) => edit('places', place.key, (value) => ({ ...value, countryCode: event.target.value }))}
                options={countryOptions}
              />
            </div>
          </ValueRow>
        ))}
      </ValueGroup>

      <ValueGroup title="Partner countries" empty={meeting.countries.length === 0}>
        {meeting.countries.map((country, index) => (
          <ValueRow
            key={country.key}
            {...row}
            label={`Partner country: ${countryName(country.value)}`}
            spans={country.spans}
            onRemove={() => remove('countries', country.key)}
            removeLabel={`Remove ${countryName(country.value) || `partner country ${index + 1}`}`}
          >
            <SelectField
              name="partnerCountry"
              id={id('country', country.key)}
              label={`Partner country ${index + 1}`}
              value={country.value}
              onChange={(event) => edit('countries', country.key, () => event.target.value)}
              options={countryOptions}
            />
          </ValueRow>
        ))}
      </ValueGroup>

      <ValueGroup title="Counterparts" empty={meeting.counterparts.length === 0}>
        {meeting.counterparts.map((person, index) => (
          <ValueRow
            key={person.key}
            {...row}
            label={`Counterpart: ${person.value.name}`}
            spans={person.spans}
            onRemove={() => remove('counterparts', person.key)}
            removeLabel={`Remove ${person.value.name || `counterpart ${index + 1}`}`}
          >
            <CounterpartFields
              person={person.value}
              id={(...parts) => id('person', person.key, ...parts)}
              number={index + 1}
              colleagueName={colleagueName}
              onChange={(change) => edit('counterparts', person.key, change)}
            />
          </ValueRow>
        ))}
      </ValueGroup>

      <ValueGroup title="Organisations" empty={meeting.organisations.length === 0}>
        {meeting.organisations.map((organisation, index) => (
          <ValueRow
            key={organisation.key}
            {...row}
            label={`Organisation: ${organisation.value.name}`}
            spans={organisation.spans}
            onRemove={() => remove('organisations', organisation.key)}
            removeLabel={`Remove ${organisation.value.name || `organisation ${index + 1}`}`}
          >
            <Field
              name="organisation"
              id={id('organisation', organisation.key)}
              label={`Organisation ${index + 1}`}
              value={organisation.value.name}
              onChange={(event) =>
                edit('organisations', organisation.key, (value) => ({
                  name: event.target.value,
                  match: value.match && event.target.value === value.match.name ? value.match : null,
                }))
              }
              hint={
                organisation.value.match
                  ? `In your list: ${organisation.value.match.name}${organisation.value.match.spellingDiffers ? ' (spelling differs)' : ''}`
                  : 'Not in your list of organisations: added with a counterpart, if you add one.'
              }
            />
          </ValueRow>
        ))}
      </ValueGroup>

      <ValueGroup title="Cooperation areas" empty={meeting.areas.length === 0}>
        {meeting.areas.map((area, index) => (
          <ValueRow
            key={area.key}
            {...row}
            label={`Area: ${area.value.name}`}
            spans={area.spans}
            onRemove={() => remove('areas', area.key)}
            removeLabel={`Remove ${area.value.name || `area ${index + 1}`}`}
          >
            <div className="grid gap-2 sm:grid-cols-2">
              <SelectField
                name="area"
                id={id('area', area.key)}
                label={`Area ${index + 1}`}
                value={area.value.areaId === null ? '' : String(area.value.areaId)}
                onChange={(event) => {
                  const chosen = options.areas.find((option) => String(option.id) === event.target.value);
                  edit('areas', area.key, (value) => ({ ...value, areaId: chosen?.id ?? null, name: chosen?.name ?? value.name }));
                }}
                options={[
                  { value: '', label: area.value.areaId === null ? `“${area.value.name}”: not in the mission’s list` : 'Choose an area…' },
                  ...options.areas.map((option) => ({ value: String(option.id), label: option.name })),
                ]}
              />
              <SelectField
                name="areaOutcome"
                id={id('area', area.key, 'outcome')}
                label={`Outcome ${index + 1}`}
                value={area.value.outcome}
                onChange={(event) => edit('areas', area.key, (value) => ({ ...value, outcome: event.target.value as AreaOutcome }))}
                options={(['discussed', 'agreed'] as const).map((outcome) => ({ value: outcome, label: outcomeLabels[outcome] }))}
              />
            </div>
          </ValueRow>
        ))}
      </ValueGroup>

      <ValueGroup title="Follow-ups" empty={meeting.followUps.length === 0}>
        {meeting.followUps.map((commitment, index) => (
          <ValueRow
            key={commitment.key}
            {...row}
            label={`Follow-up: ${commitment.value.text}`}
            spans={commitment.spans}
            onRemove={() => remove('followUps', commitment.key)}
            removeLabel={`Remove ${commitment.value.text || `follow-up ${index + 1}`}`}
          >
            <Field
              name="followUp"
              id={id('follow-up', commitment.key)}
              label={`What was committed (${index + 1})`}
              value={commitment.value.text}
              onChange={(event) => edit('followUps', commitment.key, (value) => ({ ...value, text: event.target.value }))}
            />
            <div className="grid gap-2 sm:grid-cols-2">
              <SelectField
                name="committedBy"
                id={id('follow-up', commitment.key, 'side')}
                label={`Who committed (${index + 1})`}
                value={commitment.value.committedBy}
                onChange={(event) => edit('followUps', commitment.key, (value) => ({ ...value, committedBy: event.target.value as CommitmentSide }))}
                options={commitmentSides.map((side) => ({ value: side, label: commitmentSideLabels[side] }))}
              />
              <Field
                name="dueDate"
                id={id('follow-up', commitment.key, 'due')}
                label={`Due date (${index + 1})`}
                type="date"
                value={commitment.value.dueDate}
                onChange={(event) => edit('followUps', commitment.key, (value) => ({ ...value, dueDate: event.target.value }))}
              />
            </div>
          </ValueRow>
        ))}
      </ValueGroup>
    </section>
  );
}

type Lists = Pick<ReviewedMeeting, 'places' | 'countries' | 'counterparts' | 'organisations' | 'areas' | 'followUps'>;
type ListKey = keyof Lists;
type ListValue<K extends ListKey> = Lists[K][number]['value'];

function CounterpartFields({
  person,
  id,
  number,
  colleagueName,
  onChange,
}: {
  person: ReviewedCounterpart;
  id: (...parts: (string | number)[]) => string;
  number: number;
  colleagueName: (userId: number) => string;
  onChange: (change: (person: ReviewedCounterpart) => ReviewedCounterpart) => void;
}) {
  const chosen =
    person.identity.kind === 'contact'
      ? person.candidates.find((candidate) => person.identity.kind === 'contact' && candidate.id === person.identity.contactId)
      : undefined;
  const identities = [
    ...(person.side === 'ours' && person.colleagueId
      ? [{ value: `colleague:${person.colleagueId}`, label: `Colleague: ${colleagueName(person.colleagueId)} (attendee)` }]
      : []),
    ...person.candidates.map((candidate) => ({
      value: `contact:${candidate.id}`,
      label: `Contact: ${[candidate.name, candidate.title, candidate.organisationName].filter(Boolean).join(', ')}${candidate.spellingDiffers ? ' (spelling differs)' : ''}`,
    })),
    person.side === 'ours' ? { value: 'none', label: 'One of ours: not recorded' } : { value: 'new', label: 'Not in your contacts: offer to add' },
  ];
  return (
    <div className="space-y-2">
      <div className="grid gap-2 sm:grid-cols-2">
        <Field
          name="personName"
          id={id('name')}
          label={`Name (${number})`}
          value={person.name}
          onChange={(event) => onChange((value) => ({ ...value, name: event.target.value }))}
        />
        <Field
          name="personTitle"
          id={id('title')}
          label={`Title or position (${number})`}
          value={person.title}
          onChange={(event) => onChange((value) => ({ ...value, title: event.target.value }))}
        />
        <Field
          name="personOrganisation"
          id={id('organisation')}
          label={`Organisation (${number})`}
          value={person.organisation}
          // Changed, the organisation is no longer the one matched in the list.
          onChange={(event) =>
            onChange((value) => ({
              ...value,
              organisation: event.target.value,
              organisationMatch: value.organisationMatch?.name === event.target.value ? value.organisationMatch : null,
            }))
          }
          hint={person.organisationMatch ? `In your list: ${person.organisationMatch.name}` : undefined}
        />
        <SelectField
          name="personSide"
          id={id('side')}
          label={`Side (${number})`}
          value={person.side}
          onChange={(event) => {
            const side = event.target.value as Side;
            onChange((value) => ({ ...value, side, identity: identityFor(value, side) }));
          }}
          options={(['partner', 'ours'] as const).map((side) => ({ value: side, label: sideLabels[side] }))}
        />
      </div>
      <SelectField
        name="personIdentity"
        id={id('identity')}
        label={`In your records (${number})`}
        value={identityValue(person.identity)}
        onChange={(event) => onChange((value) => ({ ...value, identity: parseIdentity(event.target.value) }))}
        options={identities}
        hint={
          chosen?.spellingDiffers
            ? `Spelling differs: the readout says “${person.name}”, the contact is “${chosen.name}”. Nothing is merged or renamed.`
            : person.identity.kind === 'new'
              ? 'The form will offer to add this person to the contacts; nothing is added unless you press Add there.'
              : person.identity.kind === 'none'
                ? 'Neither an attendee nor a counterpart: the summary keeps the name.'
                : undefined
        }
      />
    </div>
  );
}

function ValueGroup({ title, empty = false, children }: { title: string; empty?: boolean; children: ReactNode }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-800">{title}</legend>
      {empty ? <p className="text-sm text-slate-600">None found.</p> : <ul className="space-y-2">{children}</ul>}
    </fieldset>
  );
}

/** One proposed value: its fields, the words it came from (marked in the text while in focus), and Remove. */
function ValueRow({
  label,
  text,
  spans,
  onFocusSpans,
  onReveal,
  onRemove,
  removeLabel,
  children,
}: {
  label: string;
  text: string;
  spans: Span[];
  onFocusSpans: (spans: Span[]) => void;
  onReveal: (spans: Span[]) => void;
  onRemove?: () => void;
  removeLabel: string;
  children: ReactNode;
}) {
  return (
    <li>
      <div
        role="group"
        aria-label={label}
        className="space-y-2 rounded-lg border border-slate-200 p-3"
        onFocus={() => onFocusSpans(spans)}
        onMouseEnter={() => onFocusSpans(spans)}
      >
        {children}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          {spans.length > 0 ? (
            <>
              <span className="min-w-0 break-words text-slate-600">
                From the text: <q className="text-slate-800">{evidenceText(text, spans)}</q>
              </span>
              <button
                type="button"
                className="min-h-9 font-medium text-brand-700 underline"
                aria-label={`Show in text: ${label}`}
                onClick={() => onReveal(spans)}
              >
                Show in text
              </button>
            </>
          ) : (
            <span className="text-slate-600">Not found in the text’s words.</span>
          )}
          {onRemove && (
            <button
              type="button"
              className="ml-auto min-h-9 rounded border border-slate-300 bg-white px-2 font-medium text-red-800"
              aria-label={removeLabel}
              onClick={onRemove}
            >
              Remove
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
