import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Argon2id (the library's default algorithm) at OWASP's recommended minimum: 19 MiB, 2 passes.
// The library hashes on a worker thread, so sign-ins never stall other requests.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a password nobody knows, verified when the e-mail is unknown so both cases take as long. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-that-matches-no-account');
  return decoyHash;
}

// No 0/O, 1/l/I: generated passwords are read off a screen and typed by hand.
const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A 24-character random password (~140 bits, over the 128 ASVS asks), grouped in sixes for reading aloud. */
export function generatePassword(): string {
  const characters = Array.from({ length: 24 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 6, 12, 18].map((start) => characters.slice(start, start + 6).join('')).join('-');
}
