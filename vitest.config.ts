import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // `server-only` throws outside React Server Components; tests run the db/ and server/ code directly.
      'server-only': path.resolve(__dirname, 'lib/testing/server-only-stub.ts'),
    },
  },
  test: {
    include: ['{lib,db,server,app,components,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['lib/testing/fail-on-console-error.ts'],
    pool: 'forks',
  },
});
