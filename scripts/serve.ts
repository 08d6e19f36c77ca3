import cluster from 'node:cluster';
import http from 'node:http';
import { databasePath } from '../db/connection';
import { keepPlannerStatisticsCurrent } from '../db/planner-statistics';
import { keepSearchIndexesMerged } from '../db/search-indexes';
import { BODY_SIZE_LIMIT } from '../lib/body-size-limit';
import { settleRequestOrigin, trustedProxyHops } from '../lib/client-address';
import { contentSecurityPolicy, newNonce } from '../lib/content-security-policy';
import { REQUEST_PATH_HEADER, requestedPath } from '../lib/return-path';
import { cameOverHttps, STRICT_TRANSPORT_SECURITY } from '../lib/strict-transport';
import { admitBody } from './body-limit';
import { stopWhenAsked, superviseWorkers, workerCount } from './workers';

/**
 * The HTTP server: Next.js's own request handler behind a plain Node server that gives each
 * response a Content-Security-Policy with a fresh nonce. It is not Next's middleware
 * (proxy.ts), which costs about 2 ms of CPU per request — a fifth of a page — to copy headers
 * into web Request objects (decision 0008). It also refuses oversize bodies with 413 and tells
 * pages which path was asked for, settles the client's address (the socket's unless proxies are
 * trusted: lib/client-address.ts) and asks browsers to stay on HTTPS once they came over it.
 * Nothing here decides access: every page, action and route checks the session and role itself.
 */
export async function serve({ port, dev }: { port: number; dev: boolean }): Promise<{ close: () => Promise<void> }> {
  // Loaded here, not at the top: the cluster's primary never serves and need not load Next.js.
  const { default: next } = await import('next');
  const app = next({ dev, dir: process.cwd(), port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Which worker answered, for the e2e suite and the bench to see connections spread (off unless asked).
  const worker = process.env.READOUT_WORKER_HEADER === '1' && cluster.worker ? String(cluster.worker.id) : undefined;
  const trustedHops = trustedProxyHops();
  const server = http.createServer(async (request, response) => {
    if (worker) response.setHeader('X-Readout-Worker', worker);
    // Also on the answers given here, before Next.js (its own carry next.config.js's headers).
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // TRACE would echo the request back, cookies included; nothing here needs it.
    if (request.method === 'TRACE' || request.method === 'TRACK') {
      response.writeHead(405, { Allow: 'GET, HEAD, POST', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method Not Allowed');
      return;
    }
    settleRequestOrigin(request.headers, request.socket.remoteAddress, trustedHops);
    if (cameOverHttps({ encrypted: 'encrypted' in request.socket, forwardedProto: request.headers['x-forwarded-proto'] })) {
      response.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    }
    // Where a signed-out visitor returns after sign-in (server/current-user.ts); always ours, never the client's.
    request.headers[REQUEST_PATH_HEADER] = requestedPath(request.url);
    // Built files are the same for everyone and run no inline script: they need no nonce.
    if (!request.url?.startsWith('/_next/static/')) {
      const policy = contentSecurityPolicy({ nonce: newNonce(), dev });
      // Next.js takes the nonce from the request's policy, so a policy sent by the client is replaced.
      request.headers['content-security-policy'] = policy;
      delete request.headers['content-security-policy-report-only'];
      response.setHeader('Content-Security-Policy', policy);
    }
    try {
      const admitted = await admitBody(request, response, BODY_SIZE_LIMIT);
      if (admitted) await handle(admitted, response);
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Internal Server Error');
    }
  });
  // A proxy or client reuses an idle connection for up to a minute; closing it sooner (Node's
  // default is 5 s) races its next request, which then fails with a reset connection.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject).listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    // New connections refused, idle ones closed, requests in progress finished (stopWhenAsked bounds the wait).
    close: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeIdleConnections();
      await closed;
      await app.close();
    },
  };
}

/**
 * The database's upkeep, in one process however many serve: the query planner's statistics,
 * brought up to date before it returns (the first time on a large database this analyzes it
 * whole) and daily, and the search indexes merged, at start and daily, in small steps
 * (decision 0007). Returns a function that stops both.
 */
function keepDatabaseTidy(): () => void {
  const stopAnalyzing = keepPlannerStatisticsCurrent(databasePath());
  const stopMerging = keepSearchIndexesMerged(databasePath());
  return () => {
    stopMerging();
    stopAnalyzing();
  };
}

/**
 * `tsx scripts/serve.ts [--dev]`: what npm start, npm run dev and the bench run. In production a
 * primary process keeps the database tidy and runs a server worker per core, up to 4 (decision
 * 0008); with WEB_CONCURRENCY=1, or in development, a single process does both.
 */
if (require.main === module) {
  const dev = process.argv.includes('--dev');
  if (!dev) Object.assign(process.env, { NODE_ENV: 'production' });
  const port = Number(process.env.PORT || 3000);
  const fail = (error: unknown) => {
    console.error(error);
    process.exit(1);
  };
  // A signal during start (Next.js prepares for a few seconds) stops the process cleanly too.
  const serveUntilStopped = (beforeClose?: () => void) => {
    let close: (() => Promise<void>) | undefined;
    stopWhenAsked(async () => {
      beforeClose?.();
      await close?.();
    });
    serve({ port, dev }).then((server) => (close = server.close), fail);
  };
  try {
    const workers = cluster.isWorker || dev ? 1 : workerCount();
    if (cluster.isWorker) serveUntilStopped();
    else if (workers > 1) superviseWorkers({ count: workers, onStop: keepDatabaseTidy() });
    else serveUntilStopped(keepDatabaseTidy());
  } catch (error) {
    fail(error);
  }
}
