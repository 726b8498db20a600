// What a command may touch of the outside world, injected so commands run in-process in tests.
import type { Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Interrupts (SIGINT/SIGTERM) reach commands through this signal. */
  signal?: AbortSignal;
}

export function processIO(signal?: AbortSignal): CliIO {
  const io: CliIO = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
  if (signal) io.signal = signal;
  return io;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colorEnabled(stream: CliIO['stdout'], env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** `{width}` of a terminal stdout, so tables can fit it; nothing when output goes to a file or a pipe. */
export function terminalWidth(io: CliIO): { width?: number } {
  return io.stdout.isTTY && io.stdout.columns ? { width: io.stdout.columns } : {};
}

export function writeLine(stream: Writable, text = ''): void {
  stream.write(`${text}\n`);
}
