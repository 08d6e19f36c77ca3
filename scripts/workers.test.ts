import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workerCount } from './workers';

const fixture = path.join(__dirname, 'workers.fixture.ts');
let primary: ChildProcess | undefined;
let output = '';
afterEach(() => {
  if (primary && primary.exitCode === null && primary.signalCode === null) process.kill(-primary.pid!, 'SIGKILL');
});

/** Starts the fixture's primary in a process group of its own, as a terminal or a service manager would. */
function startCluster(env: Record<string, string>): ChildProcess {
  output = '';
  primary = spawn(process.execPath, ['--import', 'tsx', fixture], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  primary.stdout!.on('data', (chunk) => (output += chunk));
  primary.stderr!.on('data', (chunk) => (output += chunk));
  return primary;
}

const occurrences = (text: string) => output.split(text).length - 1;
/** The port the workers last said they listen on (one that replaces the only worker gets a new one). */
const listeningPort = () => Number([...output.matchAll(/listening on (\d+)/g)].at(-1)?.[1]);
/** Its exit code once it has exited and its output has been read to the end. */
const closed = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));

/** The process id that answered, over a connection of its own (the cluster deals connections out, not requests). */
function whoAnswers(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ port, host: '127.0.0.1', agent: false }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk)).on('end', () => resolve(Number(body)));
      })
      .on('error', reject);
  });
}

async function answerers(port: number, connections = 12): Promise<Set<number>> {
  const pids = new Set<number>();
  for (let index = 0; index < connections; index += 1) pids.add(await whoAnswers(port));
  return pids;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the server cluster', () => {
  it('serves new connections from every worker, replaces a worker that dies, and stops them all on SIGTERM', async () => {
    const child = startCluster({ WORKERS: '2' });
    await expect.poll(() => occurrences('listening on'), { timeout: 15_000 }).toBe(2);
    const first = await answerers(listeningPort());
    expect(first.size).toBe(2);

    const [killed] = [...first];
    process.kill(killed!, 'SIGKILL');
    await expect.poll(() => occurrences('listening on'), { timeout: 15_000 }).toBe(3);
    expect(output).toContain('A server worker stopped (SIGKILL); starting another.');
    const after = await answerers(listeningPort());
    expect(after.size).toBe(2);
    expect(after.has(killed!)).toBe(false);

    const exit = closed(child);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(output).toContain('upkeep stopped');
    for (const pid of after) expect(alive(pid)).toBe(false);
  }, 40_000);

  it('stops cleanly on a Ctrl-C, which reaches every process of the group, whether the workers serve or are still starting', async () => {
    const serving = startCluster({ WORKERS: '2' });
    await expect.poll(() => occurrences('listening on'), { timeout: 15_000 }).toBe(2);
    const pids = await answerers(listeningPort());
    let exit = closed(serving);
    process.kill(-serving.pid!, 'SIGINT');
    expect(await exit).toBe(0);
    expect(output).not.toMatch(/starting another|failed to start/);
    for (const pid of pids) expect(alive(pid)).toBe(false);

    const starting = startCluster({ WORKERS: '2', SLOW_START: '5000' });
    await expect.poll(() => occurrences('worker starting'), { timeout: 15_000 }).toBe(2);
    exit = closed(starting);
    process.kill(-starting.pid!, 'SIGINT');
    expect(await exit).toBe(0);
    expect(output).not.toMatch(/starting another|failed to start|listening on/);
  }, 40_000);

  it('stops with exit code 1, instead of restarting for ever, when a worker cannot start or workers keep dying', async () => {
    const failing = startCluster({ WORKERS: '2', FAIL_AT_START: '1' });
    expect(await closed(failing)).toBe(1);
    expect(output).toContain('A server worker failed to start');
    expect(occurrences('worker starting')).toBeLessThanOrEqual(2);

    const dying = startCluster({ WORKERS: '1' });
    for (let kills = 1; kills <= 6; kills += 1) {
      await expect.poll(() => occurrences('listening on'), { timeout: 15_000 }).toBe(kills);
      const exit = kills === 6 ? closed(dying) : undefined;
      process.kill(await whoAnswers(listeningPort()), 'SIGKILL');
      if (exit) expect(await exit).toBe(1);
    }
    expect(output).toContain('Server workers stopped 6 times within a minute (last: SIGKILL); stopping.');
  }, 60_000);

  it('takes its size from WEB_CONCURRENCY, one per core up to 4 without it, and refuses a setting that is not a count', () => {
    expect(workerCount({ WEB_CONCURRENCY: '3' })).toBe(3);
    expect(workerCount({})).toBeGreaterThanOrEqual(1);
    expect(workerCount({})).toBeLessThanOrEqual(4);
    for (const setting of ['0', 'two', '1.5', '-1', '100'])
      expect(() => workerCount({ WEB_CONCURRENCY: setting })).toThrow(/WEB_CONCURRENCY must be a whole number/);
  });
});
