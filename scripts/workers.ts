import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';

/** Beyond a few workers a mission's server gains little (SQLite writes one at a time) and each costs a few hundred MB. */
const DEFAULT_MAX_WORKERS = 4;

/**
 * How many server workers to run: WEB_CONCURRENCY if set (the name hosting platforms use for it),
 * else one per core the process may use, up to 4. 1 runs the server in this process alone.
 */
export function workerCount(env: Record<string, string | undefined> = process.env): number {
  const setting = env.WEB_CONCURRENCY?.trim();
  if (!setting) return Math.min(os.availableParallelism(), DEFAULT_MAX_WORKERS);
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 1 || count > 64) throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64 (it is "${setting}").`);
  return count;
}

/** How long a stopping server waits for requests in progress (a CSV download, an action) before it exits anyway. */
export const STOP_GRACE_MS = 10_000;
/** What the primary sends a worker to stop it. */
const STOP = 'readout:stop';
/** A worker replaced this many times within a minute is failing for good: stop instead. */
const RESTARTS_PER_MINUTE = 5;

/**
 * The primary process of a cluster (decision 0008): starts `count` copies of this script as workers
 * sharing one listening port (Node hands each new connection to the next worker), replaces a worker
 * that dies while the server runs, and on SIGINT / SIGTERM stops them all, letting their requests
 * finish. A worker that fails before it ever listened (a port in use, a broken build), or workers
 * dying over and over, stop the whole server with exit code 1 rather than being restarted for
 * ever. Workers hold no state of their own that another worker could contradict: the data, the
 * caches' versions and the sign-in attempts are in SQLite.
 */
export function superviseWorkers({ count, onStop }: { count: number; onStop?: () => void }): void {
  const serving = new WeakSet<Worker>();
  const restarts: number[] = [];
  let stopping = false;

  const start = () => {
    const worker = cluster.fork();
    worker.once('listening', () => serving.add(worker));
  };

  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    process.exitCode = code;
    onStop?.();
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined && !worker.isDead());
    let left = workers.length;
    if (left === 0) process.exit(code);
    for (const worker of workers) {
      worker.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(code);
      });
      // A worker whose channel is already closed is exiting anyway (the callback keeps the failed
      // send from being an unhandled error); the timer below ends one that hangs.
      worker.send(STOP, () => undefined);
    }
    // Each worker gives up on its own requests after STOP_GRACE_MS; this is for one that hangs.
    setTimeout(() => {
      for (const worker of workers) worker.process.kill('SIGKILL');
    }, STOP_GRACE_MS + 5_000).unref();
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const how = signal ?? `exit code ${code}`;
    if (!serving.has(worker)) {
      console.error(`A server worker failed to start (${how}); stopping.`);
      stop(1);
      return;
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts[0]! < now - 60_000) restarts.shift();
    if (restarts.length > RESTARTS_PER_MINUTE) {
      console.error(`Server workers stopped ${restarts.length} times within a minute (last: ${how}); stopping.`);
      stop(1);
      return;
    }
    console.error(`A server worker stopped (${how}); starting another.`);
    start();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
  for (let index = 0; index < count; index += 1) start();
}

/**
 * Stops this server process when asked, once: `close` lets requests in progress finish, for at
 * most STOP_GRACE_MS. Alone, SIGINT / SIGTERM ask. In a cluster worker only the primary asks (a
 * message) and the signals are ignored: a Ctrl-C or a service manager's SIGTERM reaches every
 * process of the group, and a worker that stopped on its own would look to the primary like one
 * that died. (A worker whose primary dies exits anyway: Node's cluster does that.) Installed
 * before the server is ready, so being asked during start stops it cleanly too.
 */
export function stopWhenAsked(close: () => Promise<void>): void {
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
    void close().finally(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, cluster.isWorker ? () => {} : stop);
  if (cluster.isWorker) process.on('message', (message) => message === STOP && stop());
}
