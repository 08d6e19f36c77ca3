import fs from 'node:fs';
import path from 'node:path';

/** What goes into the production build; a change to any of these makes the build stale. */
const SOURCES = ['app', 'components', 'server', 'db', 'lib', 'auth.ts', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package.json'];
const BUILD_ID = path.resolve('.next/BUILD_ID');

function newestChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

/** True when there is no production build or a source file changed since it was made. */
export function needsBuild(): boolean {
  if (!fs.existsSync(BUILD_ID)) return true;
  const builtAt = fs.statSync(BUILD_ID).mtimeMs;
  return SOURCES.some((source) => newestChange(path.resolve(source)) > builtAt);
}
