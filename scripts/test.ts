import { spawnSync } from 'node:child_process';
import { needsBuild } from './build-state';
import { ensureChromium } from './chromium';
import { ensureAuthSecret } from './prepare';
import { nextBin } from './run';

/** `npm test`: every check, in order of speed; stops at the first failure. */
const onlyE2e = process.argv.includes('--only-e2e');
const steps: { name: string; run: () => number | null }[] = [];
// npm puts node_modules/.bin on PATH for scripts, so the tools are called by name.
const exec = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) => spawnSync(command, args, { stdio: 'inherit', env }).status;

if (!onlyE2e) {
  // What `npm run lint` checks (ESLint, then Prettier's formatting), stated once in package.json.
  steps.push({ name: 'lint and formatting', run: () => exec('npm', ['run', '--silent', 'lint']) });
  steps.push({ name: 'typecheck', run: () => exec('tsc', ['--noEmit']) });
  steps.push({ name: 'unit and integration tests', run: () => exec('vitest', ['run']) });
}
steps.push({
  name: 'production build',
  run: () => {
    if (!needsBuild()) return 0;
    return exec(process.execPath, [nextBin, 'build'], { ...process.env, AUTH_SECRET: ensureAuthSecret(), NEXT_TELEMETRY_DISABLED: '1' });
  },
});
steps.push({
  name: 'end-to-end tests (Playwright)',
  run: () => exec('playwright', ['test'], { ...process.env, CHROMIUM_PATH: ensureChromium() }),
});

for (const step of steps) {
  const started = Date.now();
  console.log(`\n▶ ${step.name}`);
  const status = step.run();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`✖ ${step.name} failed after ${seconds} s`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${step.name} (${seconds} s)`);
}
