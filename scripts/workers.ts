import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';

/**
 * How many server workers to run: WEB_CONCURRENCY if set (the name hosting platforms use for it),
 * else one per core the process may use. 1 runs the server in this process alone.
 */
export function workerCount(env: Record<string, string | undefined> = process.env): number {
  const setting = env.WEB_CONCURRENCY?.trim();
  if (!setting) return os.availableParallelism();
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 1 || count > 64) throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64 (it is "${setting}").`);
  return count;
}

/**
 * The primary process of a cluster (decision 0017): starts `count` copies of this script as workers
 * sharing one listening port (Node hands each new connection to the next worker), starts another
 * when one dies after it was serving, and stops them all on SIGINT / SIGTERM. A worker that dies
 * before it ever listened (a port in use, a broken build) stops the whole server with an error
 * rather than being restarted over and over. Workers hold no state of their own that another
 * worker could contradict: the data, the caches' versions and the sign-in attempts are in SQLite.
 */
export function superviseWorkers({ count, exec, onStop }: { count: number; exec?: string; onStop?: () => void }): void {
  if (exec) cluster.setupPrimary({ exec });
  const serving = new WeakSet<Worker>();
  let stopping = false;

  const start = () => {
    const worker = cluster.fork();
    worker.once('listening', () => serving.add(worker));
  };

  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    onStop?.();
    const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
    if (workers.length === 0) process.exit(code);
    let left = workers.length;
    for (const worker of workers) {
      worker.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(code);
      });
      worker.process.kill('SIGTERM');
    }
    // A worker stuck in a long request is not waited for forever.
    setTimeout(() => {
      for (const worker of workers) worker.process.kill('SIGKILL');
    }, 10_000).unref();
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // Exit code 0 is a worker that was asked to stop (stopWorkerWith): a Ctrl-C reaches every process.
    if (code === 0 && !signal) {
      stop(0);
      return;
    }
    if (!serving.has(worker)) {
      console.error(`A server worker failed to start (${signal ?? `exit code ${code}`}); stopping.`);
      stop(1);
      return;
    }
    console.error(`A server worker stopped (${signal ?? `exit code ${code}`}); starting another.`);
    start();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
  for (let index = 0; index < count; index += 1) start();
}

/** In a worker: stop when asked to, once, and with the primary if it dies without asking. */
export function stopWorkerWith(close: () => Promise<void>): void {
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    void close().finally(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
  if (cluster.isWorker) process.on('disconnect', stop);
}
