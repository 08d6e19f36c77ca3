import fs from 'node:fs';
import path from 'node:path';

// The e2e suite starts from an empty database every run: its first journey is the first-run setup.
const directory = path.resolve('data/e2e');
fs.rmSync(directory, { recursive: true, force: true });
process.env.DATABASE_PATH = path.join(directory, 'readout.db');

// Imported after DATABASE_PATH is set.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./start').startServer();
