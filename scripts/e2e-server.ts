import fs from 'node:fs';
import path from 'node:path';

// The e2e suite starts from an empty database every run: its first journey is the first-run setup.
const directory = path.resolve('data/e2e');
fs.rmSync(directory, { recursive: true, force: true });
process.env.DATABASE_PATH = path.join(directory, 'readout.db');
// Two server workers whatever the machine, as on a 2-core host: every journey then crosses
// processes, and each response says which worker gave it (e2e/concurrency.spec.ts checks both answer).
// One trusted proxy hop, as behind an HTTPS reverse proxy: the suite plays that proxy when it sends
// X-Forwarded-Proto or X-Forwarded-For (e2e/security.spec.ts).
Object.assign(process.env, { WEB_CONCURRENCY: '2', READOUT_WORKER_HEADER: '1', READOUT_TRUSTED_PROXY_HOPS: '1' });

// Imported after DATABASE_PATH is set.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./start').startServer();
