import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.dirname(fileURLToPath(import.meta.url)),
      // `server-only` throws outside React Server Components; tests run the db/ and server/ code directly.
      'server-only': fileURLToPath(new URL('lib/testing/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['{lib,db,server,app,components,scripts,docs,messages}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['lib/testing/fail-on-console-error.ts'],
    pool: 'forks',
    // A secret of the required length for the code that signs (lib/env.ts); never used outside tests.
    env: { AUTH_SECRET: 'vitest-only-secret-'.padEnd(43, '0') },
  },
});
