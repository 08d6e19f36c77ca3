import cluster from 'node:cluster';
import http from 'node:http';
import { stopWhenAsked, superviseWorkers } from './workers';

// What scripts/workers.test.ts runs: superviseWorkers around a minimal server whose every answer
// is the id of the process that gave it, so the test can see which worker served a connection.
// FAIL_AT_START makes a worker throw before it listens; SLOW_START delays its listening (ms).
if (cluster.isPrimary) {
  superviseWorkers({ count: Number(process.env.WORKERS), onStop: () => console.log('upkeep stopped') });
} else {
  console.log('worker starting');
  const server = http.createServer((_request, response) => response.end(String(process.pid)));
  stopWhenAsked(() => new Promise((resolve) => server.close(() => resolve())));
  if (process.env.FAIL_AT_START) throw new Error('This worker cannot start.');
  setTimeout(
    () => {
      server.listen(0, () => {
        const address = server.address();
        if (address && typeof address === 'object') console.log(`listening on ${address.port}`);
      });
    },
    Number(process.env.SLOW_START ?? 0),
  );
}
