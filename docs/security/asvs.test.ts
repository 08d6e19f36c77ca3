import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Holds docs/security/asvs.md to what it claims: every row of its tables has a known status,
 * every met row names its proof, every named file exists and holds the title or phrase quoted
 * after " › ", and the summary line counts the rows as they are.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const doc = fs.readFileSync(path.join(root, 'docs/security/asvs.md'), 'utf8');

type Row = { id: string; status: string; proof: string };

// Table rows whose first cell is a requirement id, like "| 6.3.1 | … | met | … | `e2e/x.spec.ts` › title |".
const rows: Row[] = doc
  .split('\n')
  .filter((line) => /^\|\s*\d+\.\d+\.\d+\s*\|/.test(line))
  .map((line) => {
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((cell) => cell.trim().replace(/\\\|/g, '|'));
    return { id: cells[0]!, status: cells[2]!, proof: cells[4] ?? '' };
  });

/** "`path` › title; `path`" → [{ file, title }]. */
function proofsOf(proof: string): { file: string; title?: string }[] {
  return proof
    .split('; ')
    .filter((item) => item.trim() !== '')
    .map((item) => {
      const match = /^`([^`]+)`(?: › (.+))?$/.exec(item.trim());
      if (!match) throw new Error(`Unreadable proof "${item}": write \`path\` or \`path\` › title`);
      return { file: match[1]!, title: match[2] };
    });
}

const count = (status: string) => rows.filter((row) => row.status === status).length;

describe('the ASVS review (docs/security/asvs.md)', () => {
  it('has a row per requirement, each once, with a status of met, not met or n/a', () => {
    expect(rows.length).toBeGreaterThan(200);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    for (const row of rows) expect(['met', 'not met', 'n/a'], row.id).toContain(row.status);
  });

  it('names a proof for every met requirement', () => {
    const unproven = rows.filter((row) => row.status === 'met' && proofsOf(row.proof).length === 0);
    expect(unproven.map((row) => row.id)).toEqual([]);
  });

  it('names only files that exist, and titles or phrases that are in them', () => {
    const problems: string[] = [];
    for (const row of rows) {
      for (const { file, title } of proofsOf(row.proof)) {
        const full = path.join(root, file);
        if (!fs.existsSync(full)) problems.push(`${row.id}: no file ${file}`);
        else if (title && !fs.readFileSync(full, 'utf8').includes(title)) problems.push(`${row.id}: "${title}" is not in ${file}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('states the counts of its rows in the summary line', () => {
    const summary = /^Met: (\d+) of (\d+) applicable \((\d+) not applicable\)$/m.exec(doc);
    expect(summary, 'summary line "Met: X of Y applicable (Z not applicable)"').not.toBeNull();
    const [, met, applicable, notApplicable] = summary!.map(Number);
    expect({ met, applicable, notApplicable }).toEqual({ met: count('met'), applicable: count('met') + count('not met'), notApplicable: count('n/a') });
  });
});
