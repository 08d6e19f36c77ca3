'use client';

import { type DragEvent, type FormEvent, useEffect, useRef, useState, useTransition } from 'react';
import type { SaveDraft } from '@/components/capture/use-capture';
import { buttonClass } from '@/components/ui/button-styles';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { TextareaField } from '@/components/ui/textarea-field';
import { fill } from '@/lib/fill';
import type { Locale } from '@/lib/locale';
import { countedLength, TEXT_LIMITS, unifyLineBreaks } from '@/lib/text-limits';
import type { ActionResult } from '@/lib/action-result';
import type { ReadoutProposal } from '@/server/readouts';
import { ReadoutReview, type ReadoutReviewLabels, type ReviewOptions } from './readout-review';
import { type Review, startReview } from './review-model';

type ReadReadout = (previous: null, payload: FormData) => Promise<ActionResult<ReadoutProposal>>;

/**
 * The page's words, in the reader's language. `file`: templates completed here with the file's
 * `{file}` name and `{size}` (the text box's label and limit already in `tooLong`).
 */
export type ReadoutWorkspaceLabels = {
  textLabel: string;
  textHint: string;
  fileLabel: string;
  fileNote: string;
  published: string;
  publishedHint: string;
  read: string;
  reading: string;
  unreachable: string;
  file: { notText: string; tooLong: string; moreThan: string; unreadable: string; loaded: string };
  review: ReadoutReviewLabels;
};

const FILE_TYPES = '.txt,.eml,text/plain,message/rfc822';

/** Why a file cannot be the readout, or null when its text fits. */
function fileRefusal(file: File, words: ReadoutWorkspaceLabels['file'], locale: Locale, text?: string): string | null {
  if (!/\.(txt|eml)$/i.test(file.name) && !['text/plain', 'message/rfc822'].includes(file.type)) return fill(words.notText, { file: file.name });
  // Before reading it: a file four times the limit holds more characters than the limit in any encoding.
  const length = text === undefined ? Math.ceil(file.size / 4) : countedLength(text);
  if (length <= TEXT_LIMITS.readout) return null;
  const size = text === undefined ? words.moreThan : length.toLocaleString(locale);
  return fill(words.tooLong, { file: file.name, size });
}

/**
 * Paste a readout (or drop a .txt or .eml file), have it read, then review what it proposes. The
 * text stays on screen whatever happens: a refused or failed reading shows its message beside it.
 */
export function ReadoutWorkspace({
  readReadout,
  saveDraft,
  options,
  me,
  ourCountry,
  today,
  locale,
  labels,
}: {
  readReadout: ReadReadout;
  saveDraft: SaveDraft;
  options: ReviewOptions;
  me: number;
  ourCountry: string | null;
  today: string;
  locale: Locale;
  labels: ReadoutWorkspaceLabels;
}) {
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [result, setResult] = useState<ActionResult<ReadoutProposal> | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [fileNote, setFileNote] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const errors = result?.ok === false ? result.fieldErrors : undefined;

  // Read: the review takes the page, and a screen reader is told where it starts.
  useEffect(() => {
    if (review) reviewHeading.current?.focus();
  }, [review]);

  async function loadFile(file: File) {
    const early = fileRefusal(file, labels.file, locale);
    if (early) return setFileNote({ ok: false, message: early });
    let content: string;
    try {
      content = await file.text();
    } catch {
      return setFileNote({ ok: false, message: fill(labels.file.unreadable, { file: file.name }) });
    }
    const refusal = fileRefusal(file, labels.file, locale, content);
    if (refusal) return setFileNote({ ok: false, message: refusal });
    setText(unifyLineBreaks(content));
    setResult(null);
    setFileNote({ ok: true, message: fill(labels.file.loaded, { file: file.name }) });
  }

  function onDrop(event: DragEvent<HTMLTextAreaElement>) {
    const file = event.dataTransfer.files[0];
    if (!file) return; // dropped text: the text box takes it as usual
    event.preventDefault();
    void loadFile(file);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData();
    data.set('text', text);
    data.set('published', published);
    startTransition(async () => {
      let outcome: ActionResult<ReadoutProposal>;
      try {
        outcome = await readReadout(null, data);
      } catch {
        outcome = { ok: false, formError: labels.unreachable, values: {} };
      }
      setResult(outcome);
      if (outcome.ok) setReview(startReview(outcome.data));
    });
  }

  if (review) {
    return (
      <ReadoutReview
        key={review.text}
        initial={review}
        headingRef={reviewHeading}
        options={options}
        me={me}
        ourCountry={ourCountry}
        today={today}
        locale={locale}
        labels={labels.review}
        saveDraft={saveDraft}
        onBack={() => {
          setReview(null);
          setResult(null);
        }}
      />
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <FormMessage result={result} />
      <div className="space-y-1">
        <label htmlFor="readout-file" className="block text-sm font-medium text-slate-800">
          {labels.fileLabel}
        </label>
        <input
          id="readout-file"
          type="file"
          accept={FILE_TYPES}
          aria-describedby="readout-file-note"
          className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:font-medium"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void loadFile(file);
            event.target.value = ''; // the same file can be chosen again after an edit
          }}
        />
        <p
          id="readout-file-note"
          role={fileNote && !fileNote.ok ? 'alert' : 'status'}
          className={`text-sm ${fileNote && !fileNote.ok ? 'font-medium text-red-700' : 'text-slate-600'}`}
        >
          {fileNote?.message ?? labels.fileNote}
        </p>
      </div>
      <TextareaField
        name="text"
        label={labels.textLabel}
        rows={12}
        maxLength={TEXT_LIMITS.readout}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onDragOver={(event) => {
          if (event.dataTransfer.types.includes('Files')) event.preventDefault();
        }}
        onDrop={onDrop}
        errors={errors?.text}
        hint={labels.textHint}
      />
      <div className="max-w-xs">
        <Field
          name="published"
          label={labels.published}
          type="date"
          value={published}
          onChange={(event) => setPublished(event.target.value)}
          errors={errors?.published}
          hint={labels.publishedHint}
        />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass('primary')}>
        {pending ? labels.reading : labels.read}
      </button>
    </form>
  );
}
