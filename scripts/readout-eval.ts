import { performance } from 'node:perf_hooks';
import { readReadout, toJson, type ReadoutJson } from '../lib/readouts';
import { contextOf, corpusParts, loadCorpus, type CorpusPart, type CorpusReadout } from '../lib/readouts/corpus';
import { formatSummary, scoredFields, scoreReadout, summarise, type ReadoutScore } from '../lib/readouts/score';

/**
 * `npm run readout:eval [-- --part dev|test|seeds|all] [--show <id>]`: scores the reader against
 * the gold corpus (lib/readouts/corpus/README.md) — precision, recall and F1 per field and
 * language, and how long a readout takes to read. `--show <id>` prints one readout's proposal
 * beside its label, to see what a rule gets wrong.
 */
const usage = 'Usage: npm run readout:eval -- [--part dev|test|seeds|all] [--show <id>]';

export type ReadoutRun = { readout: CorpusReadout; predicted: ReadoutJson; notices: string[]; score: ReadoutScore; milliseconds: number; error: string | null };

/** Reads and scores each readout; a reader that throws is scored as proposing nothing, and the error kept. */
export function runReadouts(readouts: readonly CorpusReadout[]): ReadoutRun[] {
  return readouts.map((readout) => {
    const started = performance.now();
    let predicted: ReadoutJson = { language: null, meetings: [] };
    let notices: string[] = [];
    let error: string | null = null;
    try {
      const draft = readReadout(readout.text, contextOf(readout.label));
      predicted = toJson(draft);
      notices = draft.notices;
    } catch (problem) {
      error = problem instanceof Error ? (problem.stack ?? problem.message) : String(problem);
    }
    const milliseconds = performance.now() - started;
    return { readout, predicted, notices, score: scoreReadout(predicted, readout.label), milliseconds, error };
  });
}

function report(part: CorpusPart, runs: ReadoutRun[]): string {
  if (runs.length === 0) return `== ${part}: no readouts${part === 'seeds' ? ' (../shared/seeds/ or lib/readouts/corpus/seeds.json is not there)' : ''}\n`;
  const slowest = runs.reduce((a, b) => (b.milliseconds > a.milliseconds ? b : a));
  const mean = runs.reduce((sum, run) => sum + run.milliseconds, 0) / runs.length;
  const errors = runs.filter((run) => run.error !== null);
  return [
    `== ${part}: parse time per readout mean ${mean.toFixed(1)} ms, max ${slowest.milliseconds.toFixed(1)} ms (${slowest.readout.id})`,
    formatSummary(summarise(runs.map((run) => run.score))),
    ...errors.map((run) => `!! ${run.readout.id}: the reader threw ${run.error}`),
    '',
  ].join('\n');
}

const compact = (value: unknown) => JSON.stringify(value);

/** One readout's proposal beside its label, meeting by aligned meeting; ✓ marks a value exactly as labelled. */
export function showRun(run: ReadoutRun): string {
  const { readout, predicted, score } = run;
  const lines = [
    `${readout.id}: language ${compact(readout.label.language)}, proposed ${compact(predicted.language)}; ourCountry ${readout.label.ourCountry}, published ${compact(readout.label.published)}; read in ${run.milliseconds.toFixed(1)} ms`,
    ...run.notices.map((notice) => `notice: ${notice}`),
    ...(run.error ? [`!! the reader threw ${run.error}`] : []),
  ];
  for (const [pi, gi] of score.meetingPairs) {
    const [got, gold] = [predicted.meetings[pi]!, readout.label.meetings[gi]!];
    lines.push('', `gold meeting ${gi + 1} ↔ proposed meeting ${pi + 1}`);
    for (const key of Object.keys(gold) as (keyof typeof gold)[]) {
      if (compact(got[key]) === compact(gold[key])) lines.push(`  ✓ ${key} ${compact(gold[key])}`);
      else lines.push(`  ✗ ${key}`, `      gold ${compact(gold[key])}`, `      got  ${compact(got[key])}`);
    }
  }
  const paired = (index: number, side: 0 | 1) => score.meetingPairs.some((pair) => pair[side] === index);
  const values = (meeting: object) => Object.entries(meeting).map(([key, value]) => `  ${key} ${compact(value)}`);
  readout.label.meetings.forEach((meeting, index) => {
    if (!paired(index, 1)) lines.push('', `gold meeting ${index + 1}: not proposed`, ...values(meeting));
  });
  predicted.meetings.forEach((meeting, index) => {
    if (!paired(index, 0)) lines.push('', `proposed meeting ${index + 1}: not in the label`, ...values(meeting));
  });
  lines.push('', 'field              tp  fp  fn');
  for (const field of scoredFields) {
    const { tp, fp, fn } = score.counts[field];
    lines.push(`${field.padEnd(18)}${[tp, fp, fn].map((count) => String(count).padStart(4)).join('')}`);
  }
  return lines.join('\n');
}

function exitWithUsage(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  let parts: readonly CorpusPart[] = corpusParts;
  let showId: string | null = null;
  for (let index = 0; index < args.length; index++) {
    const [arg, value] = [args[index], args[index + 1]];
    if (arg === '--part' && value === 'all') parts = corpusParts;
    else if (arg === '--part' && corpusParts.includes(value as CorpusPart)) parts = [value as CorpusPart];
    else if (arg === '--part') exitWithUsage(`--part is dev, test, seeds or all, not ${value ?? 'nothing'}.`);
    else if (arg === '--show' && value && !value.startsWith('--')) showId = value;
    else if (arg === '--show') exitWithUsage('--show needs the id of a readout, e.g. en-01-astana (its file name without .txt).');
    else exitWithUsage(`Unknown argument ${arg}.`);
    index++;
  }

  if (showId !== null) {
    const id = showId;
    const readout = parts.flatMap((part) => loadCorpus(part)).find((candidate) => candidate.id === id || candidate.id === id.replace(/\.(txt|json)$/, ''));
    if (!readout) {
      console.error(`No readout ${id} in ${parts.join(', ')}.`);
      process.exit(1);
    }
    console.log(showRun(runReadouts([readout])[0]!));
  } else {
    let failed = false;
    for (const part of parts) {
      const runs = runReadouts(loadCorpus(part));
      failed ||= runs.some((run) => run.error !== null);
      console.log(report(part, runs));
    }
    if (failed) process.exitCode = 1;
  }
}
