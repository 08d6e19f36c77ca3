import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file that declares server actions, found by its 'use server' directive. */
function serverActionFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return serverActionFiles(full);
    if (!/\.tsx?$/.test(entry.name) || entry.name.endsWith('.test.ts')) return [];
    return /^\s*['"]use server['"]/.test(fs.readFileSync(full, 'utf8')) ? [full] : [];
  });
}

describe('server actions', () => {
  const files = serverActionFiles(path.resolve('app'));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  // An exported action is a public POST endpoint: the wrapper is where the session and role are checked.
  it.each(files.map((file) => [path.relative(process.cwd(), file), file]))('%s exports only defineAction(...) actions', (_name, file) => {
    const source = fs.readFileSync(file, 'utf8');
    const exports = source.match(/^export\s.*$/gm) ?? [];
    expect(exports.length).toBeGreaterThan(0);
    for (const line of exports) expect(line).toMatch(/^export const \w+ = defineAction\(\{$/);
  });
});
