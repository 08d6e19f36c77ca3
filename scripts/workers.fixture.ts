import cluster from 'node:cluster';
import http from 'node:http';
import { stopWorkerWith, superviseWorkers } from './workers';

// What scripts/workers.test.ts runs: superviseWorkers around a minimal server whose every answer
// is the id of the process that gave it, so the test can see which worker served a connection.
if (cluster.isPrimary) {
  superviseWorkers({ count: Number(process.env.WORKERS), onStop: () => console.log('upkeep stopped') });
} else {
  console.log('worker starting');
  if (process.env.FAIL_AT_START) throw new Error('This worker cannot start.');
  const server = http.createServer((_request, response) => response.end(String(process.pid)));
  server.listen(0, () => {
    const address = server.address();
    if (address && typeof address === 'object') console.log(`listening on ${address.port}`);
    stopWorkerWith(async () => void server.close());
  });
}
