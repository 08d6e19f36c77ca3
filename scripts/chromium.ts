import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Where the e2e browser is: an explicit path (CHROMIUM_PATH), a browser Playwright installed
 * itself, or the system's Chromium. Playwright cannot download browsers on machines without
 * internet, hence the fallbacks.
 */
export function findChromium(): string | undefined {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return fs.existsSync(explicit) ? explicit : undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled: string = require('playwright-core').chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return bundled;
  } catch {
    // No Playwright-managed browser: fall through to the system ones.
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((candidate) => fs.existsSync(candidate));
}

/** Finds a Chromium, installing Debian's package when running as root and there is none. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH points to ${process.env.CHROMIUM_PATH}, which does not exist.`);
  if (process.getuid?.() !== 0) {
    throw new Error('No Chromium found. Install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.');
  }
  console.log('No Chromium found: installing Debian’s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (install.status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  }
  const installed = findChromium();
  if (!installed) throw new Error('Installing chromium failed; see the apt-get output above.');
  return installed;
}
