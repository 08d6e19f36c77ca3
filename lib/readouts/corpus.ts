import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isCountryCode } from '../countries';
import { defaultAreas } from './default-areas';
import { readoutLanguages, type ReadoutContext } from './types';

/**
 * The gold corpus (lib/readouts/corpus/README.md), for the evaluation script and eval.test.ts only:
 * it reads files, so the app never imports it. Labels are checked as they load, so a label with a
 * misspelt key fails loudly instead of scoring as if the reader had missed everything.
 */

/** A real day as YYYY-MM-DD: Date.parse alone takes 2024-02-30 for 1 March. */
function isDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

const day = z.string().refine(isDay, { error: 'Expected a day as YYYY-MM-DD.' });
const country = z.string().refine(isCountryCode, { error: 'Expected an ISO 3166 alpha-2 code (XK for Kosovo).' });
// An area outside the list could never be proposed: a typo in a label would pass for a miss.
const area = z.string().refine((name) => defaultAreas.includes(name), { error: 'Expected an area of lib/readouts/default-areas.ts, as written there.' });

const meetingLabel = z.strictObject({
  startDate: day.nullable(),
  endDate: day.nullable(),
  places: z.array(z.strictObject({ city: z.string().min(1), country })),
  partnerCountries: z.array(country),
  counterparts: z.array(
    z.strictObject({
      name: z.string().min(1),
      title: z.string().min(1).nullable(),
      organisation: z.string().min(1).nullable(),
      side: z.enum(['ours', 'partner']),
    }),
  ),
  organisations: z.array(z.string().min(1)),
  areas: z.array(area),
  followUps: z.array(z.strictObject({ text: z.string().min(1), committedBy: z.enum(['ours', 'partner', 'joint']), dueDate: day.nullable() })),
});

export const readoutLabel = z.strictObject({
  published: day.nullable(),
  ourCountry: country,
  ourStaff: z.array(z.string().min(1)).optional(),
  // Null for a readout in none of the five languages (a seed may be): the reader should say so.
  language: z.enum(readoutLanguages).nullable(),
  meetings: z.array(meetingLabel),
});

/** The gold labels of one readout: what the officer would log, plus the context the reader is given. */
export type ReadoutLabel = z.infer<typeof readoutLabel>;

export type CorpusPart = 'dev' | 'test' | 'seeds';
export const corpusParts: readonly CorpusPart[] = ['dev', 'test', 'seeds'];

export type CorpusReadout = {
  /** The file name without `.txt` (dev, test) or the seed's file name (seeds). */
  id: string;
  language: ReadoutLabel['language'];
  text: string;
  label: ReadoutLabel;
};

function parseLabel(json: unknown, source: string): ReadoutLabel {
  const parsed = readoutLabel.safeParse(json);
  if (!parsed.success) throw new Error(`${source}: not a valid label.\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The readouts of one part with their labels, sorted by id. Seeds are scored only where the
 * client's samples are at hand (`../shared/seeds/` beside the repository); elsewhere, none.
 */
export function loadCorpus(part: CorpusPart, root = process.cwd()): CorpusReadout[] {
  const corpus = path.join(root, 'lib/readouts/corpus');
  if (part === 'seeds') {
    const seeds = path.resolve(root, '../shared/seeds');
    const labels = path.join(corpus, 'seeds.json');
    if (!fs.existsSync(seeds) || !fs.existsSync(labels)) return [];
    return Object.entries(readJson(labels) as Record<string, unknown>)
      .map(([file, json]) => {
        const label = parseLabel(json, `seeds.json "${file}"`);
        return { id: file, language: label.language, text: fs.readFileSync(path.join(seeds, file), 'utf8'), label };
      })
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  const directory = path.join(corpus, part);
  if (!fs.existsSync(directory)) return [];
  const files = fs.readdirSync(directory);
  const texts = files.filter((file) => file.endsWith('.txt')).map((file) => file.slice(0, -'.txt'.length));
  const labels = files.filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length));
  // A text without its label (or the reverse) is a pair half written: say so rather than skip it.
  const unpaired = [
    ...texts.filter((id) => !labels.includes(id)).map((id) => `${id}.txt`),
    ...labels.filter((id) => !texts.includes(id)).map((id) => `${id}.json`),
  ];
  if (unpaired.length) throw new Error(`${directory}: without its pair: ${unpaired.join(', ')}`);
  return texts.sort().map((id) => {
    const label = parseLabel(readJson(path.join(directory, `${id}.json`)), `${part}/${id}.json`);
    const named = /^([a-z]{2})-\d+-/.exec(id)?.[1];
    if (named !== label.language) throw new Error(`${part}/${id}: the file name says "${named ?? '?'}", the label ${JSON.stringify(label.language)}.`);
    return { id, language: label.language, text: fs.readFileSync(path.join(directory, `${id}.txt`), 'utf8'), label };
  });
}

/** What the reader is told for a labelled readout: the label's mission, date and staff, and the default areas. */
export function contextOf(label: ReadoutLabel): ReadoutContext {
  return { ourCountry: label.ourCountry, published: label.published, ourStaff: label.ourStaff ?? [], areas: [...defaultAreas] };
}
