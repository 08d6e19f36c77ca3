import fs from 'node:fs';
import { isCountryCode } from '../lib/countries';
import { readReadout, toJson } from '../lib/readouts';
import { defaultAreas } from '../lib/readouts/default-areas';

/**
 * `npm run readout -- <file> [--our-country XX] [--published YYYY-MM-DD]`: what the reader proposes
 * for one readout (.txt, or an .eml it unpacks itself), as the JSON the evaluation scores. Reads
 * standard input when the file is `-` or left out.
 */
const usage = 'Usage: npm run readout -- [<file.txt|file.eml|->] [--our-country XX] [--published YYYY-MM-DD]';

export type ReadoutOptions = { file: string | null; ourCountry: string | null; published: string | null };

/** A real day as YYYY-MM-DD: Date.parse alone takes 2024-02-30. */
function isDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** The command line as options, or a message saying what is wrong with it. */
export function parseReadoutArgs(args: readonly string[]): ReadoutOptions | { error: string } {
  const options: ReadoutOptions = { file: null, ourCountry: null, published: null };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const value = args[index + 1];
    if (arg === '--our-country') {
      const code = value?.toUpperCase();
      if (!isCountryCode(code)) return { error: `--our-country needs an ISO 3166 alpha-2 code (XK for Kosovo), not ${value ?? 'nothing'}.` };
      options.ourCountry = code;
      index++;
    } else if (arg === '--published') {
      if (!value || !isDay(value)) return { error: `--published needs a date as YYYY-MM-DD, not ${value ?? 'nothing'}.` };
      options.published = value;
      index++;
    } else if (arg.startsWith('--')) {
      return { error: `Unknown option ${arg}.` };
    } else if (options.file !== null) {
      return { error: `One readout at a time: ${options.file} and ${arg}.` };
    } else {
      options.file = arg;
    }
  }
  return options;
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
  const options = parseReadoutArgs(args);
  if ('error' in options) exitWithUsage(options.error);
  const fromStdin = options.file === null || options.file === '-';
  // Waiting on a terminal for a readout nobody is piping in would look like a hang.
  if (fromStdin && process.stdin.isTTY) exitWithUsage('Give a file, or pipe the readout in.');
  let text: string;
  try {
    text = fs.readFileSync(fromStdin ? 0 : options.file!, 'utf8');
  } catch (problem) {
    console.error(`Cannot read ${fromStdin ? 'standard input' : options.file}: ${problem instanceof Error ? problem.message : String(problem)}`);
    process.exit(1);
  }
  const draft = readReadout(text, { ourCountry: options.ourCountry, published: options.published, areas: [...defaultAreas] });
  console.log(JSON.stringify(toJson(draft), null, 2));
}
