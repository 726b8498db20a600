// Runs CLI commands in-process with captured output: the IO of a test, and `runMain` for one call.
import { PassThrough } from 'node:stream';
import type { CliIO } from '../io.js';
import { main } from '../main.js';

export type CapturedIO = CliIO & { out: () => string; err: () => string };

/** An IO whose stdout and stderr are collected; colour off unless `env` says otherwise. */
export function captureIO(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = {}): CapturedIO {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  return { stdout, stderr, env: { NO_COLOR: '1', ...env }, cwd, out: () => out, err: () => err };
}

/** `main(args)` in `cwd`: the exit code and what it printed. */
export async function runMain(
  args: string[],
  cwd?: string,
): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO(cwd);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}
