import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { generateTOTP } from '@epic-web/totp';
import Database from 'better-sqlite3';
import { openDatabase } from '../db/connection';
import { countriesPerAgreedArea, followUpsPerMonth, openCommitmentsByCountry } from '../db/dashboard';
import { migrateDatabase } from '../db/migrate';
import { hashPassword } from '../lib/password';
import { newTotpSecret } from '../lib/second-factor';
import type { Role } from '../lib/roles';
import { needsBuild } from './build-state';
import { DEFAULT_COUNTS, generateMission, type GenResult } from './gen';
import { nextBin, runOrExit } from './run';
import { serveArgs } from './start';
import { workerCount } from './workers';

/**
 * `npm run bench [-- --reuse] [--duration 10] [--connections 10] [--only <name>]`
 *
 * Generates a large mission (100k meetings, 500k follow-ups), builds and starts the production
 * app on it, signs in as a manager and an officer, and loads each main page and two server actions
 * with autocannon, one after the other, at the same concurrency. Prints req/s, p50/p95/p99 and the
 * ratio to a framework floor (a signed-in page that reads no records, measured in turns with
 * each target, since this machine's speed drifts by half within a run), the raw SQL time of the
 * dashboard queries and the first-load JS of each page; writes bench/results.json and compares
 * with the previous run. Each run works on a fresh copy of the generated mission, so the writes of
 * earlier runs (thousands of logged meetings) never weigh on the next one's figures.
 * Nothing here is asserted: the figures are for people to read.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const duration = option('duration', 10);
const connections = option('connections', 10);
const port = option('port', 3300);
/** `--only <text>`: the floor and the targets whose name contains it, nothing else, no results file (to compare one path quickly). */
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const base = `http://127.0.0.1:${port}`;
const generatedFile = path.resolve('data/bench/gen.db');
const databaseFile = path.resolve('data/bench/run.db');
const resultsFile = path.resolve('bench/results.json');

type Target = {
  name: string;
  as: 'officer' | 'manager';
  /** Paths cycled through, one per request. */
  paths: string[];
  /** A string the page must contain: proves the bench measures the real page, not a redirect to sign-in. */
  expect: string;
  action?: { id: string; body: () => unknown[] };
  /** Fixed number of requests instead of `duration`: actions that consume records, downloads slower than a short window. */
  amount?: number;
  /** A download: report MB/s too. */
  download?: boolean;
  /** The issue's targets for it: p95 under this at the run's concurrency, and at least this share of the floor's req/s. */
  budget?: Budget;
  /** Requested over and over by one more client while the target is loaded: what a long request does to everyone else's. */
  alongside?: string | { path: string; action: NonNullable<Target['action']> };
};
type Budget = { p95Ms: number; floorShare?: number };
type Measured = {
  name: string;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU time of the server process (all its threads) per request, and the floor's CPU per request as a share of it. */
  cpuMsPerRequest?: number;
  cpuRatioToFloor?: number;
  /** The floor's req/s measured in turns with this target, and this target's share of it. */
  floorRps?: number;
  ratioToFloor?: number;
  mbPerSecond?: number;
  budget?: Budget;
};

async function main() {
  fs.mkdirSync(path.dirname(generatedFile), { recursive: true });
  let generated: GenResult | undefined;
  if (args.includes('--reuse') && fs.existsSync(generatedFile)) {
    console.log(`Reusing ${generatedFile}`);
  } else {
    console.log(`Generating ${DEFAULT_COUNTS.meetings.toLocaleString('en')} meetings and ${DEFAULT_COUNTS.followUps.toLocaleString('en')} follow-ups…`);
    generated = generateMission(generatedFile);
    console.log(`  ${(generated.bytes / 1e6).toFixed(0)} MB in ${generated.seconds.toFixed(1)} s`);
  }
  migrateDatabase(generatedFile);
  freshCopy(generatedFile, databaseFile);
  const fixture = await prepareAccounts();

  const env = {
    ...process.env,
    DATABASE_PATH: databaseFile,
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TRUST_HOST: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (needsBuild()) {
    console.log('Building the app…');
    runOrExit(process.execPath, [nextBin, 'build'], env);
  }
  const server = spawn(process.execPath, serveArgs(), {
    env: { ...env, PORT: String(port), READOUT_WORKER_HEADER: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForServer();
    const cookies = {
      officer: await signIn(fixture.officer.email, fixture.password),
      manager: await signIn(fixture.manager.email, fixture.password, fixture.managerTotpSecret),
    };
    const [floor, ...all] = buildTargets(fixture);
    const targets = all.filter((target) => !only || target.name.includes(only));
    await warmUp([floor!, ...targets], cookies, server.pid);
    await check(floor!, cookies[floor!.as], server.pid);
    const machineBefore = machineTicks();
    const measured: Measured[] = [summarize(floor!, [await slice(floor!, cookies[floor!.as], server.pid, duration)])];
    printRow(measured[0]!, measured[0]!);
    for (const target of targets) {
      await check(target, cookies[target.as], server.pid);
      const turns = await loadInTurns(target, floor!, cookies, server.pid);
      measured.push(turns.target);
      printRow(turns.target, turns.floor);
    }
    const stolenShare = shareStolen(machineBefore, machineTicks());
    if (only) return;
    const writes = verifyWrites(fixture);
    const sql = dashboardSqlTimes(fixture);
    const firstLoadJs = await measureFirstLoadJs(cookies);
    const results = {
      at: new Date().toISOString(),
      commit: gitCommit(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
      settings: { duration, connections, serverWorkers: workerCount() },
      // What the hypervisor kept from this machine's cores while the pages were measured (Linux's steal time).
      ...(stolenShare !== undefined && { stolenShare }),
      database: { bytes: fs.statSync(generatedFile).size, ...(generated && { generatorSeconds: generated.seconds, counts: generated.counts }) },
      http: measured,
      writes,
      sql,
      firstLoadJs,
    };
    report(results);
  } finally {
    await stop(server);
  }
}

/** The generated mission, copied whole (its write-ahead log folded in first) for this run to write to. */
function freshCopy(from: string, to: string) {
  const source = new Database(from);
  source.pragma('wal_checkpoint(TRUNCATE)');
  source.close();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(to + suffix, { force: true });
  fs.copyFileSync(from, to);
}

/** A manager and the officer with the most open work get a password only this run knows. */
async function prepareAccounts() {
  const db = new Database(databaseFile);
  try {
    const password = randomBytes(18).toString('base64url');
    const passwordHash = await hashPassword(password);
    type Account = { id: number; email: string; role: Role };
    const manager = db.prepare("select id, email, role from users where role = 'manager' and active = 1 order by id limit 1").get() as Account;
    const officer = db
      .prepare(
        `select u.id, u.email, u.role from users u join follow_ups f on f.owner_id = u.id
         where u.role = 'officer' and u.active = 1 and f.status in ('open', 'in-progress')
         group by u.id order by count(*) desc limit 1`,
      )
      .get() as Account;
    db.prepare('update users set password_hash = ?, must_change_password = 0, totp_secret = null, totp_last_step = null where id in (?, ?)').run(
      passwordHash,
      manager.id,
      officer.id,
    );
    // Managers sign in with a second factor: the bench holds the manager's authenticator.
    const managerTotpSecret = newTotpSecret();
    db.prepare('update users set totp_secret = ? where id = ?').run(managerTotpSecret, manager.id);
    db.prepare('delete from sign_in_attempts').run();
    return { password, manager, officer, managerTotpSecret };
  } finally {
    db.close();
  }
}
type Fixture = Awaited<ReturnType<typeof prepareAccounts>>;

/** The issue's target for the dashboard and lists, on this 2-core machine. */
const LIST_BUDGET: Budget = { p95Ms: 100, floorShare: 0.5 };

function buildTargets({ officer }: Fixture): Target[] {
  const db = new Database(databaseFile, { readonly: true });
  const busiest = db.prepare('select country_code as code from meeting_countries group by country_code order by count(*) desc limit 2').all() as {
    code: string;
  }[];
  const visible = `m.deleted_at is null and (m.confidentiality = 'normal' or m.created_by_id = ${officer.id} or exists (select 1 from meeting_attendees a where a.meeting_id = m.id and a.user_id = ${officer.id}))`;
  const meetingIds = (db.prepare(`select m.id from meetings m where ${visible} order by m.id desc limit 200`).all() as { id: number }[]).map((row) => row.id);
  // Surnames of contacts that counterpart some meeting, as an officer would type them: the last
  // capitalised word of three letters or more, not a suffix of the generated names (III, V, PhD, Sr.).
  const surnames = (
    db.prepare('select c.name from contacts c where exists (select 1 from meeting_contacts mc where mc.contact_id = c.id) order by c.id limit 50').all() as {
      name: string;
    }[]
  ).map((row) => row.name.split(' ').findLast((word) => /^\p{Lu}\p{Ll}{2,}$/u.test(word)) ?? row.name);
  // The date from which the officer sees 10,000 meetings: the export's size.
  const exportFrom = (
    db.prepare(`select m.start_date as day from meetings m where ${visible} order by m.start_date desc limit 1 offset 9999`).get() as { day: string }
  ).day;
  const contact = db.prepare('select contact_id as id from meeting_contacts limit 1').get() as { id: number };
  // Organisations as they come: most have a handful of meetings, as do the rarest partner countries.
  const organisationIds = (
    db.prepare('select distinct organisation_id as id from contacts where organisation_id is not null order by organisation_id limit 50').all() as {
      id: number;
    }[]
  ).map((row) => row.id);
  const statusPool = db
    .prepare("select id, version, status from follow_ups where owner_id = ? and status in ('open', 'in-progress') order by id")
    .all(officer.id) as { id: number; version: number; status: string }[];
  db.close();

  const actions = serverActions();
  // What an officer pastes: a readout of several meetings, 5,000 characters (the issue's figure), from the corpus' development part.
  const corpus = path.join('lib', 'readouts', 'corpus', 'dev');
  const readout = fs
    .readdirSync(corpus)
    .filter((name) => name.startsWith('en-') && name.endsWith('.txt'))
    .map((name) => fs.readFileSync(path.join(corpus, name), 'utf8'))
    .join('\n\n')
    .slice(0, 5_000);
  const readReadout = { id: actions.readReadoutAction, body: () => [null, { text: readout, published: '' }] };
  let meetingNumber = 0;
  let statusNumber = 0;
  let draftNumber = 0;
  return [
    { name: 'floor: help page (no data)', as: 'officer', paths: ['/help'], expect: 'What your role allows' },
    { name: 'home (officer)', as: 'officer', paths: ['/'], expect: 'My open follow-ups' },
    { name: 'dashboard (manager)', as: 'manager', paths: ['/dashboard'], expect: 'Open commitments', budget: LIST_BUDGET },
    { name: 'dashboard (officer)', as: 'officer', paths: ['/dashboard'], expect: 'Open commitments', budget: LIST_BUDGET },
    { name: 'meetings, first page', as: 'officer', paths: ['/meetings'], expect: 'Filter meetings', budget: LIST_BUDGET },
    {
      name: 'meetings, filtered page',
      as: 'officer',
      paths: busiest.map((c) => `/meetings?country=${c.code}&kind=call`),
      expect: 'Filter meetings',
      budget: LIST_BUDGET,
    },
    {
      name: 'search by counterpart name',
      as: 'officer',
      paths: surnames.map((name) => `/meetings?q=${encodeURIComponent(name)}`),
      expect: 'Filter meetings',
      budget: { p95Ms: 150 },
    },
    { name: 'meeting detail', as: 'officer', paths: meetingIds.map((id) => `/meetings/${id}`), expect: 'Counterparts' },
    { name: 'country brief, two busiest partners', as: 'officer', paths: busiest.map((c) => `/countries/${c.code}`), expect: 'Open follow-ups' },
    { name: 'organisation page', as: 'officer', paths: organisationIds.map((id) => `/organisations/${id}`), expect: 'People' },
    {
      name: 'follow-ups: overdue, unowned, done (officer)',
      as: 'officer',
      paths: ['/follow-ups?section=overdue', '/follow-ups?owner=none', '/follow-ups?status=done'],
      expect: 'Follow-ups',
      budget: LIST_BUDGET,
    },
    { name: 'follow-up review queue (manager)', as: 'manager', paths: ['/follow-ups/review'], expect: 'Review', budget: LIST_BUDGET },
    { name: 'follow-ups list (officer)', as: 'officer', paths: ['/follow-ups'], expect: 'Follow-ups', budget: LIST_BUDGET },
    { name: 'CSV export, 10k meetings', as: 'officer', paths: [`/meetings/export?from=${exportFrom}`], expect: 'Title', download: true, amount: 30 },
    // A form, not a list: what the officer waits for is its p95 (it renders every country for the place picker).
    { name: 'log-a-meeting form (officer)', as: 'officer', paths: ['/meetings/new'], expect: 'Log a meeting', budget: { p95Ms: 100 } },
    {
      name: 'floor while 1 more client exports 10k meetings',
      as: 'officer',
      paths: ['/help'],
      expect: 'What your role allows',
      alongside: `/meetings/export?from=${exportFrom}`,
    },
    // Reading runs in the request (pure CPU, no write lock): one client reading again and again is what others feel.
    {
      name: 'action: read a 5,000-character readout',
      as: 'officer',
      paths: ['/meetings/new/readout'],
      expect: 'From a readout',
      action: readReadout,
      amount: 200,
    },
    {
      name: 'floor while 1 more client reads readouts',
      as: 'officer',
      paths: ['/help'],
      expect: 'What your role allows',
      alongside: { path: '/meetings/new/readout', action: readReadout },
    },
    {
      name: 'action: log a meeting',
      as: 'officer',
      paths: ['/meetings/new'],
      expect: 'Log a meeting',
      budget: { p95Ms: 150 },
      action: {
        id: actions.recordMeetingAction,
        body: () => [
          null,
          {
            title: `Bench meeting ${++meetingNumber}`,
            kind: 'business-meeting',
            startDate: new Date().toISOString().slice(0, 10),
            placeCity: 'Brussels',
            placeCountry: busiest[0]!.code,
            countries: busiest[0]!.code,
            attendees: String(officer.id),
            contacts: String(contact.id),
            summary: 'Discussed the next steps of the trade mission.',
            confidentiality: 'normal',
          },
        ],
      },
    },
    {
      // What typing costs the server: a meeting's draft kept every few seconds, written over in place.
      name: 'action: keep a draft',
      as: 'officer',
      paths: ['/meetings/new'],
      expect: 'Log a meeting',
      budget: { p95Ms: 100 },
      action: {
        id: actions.saveDraftAction,
        body: () => {
          const summary = 'Discussed the next steps of the trade mission. '.repeat(1 + (++draftNumber % 40));
          // Changes to one meeting: the draft of one record's form, written over in place as autosave does.
          return [null, { form: 'meeting', targetId: String(meetingIds[0]), label: 'Bench draft', payload: JSON.stringify({ title: 'Bench draft', summary }) }];
        },
      },
    },
    {
      name: 'action: quick follow-up status',
      as: 'officer',
      paths: ['/'],
      expect: 'My open follow-ups',
      amount: statusPool.length,
      action: {
        id: actions.changeStatusAction,
        body: () => {
          const followUp = statusPool[statusNumber++ % statusPool.length]!;
          return [null, { followUpId: followUp.id, version: followUp.version, status: followUp.status === 'open' ? 'in-progress' : 'open' }];
        },
      },
    },
  ];
}

/** Action ids from the build's manifest, by exported name. */
function serverActions(): Record<'recordMeetingAction' | 'changeStatusAction' | 'saveDraftAction' | 'readReadoutAction' | 'giveSecondFactorAction', string> {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string; filename: string }>;
  };
  const find = (file: string, name: string) => Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === name)![0];
  return {
    recordMeetingAction: find('app/(app)/meetings/actions.ts', 'recordMeetingAction'),
    changeStatusAction: find('app/(app)/follow-ups/actions.ts', 'changeStatusAction'),
    saveDraftAction: find('app/(app)/drafts/actions.ts', 'saveDraftAction'),
    readReadoutAction: find('app/(app)/meetings/new/readout/actions.ts', 'readReadoutAction'),
    giveSecondFactorAction: find('app/(auth)/sign-in/actions.ts', 'giveSecondFactorAction'),
  };
}

/** Until every server worker has answered (each takes a few seconds to start), over connections of its own. */
async function waitForServer() {
  const answered = new Set<string>();
  for (let attempt = 0; attempt < 240; attempt++) {
    const worker = await new Promise<string | undefined>((resolve) => {
      http
        .get(`${base}/sign-in`, { agent: false }, (response) => {
          response.resume().on('end', () => resolve(response.statusCode === 200 ? String(response.headers['x-readout-worker'] ?? 'alone') : undefined));
        })
        .on('error', () => resolve(undefined));
    });
    if (worker) answered.add(worker);
    if (answered.size >= workerCount()) return;
    if (!worker) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The server did not start within two minutes.');
}

/** Signs in through Auth.js's own endpoints, then gives the second factor if the account has one; returns the Cookie header of the session. */
async function signIn(email: string, password: string, totpSecret?: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!, value.join('='));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, csrfToken }),
  });
  keep(response);
  if (response.status !== 302 || response.headers.get('location')?.includes('error')) throw new Error(`Sign-in of ${email} failed (${response.status}).`);
  if (totpSecret) {
    const { otp } = await generateTOTP({ secret: totpSecret });
    const verified = await fetch(`${base}/sign-in/second-factor`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        cookie: cookie(),
        'next-action': serverActions().giveSecondFactorAction,
        'content-type': 'text/plain;charset=UTF-8',
        accept: 'text/x-component',
      },
      body: JSON.stringify([null, { code: otp, next: '/' }]),
    });
    if (!verified.headers.get('x-action-redirect')) throw new Error(`The second factor of ${email} was refused: ${(await verified.text()).slice(0, 200)}`);
  }
  return cookie();
}

function requestOptions(target: Target, cookie: string, index: number) {
  const path = target.paths[index % target.paths.length]!;
  if (!target.action) return { method: 'GET' as const, path, headers: { cookie } };
  return {
    method: 'POST' as const,
    path,
    headers: { cookie, 'next-action': target.action.id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
    body: JSON.stringify(target.action.body()),
  };
}

/**
 * Seconds of load over every page measured (both roles, every path, in turn) before the first
 * figure, none recorded. A server runs for days; its first minute is not what people meet. Each
 * worker's code is compiled again by V8 once it has run often enough, which takes ~2,000 requests;
 * until then a page costs up to twice its CPU per request (decision 0006).
 */
const WARM_UP_SECONDS = 30;

async function warmUp(targets: Target[], cookies: Record<Target['as'], string>, serverPid: number | undefined) {
  const pages = targets
    .filter((target) => !target.action && !target.download)
    .flatMap((target) => target.paths.map((path) => ({ path, cookie: cookies[target.as] })));
  process.stdout.write(`Warming up: ${WARM_UP_SECONDS} s over the ${pages.length} pages measured…`);
  let next = 0;
  const result = await autocannon({
    url: base,
    connections,
    duration: WARM_UP_SECONDS,
    timeout: 60,
    requests: [
      {
        setupRequest: (request) => {
          const page = pages[next++ % pages.length]!;
          return { ...request, method: 'GET', path: page.path, headers: { cookie: page.cookie } };
        },
      },
    ],
  });
  await settle(serverPid);
  console.log(` ${result.requests.total} requests, ${result.non2xx + result.errors} failed.`);
}

/** One request by hand before the load: the page must answer 200 with its own content. */
async function check(target: Target, cookie: string, serverPid: number | undefined) {
  const response = await fetch(base + target.paths[0], { headers: { cookie }, redirect: 'manual' });
  const body = await response.text();
  if (response.status !== 200 || !body.includes(target.expect)) throw new Error(`${target.name}: expected 200 with "${target.expect}", got ${response.status}`);
  // Warm-up, not recorded: two seconds of the same load (whatever the target's own amount) fill
  // SQLite's page cache and let V8 optimise what this target alone runs (an action's path), on top
  // of warmUp. Not for an action that consumes a fixed set of records (each status change needs a
  // follow-up at its version).
  if (!(target.action && target.amount)) await slice({ ...target, amount: undefined }, cookie, serverPid, 2);
}

/** One stretch of load: every response's latency, and the server's CPU time over it. */
type Slice = { latencies: number[]; errors: number; bytes: number; seconds: number; cpuMs?: number };

/** Where each target is in its cycle of paths, kept across its slices. */
const nextPath = new Map<Target, number>();

async function slice(target: Target, cookie: string, serverPid: number | undefined, seconds: number): Promise<Slice> {
  const alongside = target.alongside ? downloadOverAndOver(target.alongside, cookie) : undefined;
  const cpuBefore = processCpuMs(serverPid);
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const result = await autocannon({
    url: base,
    connections,
    ...(target.amount ? { amount: target.amount } : { duration: seconds }),
    timeout: 60,
    requests: [
      {
        setupRequest: (request) => {
          const index = nextPath.get(target) ?? 0;
          nextPath.set(target, index + 1);
          return { ...request, ...requestOptions(target, cookie, index) };
        },
      },
    ],
    setupClient: (client) => {
      client.on('response', (status: number, size: number, responseTime: number) => {
        latencies.push(responseTime);
        bytes += size;
        // A server action answers 200 even when it refused: its RSC payload says so.
        if (status >= 400) errors++;
      });
    },
  });
  const cpuAfter = processCpuMs(serverPid);
  await alongside?.stop();
  await settle(serverPid);
  return {
    latencies,
    errors: errors + result.errors + result.timeouts,
    bytes,
    seconds: result.duration,
    ...(cpuBefore !== undefined && cpuAfter !== undefined && { cpuMs: cpuAfter - cpuBefore }),
  };
}

/** One client downloading `path` again and again, each body read to its end, until stopped. */
function downloadOverAndOver(request: NonNullable<Target['alongside']>, cookie: string) {
  let stopped = false;
  const running = (async () => {
    while (!stopped) {
      if (typeof request === 'string') await (await fetch(base + request, { headers: { cookie } })).arrayBuffer();
      else {
        const headers = { cookie, 'next-action': request.action.id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' };
        await (await fetch(base + request.path, { method: 'POST', headers, body: JSON.stringify(request.action.body()) })).arrayBuffer();
      }
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await running;
    },
  };
}

/**
 * Waits until the server is idle: the load tool stops at the deadline, not with the requests it
 * sent, and the last ones (ten 800-ms exports, at worst) would otherwise weigh on the next slice.
 */
async function settle(serverPid: number | undefined) {
  for (let waited = 0; waited < 30_000; waited += 100) {
    const before = processCpuMs(serverPid);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = processCpuMs(serverPid);
    if (before === undefined || after === undefined || after - before <= 10) return; // one clock tick of 10 ms: idle
  }
}

/** A target's figures over all of its slices, as if one run. */
function summarize(target: Target, slices: Slice[]): Measured {
  const latencies = slices.flatMap((part) => part.latencies).sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const seconds = slices.reduce((total, part) => total + part.seconds, 0);
  const cpuMs = slices.every((part) => part.cpuMs !== undefined) ? slices.reduce((total, part) => total + part.cpuMs!, 0) : undefined;
  const bytes = slices.reduce((total, part) => total + part.bytes, 0);
  return {
    name: target.name,
    requests: latencies.length,
    errors: slices.reduce((total, part) => total + part.errors, 0),
    rps: latencies.length / seconds,
    p50: percentile(50),
    p95: percentile(95),
    p99: percentile(99),
    ...(cpuMs !== undefined && latencies.length > 0 && { cpuMsPerRequest: cpuMs / latencies.length }),
    ...(target.download && { mbPerSecond: bytes / seconds / 1e6 }),
    ...(target.budget && { budget: target.budget }),
  };
}

/**
 * The target and the floor in turns, `ROUNDS` times (the floor for half as long), so that both
 * are measured at the same moments of a machine whose speed moves by half within a minute: the
 * share of the floor compares like with like. A target of a fixed number of requests runs once,
 * after its floor.
 */
const ROUNDS = 3;
async function loadInTurns(target: Target, floor: Target, cookies: Record<Target['as'], string>, serverPid: number | undefined) {
  const targetSlices: Slice[] = [];
  const floorSlices: Slice[] = [];
  const rounds = target.amount ? 1 : ROUNDS;
  for (let round = 0; round < rounds; round++) {
    floorSlices.push(await slice(floor, cookies[floor.as], serverPid, duration / 2 / rounds));
    targetSlices.push(await slice(target, cookies[target.as], serverPid, duration / rounds));
  }
  return { target: summarize(target, targetSlices), floor: summarize(floor, floorSlices) };
}

/**
 * User + system CPU time so far of a process, of its children (the server's workers) and of the
 * children it has reaped (a worker that died), in ms (Linux's /proc; undefined elsewhere).
 */
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields 14–17 of /proc/<pid>/stat (utime, stime, cutime, cstime), after the parenthesised command name, in clock ticks (100 per second on Linux).
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const own = fields.slice(11, 15).reduce((total, field) => total + Number(field) * 10, 0);
    return childProcesses(pid).reduce((total, child) => total + (processCpuMs(child) ?? 0), own);
  } catch {
    return undefined;
  }
}

/** The machine's CPU time so far, all of it and what the hypervisor ran elsewhere (steal), in clock ticks (Linux's /proc/stat; undefined elsewhere). */
function machineTicks(): { total: number; steal: number } | undefined {
  try {
    // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"; guest time is already counted in user.
    const ticks = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    return { total: ticks.reduce((a, b) => a + b, 0), steal: ticks[7] ?? 0 };
  } catch {
    return undefined;
  }
}

function shareStolen(before: ReturnType<typeof machineTicks>, after: ReturnType<typeof machineTicks>): number | undefined {
  if (!before || !after || after.total <= before.total) return undefined;
  return (after.steal - before.steal) / (after.total - before.total);
}

let warnedOfChildren = false;
function childProcesses(pid: number): number[] {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    if (!warnedOfChildren && workerCount() > 1)
      console.warn("This kernel does not list a process's children: CPU per request leaves out the server's workers.");
    warnedOfChildren = true;
    return [];
  }
}

/** Each write the bench sent must be in the database: a fast refusal would otherwise look like speed. */
function verifyWrites({ officer }: Fixture) {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const meetings = (
      db.prepare("select count(*) as n from meetings where title like 'Bench meeting %' and created_by_id = ?").get(officer.id) as { n: number }
    ).n;
    const statusChanges = (
      db.prepare("select count(*) as n from audit_events where action = 'follow-up.status' and actor_id = ?").get(officer.id) as { n: number }
    ).n;
    return { meetingsLogged: meetings, statusChanges };
  } finally {
    db.close();
  }
}

/**
 * The dashboard's queries called directly, without HTTP or rendering: mean and worst of 10, as
 * computed after a normal meeting is logged without follow-ups (the counts of the meetings and
 * their links move, not meetings' confidentiality), after a follow-up changes (the meetings'
 * figures stay cached), after any write (every count moves, as when a meeting is made restricted:
 * every figure is recomputed), and as read from the cache until the next write. Moving the write counts (migrations 0011, 0012, 0014) is what a write does
 * to the caches; the rows are untouched.
 */
function dashboardSqlTimes({ manager, officer }: Fixture) {
  const { db, sqlite } = openDatabase(databaseFile);
  const meetingLogged = sqlite.prepare(
    "update table_changes set changes = changes + 1 where table_name like 'meeting%' and table_name <> 'meeting_confidentiality'",
  );
  const anyWrite = sqlite.prepare('update table_changes set changes = changes + 1');
  const followUpChanged = sqlite.prepare("update table_changes set changes = changes + 1 where table_name in ('follow_ups', 'follow_up_events')");
  const today = new Date().toISOString().slice(0, 10);
  const time = (run: () => unknown, write?: { run: () => unknown }) => {
    run();
    const samples = Array.from({ length: 10 }, () => {
      write?.run();
      const started = performance.now();
      run();
      return performance.now() - started;
    });
    return { meanMs: samples.reduce((a, b) => a + b, 0) / samples.length, maxMs: Math.max(...samples) };
  };
  const viewers = { manager: { ...manager, active: true }, officer: { ...officer, active: true } };
  // The areas chart counts the table's rows, so alone it pays for the table too; the page reads all three.
  const queries = Object.entries(viewers).flatMap(([role, viewer]) => {
    const table = () => openCommitmentsByCountry({ viewer, today, db });
    const areas = () => countriesPerAgreedArea({ viewer, today, db });
    const months = () => followUpsPerMonth({ viewer, today, db });
    return [
      [`per-country table (${role})`, table],
      [`agreed-areas chart (${role})`, areas],
      [`per-month chart (${role})`, months],
      [`the whole page (${role})`, () => [table(), areas(), months()]],
    ] as const;
  });
  const times = Object.fromEntries(
    queries.map(([name, run]) => [
      name,
      {
        ...time(run, meetingLogged),
        afterFollowUpMeanMs: time(run, followUpChanged).meanMs,
        afterAnyWriteMeanMs: time(run, anyWrite).meanMs,
        cachedMeanMs: time(run).meanMs,
      },
    ]),
  );
  sqlite.close();
  return times;
}

/** The JS a browser downloads to show each page: its <script src> files, gzipped as served. */
async function measureFirstLoadJs(cookies: Record<'officer' | 'manager', string>) {
  const pages: [string, 'officer' | 'manager'][] = [
    ['/', 'officer'],
    ['/dashboard', 'manager'],
    ['/meetings', 'officer'],
    ['/meetings/new', 'officer'],
    ['/follow-ups', 'officer'],
    ['/follow-ups/review', 'manager'],
    ['/contacts', 'officer'],
    ['/sign-in', 'officer'],
  ];
  const sizes: Record<string, number> = {};
  for (const [page, as] of pages) {
    const html = await (await fetch(base + page, { headers: { cookie: cookies[as] } })).text();
    // nomodule scripts (Next's legacy polyfills) are neither fetched nor run by current browsers.
    const scripts = new Set([...html.matchAll(/<script([^>]+)src="([^"]+)"[^>]*>/g)].filter((match) => !/nomodule/i.test(match[0])).map((match) => match[2]!));
    sizes[page] = [...scripts].reduce((total, src) => {
      const file = path.resolve('.next', decodeURIComponent(src.replace(/^\/_next\//, '').split('?')[0]!));
      return total + zlib.gzipSync(fs.readFileSync(file)).length;
    }, 0);
  }
  return sizes;
}

function printRow(row: Measured, floor: Measured) {
  const floorRps = floor.rps;
  row.floorRps = floorRps;
  row.ratioToFloor = row.rps / floorRps;
  // The same share computed from CPU time: what the page costs against the floor, whatever the machine's speed at the moment.
  if (row.cpuMsPerRequest && floor.cpuMsPerRequest) row.cpuRatioToFloor = floor.cpuMsPerRequest / row.cpuMsPerRequest;
  const cells = [
    row.name.padEnd(44),
    `${figure(row.rps).padStart(6)} req/s`,
    `p50 ${figure(row.p50).padStart(5)} ms`,
    `p95 ${figure(row.p95).padStart(5)} ms`,
    `p99 ${figure(row.p99).padStart(5)} ms`,
    `${(row.ratioToFloor * 100).toFixed(0).padStart(4)} % of floor (${figure(floorRps)})`,
    `${row.cpuMsPerRequest === undefined ? '—' : row.cpuMsPerRequest.toFixed(1)} ms CPU/req${row.cpuRatioToFloor ? ` (${(row.cpuRatioToFloor * 100).toFixed(0)} % of floor by CPU)` : ''}`,
    row.mbPerSecond ? `${row.mbPerSecond.toFixed(1)} MB/s` : '',
    row.errors ? `${row.errors} ERRORS` : '',
  ];
  console.log(cells.join('  '));
}

function report(results: {
  stolenShare?: number;
  settings: { connections: number; serverWorkers: number };
  http: Measured[];
  writes: unknown;
  sql: Record<string, { meanMs: number; maxMs: number; afterFollowUpMeanMs: number; afterAnyWriteMeanMs: number; cachedMeanMs: number }>;
  firstLoadJs: Record<string, number>;
  database: { bytes: number; generatorSeconds?: number };
}) {
  console.log(`\nWrites found in the database: ${JSON.stringify(results.writes)}`);
  console.log(
    `Database: ${(results.database.bytes / 1e6).toFixed(0)} MB${results.database.generatorSeconds ? `, generated in ${results.database.generatorSeconds.toFixed(1)} s` : ''}`,
  );
  console.log(
    '\nDashboard SQL, called directly (ms; after a normal meeting is logged: mean / worst of 10; after a follow-up changes; after any write; from the cache):',
  );
  for (const [name, time] of Object.entries(results.sql)) {
    console.log(
      `  ${name.padEnd(32)} ${time.meanMs.toFixed(1).padStart(7)} / ${time.maxMs.toFixed(1).padStart(6)}   ${time.afterFollowUpMeanMs.toFixed(1).padStart(6)}   ${time.afterAnyWriteMeanMs.toFixed(1).padStart(6)}   ${time.cachedMeanMs.toFixed(2).padStart(6)}`,
    );
  }
  console.log('\nFirst-load JS (gzip):');
  for (const [page, bytes] of Object.entries(results.firstLoadJs))
    console.log(`  ${page.padEnd(20)} ${(bytes / 1000).toFixed(1).padStart(6)} kB${bytes > 150_000 ? '  OVER 150 kB' : ''}`);

  console.log(
    `\nBudgets (p95 at ${results.settings.connections} connections, ${results.settings.serverWorkers} server worker${results.settings.serverWorkers === 1 ? '' : 's'}; share of the floor's req/s measured in turns with each):`,
  );
  for (const row of results.http.filter((candidate) => candidate.budget)) {
    const { p95Ms, floorShare } = row.budget!;
    const checks = [`p95 ${figure(row.p95)} ms < ${p95Ms}: ${row.p95 < p95Ms ? 'met' : 'MISSED'}`];
    if (floorShare)
      checks.push(
        `${((row.ratioToFloor ?? 0) * 100).toFixed(0)} % ≥ ${floorShare * 100} % of floor: ${(row.ratioToFloor ?? 0) >= floorShare ? 'met' : 'MISSED'}`,
      );
    console.log(`  ${row.name.padEnd(44)} ${checks.join('   ')}`);
  }
  // A p95 budget is absolute, so it also reads how fast the machine was: the floor page's own p95 is what no page can beat.
  const floorRow = results.http[0]!;
  const stolen =
    results.stolenShare === undefined ? '' : `; the host kept ${(results.stolenShare * 100).toFixed(1)} % of the cores' time from this machine meanwhile`;
  console.log(
    `  (the floor page itself, in this run: p95 ${figure(floorRow.p95)} ms, ${floorRow.cpuMsPerRequest?.toFixed(1) ?? '—'} ms of CPU per request${stolen})`,
  );

  if (fs.existsSync(resultsFile)) {
    const previous = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { at: string; http: Measured[] };
    console.log(`\nCompared with the previous run (${previous.at}): req/s, p95`);
    for (const row of results.http) {
      const before = previous.http.find((candidate) => candidate.name === row.name);
      if (before)
        console.log(
          `  ${row.name.padEnd(44)} ${figure(before.rps).padStart(5)} → ${figure(row.rps).padEnd(5)} req/s   ${figure(before.p95).padStart(5)} → ${figure(row.p95)} ms`,
        );
    }
    fs.copyFileSync(resultsFile, resultsFile.replace(/\.json$/, '-previous.json'));
  }
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), resultsFile)}`);
}

/** A whole number, or a dash for a figure a run could not measure (saved as null in the JSON). */
function figure(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(0) : '—';
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined; // not a git checkout
  }
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
