import { needsBuild } from './build-state';
import { prepare } from './prepare';
import { nextBin, runForeground, runOrExit } from './run';

/**
 * `npm start`: database and secret first, a production build if there is none (or it is stale),
 * then the server on PORT (default 3000).
 */
export function startServer(): void {
  const { authSecret } = prepare();
  const env = { ...process.env, AUTH_SECRET: authSecret, AUTH_TRUST_HOST: 'true', NEXT_TELEMETRY_DISABLED: '1' };
  if (needsBuild()) {
    console.log('Building the app (first run, or the code changed)…');
    runOrExit(process.execPath, [nextBin, 'build'], env);
  }
  const port = process.env.PORT || '3000';
  console.log(`Readout is starting on http://localhost:${port}`);
  runForeground(process.execPath, [nextBin, 'start', '--port', port], env);
}

if (require.main === module) startServer();
