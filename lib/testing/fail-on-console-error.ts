import { afterEach, vi } from 'vitest';

// A test that logs console.error fails: an error logged and swallowed is a bug we would never see.
const errors: unknown[][] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args);
  original(...args);
};

afterEach(() => {
  const logged = errors.splice(0);
  vi.restoreAllMocks();
  if (logged.length > 0) {
    throw new Error(`console.error was called ${logged.length} time(s): ${String(logged[0]?.[0])}`);
  }
});
