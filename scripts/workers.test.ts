import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workerCount } from './workers';

const fixture = path.join(__dirname, 'workers.fixture.ts');
let primary: ChildProcess | undefined;
afterEach(() => {
  if (primary?.exitCode === null) primary.kill('SIGKILL');
});

/** Starts the fixture's primary; resolves with its port once `count` workers listen. */
function startCluster(env: Record<string, string>): Promise<{ port: number; output: () => string }> {
  let output = '';
  primary = spawn(process.execPath, ['--import', 'tsx', fixture], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  primary.stdout!.on('data', (chunk) => (output += chunk));
  primary.stderr!.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const check = setInterval(() => {
      const ports = [...output.matchAll(/listening on (\d+)/g)].map((match) => Number(match[1]));
      if (ports.length >= Number(env.WORKERS)) {
        clearInterval(check);
        resolve({ port: ports[0]!, output: () => output });
      }
    }, 50);
    primary!.once('exit', (code) => {
      clearInterval(check);
      reject(Object.assign(new Error(`primary exited with ${code}: ${output}`), { code, output }));
    });
  });
}

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

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
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
    const { port, output } = await startCluster({ WORKERS: '2' });
    const first = await answerers(port);
    expect(first.size).toBe(2);

    const [killed] = [...first];
    process.kill(killed!, 'SIGKILL');
    await expect.poll(() => [...output().matchAll(/listening on/g)].length, { timeout: 10_000 }).toBe(3);
    expect(output()).toContain('A server worker stopped (SIGKILL); starting another.');
    const after = await answerers(port);
    expect(after.size).toBe(2);
    expect(after.has(killed!)).toBe(false);

    primary!.kill('SIGTERM');
    expect(await exited(primary!)).toBe(0);
    expect(output()).toContain('upkeep stopped');
    for (const pid of after) expect(alive(pid)).toBe(false);
  }, 30_000);

  it('stops with an error, instead of restarting forever, when a worker cannot start', async () => {
    const failure = await startCluster({ WORKERS: '2', FAIL_AT_START: '1' }).catch((error: { code: number; output: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { output: string }).output).toContain('A server worker failed to start');
    // Started once each, never again.
    expect((failure as { output: string }).output.match(/worker starting/g)?.length).toBeLessThanOrEqual(2);
  }, 30_000);

  it('takes its size from WEB_CONCURRENCY, one per core without it, and refuses a setting that is not a count', () => {
    expect(workerCount({ WEB_CONCURRENCY: '3' })).toBe(3);
    expect(workerCount({})).toBeGreaterThanOrEqual(1);
    for (const setting of ['0', 'two', '1.5', '-1', '100']) expect(() => workerCount({ WEB_CONCURRENCY: setting })).toThrow(/WEB_CONCURRENCY must be a whole number/);
  });
});
