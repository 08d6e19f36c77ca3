import fs from 'node:fs';
import path from 'node:path';

/**
 * The mission's data is for the account that runs the app alone: files 0600, folders 0700. Applied
 * to the database and its -wal and -shm files, backups and .env.local, new or already there.
 */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;

/** Creates the folder a file goes in if missing, private; a folder that already exists is left as its owner set it. */
export function privateFolderFor(file: string): void {
  const created = fs.mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_FOLDER });
  // mkdir's mode passes through the umask; every folder it created is set exactly.
  if (created) for (let folder = path.dirname(file); folder.startsWith(created); folder = path.dirname(folder)) fs.chmodSync(folder, PRIVATE_FOLDER);
}

/** Makes each of these files that exists readable and writable by its owner only. */
export function keepPrivate(...files: string[]): void {
  for (const file of files) if (fs.existsSync(file)) fs.chmodSync(file, PRIVATE_FILE);
}

/** A SQLite database and the two files that travel with it in WAL mode. */
export const databaseFiles = (file: string) => [file, `${file}-wal`, `${file}-shm`];
