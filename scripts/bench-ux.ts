import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from '@playwright/test';
import { currentStep, totpCode } from '../e2e/fixtures/second-factor';
import { needsBuild } from './build-state';
import { findChromium } from './chromium';
import { nextBin, runOrExit } from './run';

/**
 * `npm run bench:ux [-- --url http://localhost:3000] [--runs 5] [--profile phone|desktop|both] [--port 3400] [--json file]`
 *
 * What a person feels, measured in Chromium on the demo mission (started here on a throwaway
 * database unless --url names a running one), as its officer (the review queue as its manager). Per page, cold (new context, empty cache) and warm (the
 * same page again): TTFB, FCP, LCP, CLS, "interactive" and the JS loaded by `load`. Then the
 * Event Timing duration of the inputs an officer makes most (input delay + handlers + next
 * paint), the counterpart search's wait and requests, and how soon a move between lists shows.
 * Medians and worst of the runs, checked against the phone budgets. Nothing is asserted: a missed
 * budget is a figure; only a control that cannot be found ends the run with an error.
 *
 * Interactive = the latest of DOMContentLoaded, React having hydrated <main> (its fiber is set
 * once the whole subtree is hydrated) and the end of the last long task (> 50 ms) before the
 * first 500 ms without one after FCP (Lighthouse's TTI with a 500 ms instead of a 5 s window).
 */
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const runs = Number(option('runs') ?? 5);
const port = Number(option('port') ?? 3400);
const chosen = option('profile') ?? 'both';
const jsonFile = option('json');
const PASSWORD = 'demo mission password';
const OFFICER = 'officer@demo.readout.test';
const MANAGER = 'ambassador@demo.readout.test';
/** The quiet window after FCP that ends "interactive" (see above). */
const QUIET_MS = 500;

type Profile = {
  name: 'phone' | 'desktop';
  describe: string;
  context: Parameters<Browser['newContext']>[0];
  cpuRate?: number;
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
};
const PROFILES: Profile[] = [
  {
    name: 'phone',
    describe: '390×844 @3x, touch, CPU ×4 slower, 150 ms latency, 1.6 Mbps down / 750 kbps up',
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    cpuRate: 4,
    network: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  },
  { name: 'desktop', describe: '1280×800, no throttling', context: { viewport: { width: 1280, height: 800 } } },
];
// searchResultsMs: a wait that includes a round trip (150 ms of it on the phone), not an input's response.
const BUDGETS = { interactionMs: 200, searchResultsMs: 300, coldInteractiveMs: 1200, warmInteractiveMs: 500, navigationFeedbackMs: 100, firstLoadJsKb: 130 };

type PageFigures = { ttfb: number; fcp: number; lcp: number; cls: number; interactive: number; jsKb: number; jsRawKb: number };
type ProfileResult = { pages: Record<string, { cold: PageFigures[]; warm: PageFigures[] }>; interactions: Record<string, number[]> };
/** What the page records about itself, from before its own scripts run (recordPage). */
type PageRecord = {
  lcp: number;
  cls: number;
  longTasks: { start: number; end: number }[];
  events: { name: string; start: number; duration: number; interactionId: number }[];
  keyDowns: number[];
  clicks: number[];
  hydratedAt: number;
  /** When a watched change was first on screen (watchSelector, watchNavigation). */
  seen: Record<string, number>;
};
declare global {
  interface Window {
    __ux: PageRecord;
  }
}

/** A control or figure the bench looks for is missing: the run cannot say anything true. */
class CouldNotMeasure extends Error {}

async function main() {
  const profiles = PROFILES.filter((profile) => chosen === 'both' || chosen === profile.name);
  if (!profiles.length || !(runs >= 1)) throw new CouldNotMeasure('usage: --profile phone|desktop|both, --runs N (N ≥ 1)');
  const executablePath = findChromium();
  if (!executablePath) throw new CouldNotMeasure('no Chromium found: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH');
  const demo = option('url') ? undefined : await startDemo();
  const base = option('url') ?? `http://localhost:${port}`;
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const results: Record<string, ProfileResult> = {};
  try {
    const targets = await signInAndFindPages(browser, base);
    for (const profile of profiles) {
      console.log(`\n${profile.name}: ${profile.describe}; ${runs} run${runs === 1 ? '' : 's'} against ${base}`);
      results[profile.name] = await measureProfile(browser, profile, base, targets);
      printProfile(profile, results[profile.name]!);
    }
  } finally {
    await browser.close();
    await demo?.stop();
  }
  if (results.phone) printVerdicts(results.phone);
  if (jsonFile) fs.writeFileSync(jsonFile, `${JSON.stringify({ at: new Date().toISOString(), base, runs, budgets: BUDGETS, results }, null, 2)}\n`);
}

/** The demo mission on a throwaway database, one server process (as the e2e suite's demo), built first if needed. */
async function startDemo(): Promise<{ stop: () => Promise<void> }> {
  if (needsBuild()) {
    console.log('Building the app (no production build, or the code changed since)…');
    runOrExit(process.execPath, [nextBin, 'build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1', AUTH_SECRET: randomBytes(32).toString('base64url') });
  }
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-ux-'));
  const env = { ...process.env, DEMO_PASSWORD: PASSWORD, PORT: String(port), WEB_CONCURRENCY: '1' };
  // A process group of its own (npm → tsx → server → worker): stopping it stops them all, and nothing else.
  const child = spawn('npm', ['run', 'demo', '--', '--database', path.join(directory, 'demo.db')], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
    fs.rmSync(directory, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  console.log(`Starting the demo mission on port ${port}…`);
  for (let waited = 0; waited < 240_000; waited += 500) {
    if (child.exitCode !== null) throw new CouldNotMeasure(`the demo exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(`http://localhost:${port}/sign-in`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new CouldNotMeasure(`the demo did not answer on port ${port} within 4 minutes:\n${output}`);
}

type Session = Awaited<ReturnType<BrowserContext['storageState']>>;
type Target = { path: string; session: Session };

/**
 * Signs in through the form, once for the whole run (both profiles reuse the cookies): the officer,
 * who logs meetings and follows them up, for every page and input; the manager for the review
 * queue, setting up two-step verification if asked to (a fresh demo's manager has none yet).
 */
async function signInAndFindPages(browser: Browser, base: string): Promise<Target[]> {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  const signIn = async (email: string) => {
    await context.clearCookies();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };
  const main = page.getByRole('navigation', { name: 'Main' });
  const officer = await step('sign-in form (officer)', async () => {
    await signIn(OFFICER);
    await main.waitFor();
    return context.storageState();
  });
  const meeting = await step('a meeting on /meetings', async () => {
    await page.goto('/meetings');
    const hrefs = await page.locator('main a[href^="/meetings/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const found = hrefs.find((href) => /^\/meetings\/\d+$/.test(href ?? ''));
    if (!found) throw new Error('no link to a meeting');
    return found;
  });
  const targets = ['/', '/meetings', '/meetings/new', '/follow-ups', '/dashboard', meeting].map((path) => ({ path, session: officer }));
  const manager = await step('sign-in form (manager)', async () => {
    await signIn(MANAGER);
    const enrol = page.getByRole('heading', { name: 'Set up two-step verification' });
    const code = page.getByRole('heading', { name: 'Two-step verification', exact: true });
    await main.or(enrol).or(code).waitFor();
    if (await code.isVisible()) return undefined;
    if (await enrol.isVisible()) {
      const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
      await page.getByLabel('Code from the app').fill(totpCode(secret, currentStep()));
      await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
      await page.getByRole('link', { name: 'I have kept them: continue' }).click();
      await main.waitFor();
    }
    return context.storageState();
  });
  await context.close();
  if (!manager) console.log(`  (not measuring /follow-ups/review: ${MANAGER} already has two-step verification on this server; measure a fresh demo for it)`);
  return manager ? [...targets, { path: '/follow-ups/review', session: manager }] : targets;
}

/** Measures every page and interaction `runs` times. */
async function measureProfile(browser: Browser, profile: Profile, base: string, targets: Target[]): Promise<ProfileResult> {
  const storageState = targets[0]!.session;
  const paths = targets.map((target) => target.path);
  const result: ProfileResult = { pages: Object.fromEntries(paths.map((p) => [p, { cold: [], warm: [] }])), interactions: {} };
  const add = (name: string, value: number) => (result.interactions[name] ??= []).push(value);
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`  run ${run}/${runs}: pages`);
    for (const { path: pagePath, session } of targets) {
      const context = await newContext(browser, profile, base, session);
      const tab = await openPage(context, profile);
      result.pages[pagePath]!.cold.push(await loadAndMeasure(tab, pagePath));
      result.pages[pagePath]!.warm.push(await loadAndMeasure(tab, pagePath));
      await context.close();
    }
    process.stdout.write(', interactions');
    const context = await newContext(browser, profile, base, storageState);
    for (const [name, value] of Object.entries(await meetingFormInteractions(await openPage(context, profile), profile))) add(name, value);
    for (const [name, value] of Object.entries(await statusChange(await openPage(context, profile)))) add(name, value);
    for (const [name, value] of Object.entries(await listNavigation(await openPage(context, profile), profile))) add(name, value);
    await context.close();
    const cold = await newContext(browser, profile, base, storageState);
    for (const [name, value] of Object.entries(await tapWhileDashboardLoads(await openPage(cold, profile), profile))) add(name, value);
    await cold.close();
    console.log(' — done');
  }
  return result;
}

async function newContext(browser: Browser, profile: Profile, baseURL: string, storageState: Session) {
  const context = await browser.newContext({ ...profile.context, baseURL, storageState });
  // A missing control fails in seconds, with its name, rather than hanging.
  context.setDefaultTimeout(20_000);
  // tsx compiles with keepNames: functions sent to the page call its __name helper, which the page lacks.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(recordPage);
  return context;
}

/** A tab with the profile's CPU and network throttling (Chrome DevTools Protocol, per page). */
async function openPage(context: BrowserContext, profile: Profile): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.cpuRate) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  return page;
}

/** Runs in every document before its scripts: buffered observers and input timestamps for the figures. */
function recordPage() {
  const record: PageRecord = { lcp: 0, cls: 0, longTasks: [], events: [], keyDowns: [], clicks: [], hydratedAt: 0, seen: {} };
  window.__ux = record;
  const observe = <Entry extends PerformanceEntry>(type: string, each: (entry: Entry) => void, options: Record<string, unknown> = {}) =>
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => each(entry as Entry))).observe({ type, buffered: true, ...options });
  observe('largest-contentful-paint', (entry) => (record.lcp = entry.startTime));
  // The sum of unexpected shifts over the visit (no session windows: a visit here is seconds long).
  observe<PerformanceEntry & { value: number; hadRecentInput: boolean }>('layout-shift', (entry) => (record.cls += entry.hadRecentInput ? 0 : entry.value));
  observe('longtask', (entry) => record.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration }));
  observe<PerformanceEventTiming & { interactionId: number }>(
    'event',
    (entry) => record.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration, interactionId: entry.interactionId }),
    { durationThreshold: 16 },
  );
  addEventListener('keydown', (event) => record.keyDowns.push(event.timeStamp), true);
  addEventListener('click', (event) => record.clicks.push(event.timeStamp), true);
  const poll = setInterval(() => {
    const main = document.querySelector('main');
    if (main && Object.keys(main).some((key) => key.startsWith('__reactFiber'))) {
      record.hydratedAt = performance.now();
      clearInterval(poll);
    }
  }, 20);
}

/** Loads a page, waits until it is interactive and quiet, and reads its figures. */
async function loadAndMeasure(page: Page, pagePath: string): Promise<PageFigures> {
  return step(`load ${pagePath}`, async () => {
    await page.goto(pagePath);
    await waitUntilInteractive(page);
    return page.evaluate((quietMs) => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const record = window.__ux;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      let lastBusy = fcp;
      for (const task of [...record.longTasks].sort((a, b) => a.start - b.start)) {
        if (task.end <= lastBusy) continue;
        if (task.start - lastBusy >= quietMs) break;
        lastBusy = task.end;
      }
      // Scripts loaded by `load`: the first-load JS, compressed as sent (encodedBodySize, Next's gzip figure) and as run.
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (entry) => new URL(entry.name).pathname.endsWith('.js') && entry.responseEnd <= navigation.loadEventStart,
      );
      return {
        ttfb: navigation.responseStart,
        fcp,
        lcp: record.lcp,
        cls: record.cls,
        interactive: Math.max(lastBusy, navigation.domContentLoadedEventEnd, record.hydratedAt),
        jsKb: scripts.reduce((total, entry) => total + entry.encodedBodySize, 0) / 1000,
        jsRawKb: scripts.reduce((total, entry) => total + entry.decodedBodySize, 0) / 1000,
      };
    }, QUIET_MS);
  });
}

/** Until <main> is hydrated and no long task ran for QUIET_MS after FCP. */
async function waitUntilInteractive(page: Page) {
  await page.waitForFunction(
    (quietMs) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const record = window.__ux;
      if (fcp === undefined || !record.hydratedAt) return false;
      const lastBusy = Math.max(fcp, ...record.longTasks.map((task) => task.end));
      return performance.now() - lastBusy >= quietMs;
    },
    QUIET_MS,
    { polling: 100, timeout: 30_000 },
  );
}

/** A tap on a phone, a click on a desktop. */
const press = (locator: Locator, profile: Profile) => (profile.context?.hasTouch ? locator.tap() : locator.click());

/** Runs an input and returns the longest Event Timing duration among the interactions it caused; 0 when all were under the API's 16 ms floor. */
async function longestInteraction(page: Page, act: () => Promise<unknown>): Promise<number> {
  const since = await page.evaluate(() => performance.now());
  await act();
  // Entries are reported after the next paint.
  await page.waitForTimeout(400);
  return page.evaluate(
    (from) => Math.max(0, ...window.__ux.events.filter((entry) => entry.interactionId > 0 && entry.start >= from).map((entry) => entry.duration)),
    since,
  );
}

/** Records in the page when `selector` first matches and the frame showing it is drawn (requestAnimationFrame, then the task after it). */
async function watchSelector(page: Page, name: string, selector: string) {
  await page.evaluate(
    ([key, css]) => {
      const drawn = () => requestAnimationFrame(() => setTimeout(() => (window.__ux.seen[key] ??= performance.now())));
      const observer = new MutationObserver(() => {
        if (!document.querySelector(css)) return;
        observer.disconnect();
        drawn();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    },
    [name, selector] as const,
  );
}

/** The log-a-meeting form: typing, a partner country, a place row, a follow-up row, the counterpart search and picking a result. */
async function meetingFormInteractions(page: Page, profile: Profile) {
  await loadAndMeasure(page, '/meetings/new');
  const figures: Record<string, number> = {};
  await step('the Title field of /meetings/new', async () => {
    const title = page.getByLabel('Title', { exact: true });
    await title.focus();
    figures['type in Title (worst key)'] = await longestInteraction(page, () => title.pressSequentially('Courtesy call', { delay: 120 }));
  });
  await step('a partner-country checkbox', async () => {
    const box = page.getByRole('group', { name: 'Partner countries' }).getByRole('checkbox').first();
    const before = await box.isChecked();
    figures['tick a partner country'] = await longestInteraction(page, () => press(box, profile));
    if ((await box.isChecked()) === before) throw new Error('the box did not change');
  });
  // The form opens another row as soon as its last one is filled in.
  await step('the spare place row (City N)', async () => {
    const rows = await page.getByLabel(/^City \d+$/).count();
    const city = page.getByLabel(`City ${rows}`, { exact: true });
    await city.focus();
    figures['fill a place row (worst key)'] = await longestInteraction(page, () => city.pressSequentially('Ghent', { delay: 120 }));
    await page.getByLabel(`City ${rows + 1}`, { exact: true }).waitFor();
  });
  await step('the spare follow-up row (What was committed (N))', async () => {
    const rows = await page.getByLabel(/^What was committed \(\d+\)$/).count();
    const what = page.getByLabel(`What was committed (${rows})`, { exact: true });
    await what.focus();
    figures['add a follow-up row (worst key)'] = await longestInteraction(page, () => what.pressSequentially('Send the MoU', { delay: 120 }));
    await page.getByLabel(`What was committed (${rows + 1})`, { exact: true }).waitFor();
  });
  await step('the counterpart search (Find a counterpart → Matching contacts)', async () => {
    const search = page.getByLabel('Find a counterpart');
    await search.focus();
    let requests = 0;
    page.on('request', (request) => void (request.url().includes('/api/contacts/search') && requests++));
    const since = await page.evaluate(() => performance.now());
    await watchSelector(page, 'matches', 'ul[aria-label="Matching contacts"]');
    // 7 letters at a brisk typist's pace; the list may come after the second.
    await search.pressSequentially('Vassile', { delay: 150 });
    await page.getByRole('list', { name: 'Matching contacts' }).waitFor();
    await page.waitForTimeout(1500);
    const [secondKey, shown] = await page.evaluate((from) => [window.__ux.keyDowns.filter((time) => time >= from)[1]!, window.__ux.seen.matches!], since);
    figures['counterpart search: 2nd letter → results (ms)'] = shown - secondKey;
    figures['counterpart search: requests for 7 letters'] = requests;
  });
  await step('a search result (Add Roman Vassilenko)', async () => {
    const result = page.getByRole('button', { name: /^Add Roman Vassilenko/ });
    figures['pick a search result'] = await longestInteraction(page, () => press(result, profile));
    await page.getByRole('list', { name: 'Chosen counterparts' }).getByText('Roman Vassilenko').waitFor();
  });
  await page.close();
  return figures;
}

/** A quick status change on /follow-ups, by keyboard: a tap would open the phone's native picker, which a script cannot drive. */
async function statusChange(page: Page) {
  await loadAndMeasure(page, '/follow-ups');
  return step('a status select on /follow-ups (Status of …)', async () => {
    const selects = page.getByRole('combobox', { name: /^Status of / });
    const values = await selects.evaluateAll((all) => all.map((select) => (select as HTMLSelectElement).value));
    const index = values.findIndex((value) => value === 'open' || value === 'in-progress');
    if (index < 0) throw new Error('no open or in-progress follow-up');
    const select = selects.nth(index);
    await select.focus();
    const ms = await longestInteraction(page, () => page.keyboard.press(values[index] === 'open' ? 'ArrowDown' : 'ArrowUp'));
    // The server's answer, so that the next step does not start under it.
    await page
      .getByRole('status')
      .filter({ hasText: /^(Saved|Not saved)/ })
      .waitFor();
    await page.close();
    return { 'quick status change': ms };
  });
}

/** /meetings → /follow-ups → /meetings by the header's links: when the screen first changes, and when the new heading shows. */
async function listNavigation(page: Page, profile: Profile) {
  await loadAndMeasure(page, '/meetings');
  const figures: Record<string, number> = {};
  for (const [from, to, label] of [
    ['/meetings', '/follow-ups', 'Follow-ups'],
    ['/follow-ups', '/meetings', 'Meetings'],
  ] as const) {
    await step(`the header link ${label}`, async () => {
      await waitUntilInteractive(page);
      // Below `sm` the links are behind the Menu button.
      const menu = page.getByRole('button', { name: 'Menu' });
      if (await menu.isVisible()) await press(menu, profile);
      await watchNavigation(page);
      await press(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }), profile);
      await page.waitForURL((url) => url.pathname === to);
      await page.waitForFunction(() => window.__ux.seen.heading !== undefined);
      const { clickedAt, feedback, heading } = await page.evaluate(() => ({
        clickedAt: window.__ux.clicks.at(-1)!,
        feedback: window.__ux.seen.feedback!,
        heading: window.__ux.seen.heading!,
      }));
      figures[`${from} → ${to}: first change on screen`] = feedback - clickedAt;
      figures[`${from} → ${to}: new heading`] = heading - clickedAt;
    });
  }
  await page.close();
  return figures;
}

/**
 * Marks, in the page, the first visible sign of a move (anything in <main> changing, an aria-busy
 * element, the address changing) and the new page's h1, each when drawn.
 */
async function watchNavigation(page: Page) {
  await page.evaluate(() => {
    const seen = window.__ux.seen;
    delete seen.feedback;
    delete seen.heading;
    const fromPath = location.pathname;
    const fromHeading = document.querySelector('main h1')?.textContent;
    const main = document.querySelector('main');
    const drawn = (key: string) => requestAnimationFrame(() => setTimeout(() => (seen[key] ??= performance.now())));
    const observer = new MutationObserver((records) => {
      if (location.pathname !== fromPath || document.querySelector('[aria-busy="true"]') || records.some((record) => main?.contains(record.target)))
        drawn('feedback');
      const heading = document.querySelector('main h1');
      if (heading && heading.textContent !== fromHeading) {
        drawn('feedback');
        drawn('heading');
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** A tap on the account menu as soon as the dashboard first paints, cold: what hydration and the charts do to an early input. */
async function tapWhileDashboardLoads(page: Page, profile: Profile) {
  return step('the account menu (summary "Account menu for …") on /dashboard', async () => {
    await page.goto('/dashboard', { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { polling: 16 });
    const menu = page.locator('header summary').filter({ hasText: 'Account menu for' });
    const ms = await longestInteraction(page, () => press(menu, profile));
    await page.locator('header details[open]').waitFor();
    await page.close();
    return { 'tap while the dashboard loads': ms };
  });
}

/** Runs a step; a failure names what could not be found. */
async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CouldNotMeasure) throw error;
    throw new CouldNotMeasure(`${what}: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
/** "median/worst", whole numbers unless `digits`. */
const cell = (values: number[], digits = 0, width = 11) => {
  if (!values.length || values.some((value) => !Number.isFinite(value))) return '—'.padStart(width);
  return `${median(values).toFixed(digits)}/${Math.max(...values).toFixed(digits)}`.padStart(width);
};
/** Event Timing reports nothing under 16 ms. */
const interactionCell = (values: number[]) => cell(values).replace(/\b0\b/g, '<16').padStart(11);

function printProfile(profile: Profile, result: ProfileResult) {
  console.log(`\n${profile.name} — pages (median/worst of ${runs}; ms, JS in kB as sent / as run, by load, cold visit)`);
  console.log(`${'page'.padEnd(22)}visit${['TTFB', 'FCP', 'LCP', 'CLS', 'interactive', 'JS kB', 'JS kB run'].map((h) => h.padStart(12)).join('')}`);
  for (const [pagePath, visits] of Object.entries(result.pages)) {
    for (const visit of ['cold', 'warm'] as const) {
      const all = visits[visit];
      const js =
        visit === 'cold'
          ? [
              cell(
                all.map((f) => f.jsKb),
                1,
              ),
              cell(
                all.map((f) => f.jsRawKb),
                1,
              ),
            ]
          : ['', ''];
      const cells = [
        cell(all.map((f) => f.ttfb)),
        cell(all.map((f) => f.fcp)),
        cell(all.map((f) => f.lcp)),
        cell(
          all.map((f) => f.cls),
          3,
        ),
        cell(all.map((f) => f.interactive)),
        ...js,
      ];
      console.log(`${(visit === 'cold' ? pagePath : '').padEnd(22)}${visit.padEnd(5)}${cells.map((c) => c.padStart(12)).join('')}`);
    }
  }
  console.log(`\n${profile.name} — interactions (Event Timing duration: input delay + handlers + next paint; median/worst of ${runs}, ms)`);
  for (const [name, values] of Object.entries(result.interactions))
    console.log(`  ${name.padEnd(52)}${name.includes('requests') ? cell(values) : interactionCell(values)}`);
  const checks = verdicts(result);
  const met = (kind: string) => `${checks.filter((c) => c.kind === kind && c.pass).length}/${checks.filter((c) => c.kind === kind).length}`;
  console.log(
    `\n${profile.name} — budgets (the phone's, on medians): interactions ≤ ${BUDGETS.interactionMs} ms ${met('interaction')} · search results ≤ ${BUDGETS.searchResultsMs} ms ${met('search')} · interactive cold ≤ ${BUDGETS.coldInteractiveMs} ms ${met('cold')} · warm ≤ ${BUDGETS.warmInteractiveMs} ms ${met('warm')} · list navigation feedback ≤ ${BUDGETS.navigationFeedbackMs} ms ${met('feedback')} · first-load JS ≤ ${BUDGETS.firstLoadJsKb} kB ${met('js')}`,
  );
}

/** Each budget, checked on the median of the runs (the worst is printed beside it: on a shared 2-core machine a single run is noise). */
function verdicts(result: ProfileResult) {
  const checks: { kind: string; label: string; value: number; limit: number; pass: boolean; unit: string }[] = [];
  const add = (kind: string, label: string, values: number[], limit: number, unit = 'ms') => {
    const value = median(values);
    checks.push({ kind, label, value, limit, pass: value <= limit, unit });
  };
  for (const [name, values] of Object.entries(result.interactions)) {
    if (name.includes('requests') || name.includes('new heading')) continue;
    if (name.includes('first change on screen')) add('feedback', name, values, BUDGETS.navigationFeedbackMs);
    else if (name.includes('→ results')) add('search', name, values, BUDGETS.searchResultsMs);
    else add('interaction', name, values, BUDGETS.interactionMs);
  }
  for (const [pagePath, visits] of Object.entries(result.pages)) {
    add(
      'cold',
      `${pagePath} interactive, cold`,
      visits.cold.map((f) => f.interactive),
      BUDGETS.coldInteractiveMs,
    );
    add(
      'warm',
      `${pagePath} interactive, warm`,
      visits.warm.map((f) => f.interactive),
      BUDGETS.warmInteractiveMs,
    );
    add(
      'js',
      `${pagePath} first-load JS`,
      visits.cold.map((f) => f.jsKb),
      BUDGETS.firstLoadJsKb,
      'kB',
    );
  }
  return checks;
}

function printVerdicts(phone: ProfileResult) {
  console.log('\nPhone budgets (medians):');
  for (const check of verdicts(phone))
    console.log(
      `  ${check.pass ? 'PASS' : 'MISS'}  ${check.label.padEnd(52)} ${check.value.toFixed(check.unit === 'kB' ? 1 : 0).padStart(7)} ${check.unit} ≤ ${check.limit} ${check.unit}`,
    );
}

main().catch((error: unknown) => {
  console.error(error instanceof CouldNotMeasure ? `\nCould not measure: ${error.message}` : error);
  process.exit(1);
});
