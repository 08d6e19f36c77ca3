'use client';

import { useRouter } from 'next/navigation';
import { type ReactNode, type RefObject, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import type { SaveDraft } from '@/components/capture/use-capture';
import { buttonClass } from '@/components/ui/button-styles';
import { Field, SelectField } from '@/components/ui/field';
import { formatDateRange } from '@/lib/dates';
import { fill, plural } from '@/lib/fill';
import type { Locale } from '@/lib/locale';
import type { AreaOutcome, MeetingKind } from '@/lib/meetings';
import type { CommitmentSide } from '@/lib/follow-ups';
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

/** What the cards offer to choose from, the fixed vocabularies already in the reader's language. */
export type ReviewOptions = {
  countries: { code: string; name: string }[];
  colleagues: { id: number; name: string }[];
  areas: { id: number; name: string }[];
  meetingKinds: { value: MeetingKind; label: string }[];
  commitmentSides: { value: CommitmentSide; label: string }[];
  areaOutcomes: { value: AreaOutcome; label: string }[];
};

type Forms = { one: string; other: string };

/**
 * The review's words, in the reader's language. Those with `{…}` placeholders are templates completed
 * here with `fill` (names, numbers, dates the browser learns); `Forms` by count with `plural`, `#` the count.
 */
export type ReadoutReviewLabels = {
  heading: Forms;
  changeText: string;
  notices: string;
  nothingFound: string;
  startAnyway: string;
  noneTicked: string;
  becomeDrafts: Forms;
  create: string;
  creating: string;
  keeping: string;
  draftLabel: string;
  unreachable: string;
  notKept: string;
  partlyKept: Forms;
  keptMany: string;
  keptOne: string;
  dayNote: { published: string; today: string };
  textHeading: string;
  textRegion: string;
  card: MeetingCardLabels;
};

/** A group of values: `row` names one (`{name}`), `unnamed` stands for an empty name (`{n}`, its number). */
type GroupLabels = { title: string; row: string; unnamed: string };

export type MeetingCardLabels = {
  heading: string;
  create: string;
  summaryNote: string;
  showMeeting: string;
  title: string;
  kind: string;
  chooseCountry: string;
  colleague: string;
  remove: string;
  inList: string;
  inListSpelling: string;
  dates: { title: string; start: string; end: string; startRow: string; endRow: string; none: string; removeStart: string; removeEnd: string };
  places: GroupLabels & { city: string; country: string };
  countries: GroupLabels & { field: string };
  counterparts: GroupLabels & {
    name: string;
    position: string;
    organisation: string;
    side: string;
    sides: Record<Side, string>;
    records: string;
    colleague: string;
    contact: string;
    contactSpelling: string;
    oneOfOurs: string;
    notInContacts: string;
    spellingHint: string;
    newHint: string;
    noneHint: string;
  };
  organisations: GroupLabels & { field: string; notInList: string };
  areas: GroupLabels & { field: string; notInList: string; choose: string; outcome: string };
  followUps: GroupLabels & { text: string; side: string; due: string };
  value: ValueLabels;
};

type ValueLabels = { noneFound: string; fromText: string; show: string; showLabel: string; notFound: string; remove: string };

type Highlight = { spans: Span[]; reveal: number };

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
  locale,
  labels,
  saveDraft,
  onBack,
}: {
  initial: Review;
  headingRef: RefObject<HTMLHeadingElement | null>;
  options: ReviewOptions;
  me: number;
  ourCountry: string | null;
  today: string;
  locale: Locale;
  labels: ReadoutReviewLabels;
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
        setProgress(fill(labels.keeping, { index: index + 1, total: accepted.length }));
        const values = toMeetingFormValues(meeting, { text, published, today, me, ourCountry });
        let result: Awaited<ReturnType<SaveDraft>>;
        try {
          result = await saveDraft(null, {
            draftId: String(kept.current.get(meeting.key) ?? ''),
            form: 'meeting',
            targetId: '',
            label: values.title || labels.draftLabel,
            payload: JSON.stringify(values),
          });
        } catch {
          result = { ok: false, formError: labels.unreachable, values: {} };
        }
        if (!result.ok) {
          setProgress(null);
          const error = result.formError ?? labels.notKept;
          setFailure(ids.length ? fill(plural(locale, ids.length, labels.partlyKept), { error, total: accepted.length }) : error);
          return;
        }
        kept.current.set(meeting.key, result.data.draftId);
        ids.push(result.data.draftId);
      }
      setProgress(accepted.length > 1 ? fill(labels.keptMany, { count: accepted.length }) : labels.keptOne);
      router.push(`/meetings/new?draft=${ids[0]}`);
    });
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
          {plural(locale, review.meetings.length, labels.heading)}
        </h2>
        <button type="button" className={buttonClass('secondary')} onClick={onBack}>
          {labels.changeText}
        </button>
      </div>

      {review.notices.length > 0 && (
        <section aria-labelledby="readout-notices-heading" className="rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm">
          <h3 id="readout-notices-heading" className="font-semibold">
            {labels.notices}
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {review.notices.map((notice, index) => (
              <li key={index}>{notice}</li>
            ))}
          </ul>
        </section>
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <ReadoutText text={text} evidence={evidence} highlight={highlight} labels={labels} />

        <div className="min-w-0 space-y-6">
          {review.meetings.map((meeting, index) => (
            <MeetingCard
              key={meeting.key}
              number={index + 1}
              meeting={meeting}
              text={text}
              dayNote={dayNote(meeting, published, today, labels.dayNote, locale)}
              options={options}
              labels={labels.card}
              onChange={(change) => changeMeeting(meeting.key, change)}
              onFocusSpans={focusOn}
              onReveal={reveal}
            />
          ))}
          {review.meetings.length === 0 && (
            <div className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 text-sm">
              <p>{labels.nothingFound}</p>
              <button
                type="button"
                className={buttonClass('secondary')}
                onClick={() => setReview((current) => ({ ...current, meetings: [blankMeeting(current.text)] }))}
              >
                {labels.startAnyway}
              </button>
            </div>
          )}

          {review.meetings.length > 0 && (
            <div className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-700">{accepted.length === 0 ? labels.noneTicked : plural(locale, accepted.length, labels.becomeDrafts)}</p>
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
                {pending ? labels.creating : labels.create}
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

function dayNote(meeting: ReviewedMeeting, published: string | null, today: string, notes: ReadoutReviewLabels['dayNote'], locale: Locale): string | null {
  const { date, guessed } = meetingDay(meeting, { published, today });
  // The day is known only here (a date removed on screen brings the note): formatted in the browser.
  return guessed ? fill(notes[guessed], { date: formatDateRange(date, null, locale) }) : null;
}

/** The readout with every value's words marked, those of the value in focus most, scrolled into view. */
function ReadoutText({ text, evidence, highlight, labels }: { text: string; evidence: Span[]; highlight: Highlight; labels: ReadoutReviewLabels }) {
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
        {labels.textHeading}
      </h3>
      <div
        ref={panel}
        role="region"
        aria-label={labels.textRegion}
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
  labels: MeetingCardLabels;
  onChange: (change: (meeting: ReviewedMeeting) => ReviewedMeeting) => void;
  onFocusSpans: (spans: Span[]) => void;
  onReveal: (spans: Span[]) => void;
};

/** One proposed meeting, its values grouped as the form asks for them. */
function MeetingCard({ number, meeting, text, dayNote, options, labels, onChange, onFocusSpans, onReveal }: CardProps) {
  const id = (...parts: (string | number)[]) => [meeting.key, ...parts].join('-');
  const countryName = (code: string) => options.countries.find((country) => country.code === code)?.name ?? code;
  const countryOptions = [{ value: '', label: labels.chooseCountry }, ...options.countries.map((country) => ({ value: country.code, label: country.name }))];
  const colleagueName = (userId: number) => options.colleagues.find((colleague) => colleague.id === userId)?.name ?? fill(labels.colleague, { id: userId });
  const row = { text, onFocusSpans, onReveal, labels: labels.value };
  const none = labels.value.noneFound;
  /** "Remove" named by what the value holds, else by its number in the group. */
  const removeLabel = (group: GroupLabels, value: string, index: number) => fill(labels.remove, { name: value || fill(group.unnamed, { n: index + 1 }) });

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
          {fill(labels.heading, { number })}
        </h3>
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            checked={meeting.create}
            onChange={(event) => onChange((current) => ({ ...current, create: event.target.checked }))}
            className="size-5"
          />
          {labels.create}
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <span>{labels.summaryNote}</span>
        <button
          type="button"
          className="min-h-9 font-medium text-brand-700 underline"
          aria-label={fill(labels.showMeeting, { number })}
          onClick={() => onReveal([meeting.span])}
          onFocus={() => onFocusSpans([meeting.span])}
        >
          {labels.value.show}
        </button>
      </div>
      <Field
        name="title"
        id={id('title')}
        label={labels.title}
        value={meeting.title}
        maxLength={200}
        onChange={(event) => onChange((current) => ({ ...current, title: event.target.value }))}
        onFocus={() => onFocusSpans([meeting.span])}
      />
      <SelectField
        name="kind"
        id={id('kind')}
        label={labels.kind}
        value={meeting.kind}
        onChange={(event) => onChange((current) => ({ ...current, kind: event.target.value as MeetingKind }))}
        options={options.meetingKinds}
      />

      <ValueGroup title={labels.dates.title}>
        {(['startDate', 'endDate'] as const).map((field) => {
          const found = meeting[field];
          const start = field === 'startDate';
          const label = start ? labels.dates.start : labels.dates.end;
          return (
            <ValueRow
              key={field}
              {...row}
              label={fill(start ? labels.dates.startRow : labels.dates.endRow, { value: found?.value || labels.dates.none })}
              spans={found?.spans ?? []}
              onRemove={found?.value ? () => onChange((current) => ({ ...current, [field]: null })) : undefined}
              removeLabel={fill(start ? labels.dates.removeStart : labels.dates.removeEnd, { value: found?.value ?? '' }).trim()}
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

      <ValueGroup title={labels.places.title} emptyNote={meeting.places.length === 0 && none}>
        {meeting.places.map((place, index) => (
          <ValueRow
            key={place.key}
            {...row}
            label={fill(labels.places.row, { name: place.value.city })}
            spans={place.spans}
            onRemove={() => remove('places', place.key)}
            removeLabel={removeLabel(labels.places, place.value.city, index)}
          >
            <div className="grid gap-2 sm:grid-cols-2">
              <Field
                name="city"
                id={id('place', place.key, 'city')}
                label={fill(labels.places.city, { n: index + 1 })}
                value={place.value.city}
                onChange={(event) => edit('places', place.key, (value) => ({ ...value, city: event.target.value }))}
              />
              <SelectField
                name="country"
                id={id('place', place.key, 'country')}
                label={fill(labels.places.country, { n: index + 1 })}
                value={place.value.countryCode}
                onChange={(event) => edit('places', place.key, (value) => ({ ...value, countryCode: event.target.value }))}
                options={countryOptions}
              />
            </div>
          </ValueRow>
        ))}
      </ValueGroup>

      <ValueGroup title={labels.countries.title} emptyNote={meeting.countries.length === 0 && none}>
        {meeting.countries.map((country, index) => (
          <ValueRow
            key={country.key}
            {...row}
            label={fill(labels.countries.row, { name: countryName(country.value) })}
            spans={country.spans}
            onRemove={() => remove('countries', country.key)}
            removeLabel={removeLabel(labels.countries, countryName(country.value), index)}
          >
            <SelectField
              name="partnerCountry"
              id={id('country', country.key)}
              label={fill(labels.countries.field, { n: index + 1 })}
              value={country.value}
              onChange={(event) => edit('countries', country.key, () => event.target.value)}
              options={countryOptions}
            />
          </ValueRow>
        ))}
      </ValueGroup>

      <ValueGroup title={labels.counterparts.title} emptyNote={meeting.counterparts.length === 0 && none}>
        {meeting.counterparts.map((person, index) => (
          <ValueRow
            key={person.key}
            {...row}
            label={fill(labels.counterparts.row, { name: person.value.name })}
            spans={person.spans}
            onRemove={() => remove('counterparts', person.key)}
            removeLabel={removeLabel(labels.counterparts, person.value.name, index)}
          >
            <CounterpartFields
              person={person.value}
              id={(...parts) => id('person', person.key, ...parts)}
              number={index + 1}
              colleagueName={colleagueName}
              labels={labels}
              onChange={(change) => edit('counterparts', person.key, change)}
            />
          </ValueRow>
        ))}
      </ValueGroup>

      <ValueGroup title={labels.organisations.title} emptyNote={meeting.organisations.length === 0 && none}>
        {meeting.organisations.map((organisation, index) => (
          <ValueRow
            key={organisation.key}
            {...row}
            label={fill(labels.organisations.row, { name: organisation.value.name })}
            spans={organisation.spans}
            onRemove={() => remove('organisations', organisation.key)}
            removeLabel={removeLabel(labels.organisations, organisation.value.name, index)}
          >
            <Field
              name="organisation"
              id={id('organisation', organisation.key)}
              label={fill(labels.organisations.field, { n: index + 1 })}
              value={organisation.value.name}
              onChange={(event) =>
                edit('organisations', organisation.key, (value) => ({
                  name: event.target.value,
                  match: value.match && event.target.value === value.match.name ? value.match : null,
                }))
              }
              hint={
                organisation.value.match
                  ? fill(organisation.value.match.spellingDiffers ? labels.inListSpelling : labels.inList, { name: organisation.value.match.name })
                  : labels.organisations.notInList
              }
            />
          </ValueRow>
        ))}
      </ValueGroup>

      <ValueGroup title={labels.areas.title} emptyNote={meeting.areas.length === 0 && none}>
        {meeting.areas.map((area, index) => {
          // A listed area by its name in the reader's language (the options come named from the server); another as the readout writes it.
          const name = options.areas.find((option) => option.id === area.value.areaId)?.name ?? area.value.name;
          return (
            <ValueRow
              key={area.key}
              {...row}
              label={fill(labels.areas.row, { name })}
              spans={area.spans}
              onRemove={() => remove('areas', area.key)}
              removeLabel={removeLabel(labels.areas, name, index)}
            >
              <div className="grid gap-2 sm:grid-cols-2">
                <SelectField
                  name="area"
                  id={id('area', area.key)}
                  label={fill(labels.areas.field, { n: index + 1 })}
                  value={area.value.areaId === null ? '' : String(area.value.areaId)}
                  onChange={(event) => {
                    const chosen = options.areas.find((option) => String(option.id) === event.target.value);
                    edit('areas', area.key, (value) => ({ ...value, areaId: chosen?.id ?? null, name: chosen?.name ?? value.name }));
                  }}
                  options={[
                    { value: '', label: area.value.areaId === null ? fill(labels.areas.notInList, { name: area.value.name }) : labels.areas.choose },
                    ...options.areas.map((option) => ({ value: String(option.id), label: option.name })),
                  ]}
                />
                <SelectField
                  name="areaOutcome"
                  id={id('area', area.key, 'outcome')}
                  label={fill(labels.areas.outcome, { n: index + 1 })}
                  value={area.value.outcome}
                  onChange={(event) => edit('areas', area.key, (value) => ({ ...value, outcome: event.target.value as AreaOutcome }))}
                  options={options.areaOutcomes}
                />
              </div>
            </ValueRow>
          );
        })}
      </ValueGroup>

      <ValueGroup title={labels.followUps.title} emptyNote={meeting.followUps.length === 0 && none}>
        {meeting.followUps.map((commitment, index) => (
          <ValueRow
            key={commitment.key}
            {...row}
            label={fill(labels.followUps.row, { name: commitment.value.text })}
            spans={commitment.spans}
            onRemove={() => remove('followUps', commitment.key)}
            removeLabel={removeLabel(labels.followUps, commitment.value.text, index)}
          >
            <Field
              name="followUp"
              id={id('follow-up', commitment.key)}
              label={fill(labels.followUps.text, { n: index + 1 })}
              value={commitment.value.text}
              onChange={(event) => edit('followUps', commitment.key, (value) => ({ ...value, text: event.target.value }))}
            />
            <div className="grid gap-2 sm:grid-cols-2">
              <SelectField
                name="committedBy"
                id={id('follow-up', commitment.key, 'side')}
                label={fill(labels.followUps.side, { n: index + 1 })}
                value={commitment.value.committedBy}
                onChange={(event) => edit('followUps', commitment.key, (value) => ({ ...value, committedBy: event.target.value as CommitmentSide }))}
                options={options.commitmentSides}
              />
              <Field
                name="dueDate"
                id={id('follow-up', commitment.key, 'due')}
                label={fill(labels.followUps.due, { n: index + 1 })}
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
  labels: { counterparts: words, inList },
  onChange,
}: {
  person: ReviewedCounterpart;
  id: (...parts: (string | number)[]) => string;
  number: number;
  colleagueName: (userId: number) => string;
  labels: MeetingCardLabels;
  onChange: (change: (person: ReviewedCounterpart) => ReviewedCounterpart) => void;
}) {
  const chosen =
    person.identity.kind === 'contact'
      ? person.candidates.find((candidate) => person.identity.kind === 'contact' && candidate.id === person.identity.contactId)
      : undefined;
  const identities = [
    ...(person.side === 'ours' && person.colleagueId
      ? [{ value: `colleague:${person.colleagueId}`, label: fill(words.colleague, { name: colleagueName(person.colleagueId) }) }]
      : []),
    ...person.candidates.map((candidate) => ({
      value: `contact:${candidate.id}`,
      label: fill(candidate.spellingDiffers ? words.contactSpelling : words.contact, {
        details: [candidate.name, candidate.title, candidate.organisationName].filter(Boolean).join(', '),
      }),
    })),
    person.side === 'ours' ? { value: 'none', label: words.oneOfOurs } : { value: 'new', label: words.notInContacts },
  ];
  return (
    <div className="space-y-2">
      <div className="grid gap-2 sm:grid-cols-2">
        <Field
          name="personName"
          id={id('name')}
          label={fill(words.name, { n: number })}
          value={person.name}
          onChange={(event) => onChange((value) => ({ ...value, name: event.target.value }))}
        />
        <Field
          name="personTitle"
          id={id('title')}
          label={fill(words.position, { n: number })}
          value={person.title}
          onChange={(event) => onChange((value) => ({ ...value, title: event.target.value }))}
        />
        <Field
          name="personOrganisation"
          id={id('organisation')}
          label={fill(words.organisation, { n: number })}
          value={person.organisation}
          // Changed, the organisation is no longer the one matched in the list.
          onChange={(event) =>
            onChange((value) => ({
              ...value,
              organisation: event.target.value,
              organisationMatch: value.organisationMatch?.name === event.target.value ? value.organisationMatch : null,
            }))
          }
          hint={person.organisationMatch ? fill(inList, { name: person.organisationMatch.name }) : undefined}
        />
        <SelectField
          name="personSide"
          id={id('side')}
          label={fill(words.side, { n: number })}
          value={person.side}
          onChange={(event) => {
            const side = event.target.value as Side;
            onChange((value) => ({ ...value, side, identity: identityFor(value, side) }));
          }}
          options={(['partner', 'ours'] as const).map((side) => ({ value: side, label: words.sides[side] }))}
        />
      </div>
      <SelectField
        name="personIdentity"
        id={id('identity')}
        label={fill(words.records, { n: number })}
        value={identityValue(person.identity)}
        onChange={(event) => onChange((value) => ({ ...value, identity: parseIdentity(event.target.value) }))}
        options={identities}
        hint={
          chosen?.spellingDiffers
            ? fill(words.spellingHint, { readout: person.name, contact: chosen.name })
            : person.identity.kind === 'new'
              ? words.newHint
              : person.identity.kind === 'none'
                ? words.noneHint
                : undefined
        }
      />
    </div>
  );
}

/** `emptyNote`: what the group says instead of its list when it has no value. */
function ValueGroup({ title, emptyNote, children }: { title: string; emptyNote?: string | false; children: ReactNode }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-800">{title}</legend>
      {emptyNote ? <p className="text-sm text-slate-600">{emptyNote}</p> : <ul className="space-y-2">{children}</ul>}
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
  labels,
  children,
}: {
  label: string;
  text: string;
  spans: Span[];
  onFocusSpans: (spans: Span[]) => void;
  onReveal: (spans: Span[]) => void;
  onRemove?: () => void;
  removeLabel: string;
  labels: ValueLabels;
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
                {labels.fromText} <q className="text-slate-800">{evidenceText(text, spans)}</q>
              </span>
              <button
                type="button"
                className="min-h-9 font-medium text-brand-700 underline"
                aria-label={fill(labels.showLabel, { label })}
                onClick={() => onReveal(spans)}
              >
                {labels.show}
              </button>
            </>
          ) : (
            <span className="text-slate-600">{labels.notFound}</span>
          )}
          {onRemove && (
            <button
              type="button"
              className="ml-auto min-h-9 rounded border border-slate-300 bg-white px-2 font-medium text-red-800"
              aria-label={removeLabel}
              onClick={onRemove}
            >
              {labels.remove}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
