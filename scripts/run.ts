import { spawn, spawnSync } from 'node:child_process';

export const nextBin = require.resolve('next/dist/bin/next');

/** Runs a command to completion with inherited output; exits the process if it fails. */
export function runOrExit(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Starts a long-running child and forwards termination signals to it. */
export function runForeground(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const child = spawn(command, args, { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
