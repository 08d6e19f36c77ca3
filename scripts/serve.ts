import http from 'node:http';
import next from 'next';
import { databasePath } from '../db/connection';
import { keepPlannerStatisticsCurrent } from '../db/planner-statistics';
import { keepSearchIndexesMerged } from '../db/search-indexes';
import { contentSecurityPolicy, newNonce } from '../lib/content-security-policy';

/**
 * The HTTP server: Next.js's own request handler behind a plain Node server that gives each
 * response a Content-Security-Policy with a fresh nonce. This used to be proxy.ts (Next's
 * middleware), which cost about 2 ms of CPU per request — a fifth of a page — to copy headers
 * into web Request objects (decision 0009). Nothing here decides access: every page, action and
 * route checks the session and role itself. It also keeps the search indexes merged, at start and
 * daily, in small steps between requests (decision 0013), and the query planner's statistics
 * current, at start and daily (decision 0016).
 */
export async function serve({ port, dev }: { port: number; dev: boolean }): Promise<http.Server> {
  const app = next({ dev, dir: process.cwd(), port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => {
    // Built files are the same for everyone and run no inline script: they need no nonce.
    if (!request.url?.startsWith('/_next/static/')) {
      const policy = contentSecurityPolicy({ nonce: newNonce(), dev });
      // Next.js takes the nonce from the request's policy, so a policy sent by the client is replaced.
      request.headers['content-security-policy'] = policy;
      delete request.headers['content-security-policy-report-only'];
      response.setHeader('Content-Security-Policy', policy);
    }
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500).end('Internal Server Error');
    });
  });
  // Before the first request: the first time on a large database this analyzes it whole.
  const stopAnalyzing = keepPlannerStatisticsCurrent(databasePath());
  await new Promise<void>((resolve) => server.listen(port, resolve));
  const stopMerging = keepSearchIndexesMerged(databasePath());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopMerging();
      stopAnalyzing();
      server.close();
      void app.close().finally(() => process.exit(0));
    });
  }
  return server;
}

// `tsx scripts/serve.ts [--dev]`: what npm start, npm run dev and the bench run.
if (require.main === module) {
  const dev = process.argv.includes('--dev');
  if (!dev) Object.assign(process.env, { NODE_ENV: 'production' });
  const port = Number(process.env.PORT || 3000);
  serve({ port, dev }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
