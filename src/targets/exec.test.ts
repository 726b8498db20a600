import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type TargetConfigInput, TargetError } from '../core/index.js';
import { createInvoker } from './invoker.js';
import { callInput, targetConfig } from './test-helpers/test-inputs.js';

const NODE = process.execPath;
const FAST = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };
const baseDir = mkdtempSync(join(tmpdir(), 'gt-exec-'));

afterAll(() => rmSync(baseDir, { recursive: true, force: true }));

async function execInvoker(config: Partial<Extract<TargetConfigInput, { type: 'exec' }>>) {
  const target = targetConfig({ type: 'exec', command: NODE, ...config });
  return createInvoker(target, { baseDir, env: { PATH: process.env.PATH } }, FAST);
}

const READ_STDIN =
  'let d = ""; process.stdin.setEncoding("utf8"); process.stdin.on("data", (c) => (d += c)).on("end", () => process.stdout.write("got:" + d + "\\n\\n"))';
const PRINT_ARGS = 'process.stdout.write(JSON.stringify(process.argv.slice(1)) + "\\n")';

describe('exec target', () => {
  it('writes the prompt to stdin and returns stdout less one trailing newline', async () => {
    const invoker = await execInvoker({ args: ['-e', READ_STDIN] });
    const { response } = await invoker.invoke(callInput('line one\nline two'));
    expect(response.output).toBe('got:line one\nline two\n');
    expect(invoker.cacheable).toBe(false);
  });

  it('appends the prompt as the last argument when no argument mentions it', async () => {
    const invoker = await execInvoker({
      input: 'argv',
      args: ['-e', PRINT_ARGS, 'lang={{ lang }}', 'no prompt here'],
    });
    const { response } = await invoker.invoke(callInput('hello world', { lang: 'fr' }));
    expect(JSON.parse(response.output)).toEqual(['lang=fr', 'no prompt here', 'hello world']);
  });

  it('renders {{ prompt }} inside an argument instead of appending it', async () => {
    const invoker = await execInvoker({ input: 'argv', args: ['-e', PRINT_ARGS, 'Q: {{ prompt | upper }}'] });
    const { response } = await invoker.invoke(callInput('why?'));
    expect(JSON.parse(response.output)).toEqual(['Q: WHY?']);
  });

  it('passes shell metacharacters literally, through argv and stdin alike', async () => {
    const marker = join(baseDir, 'pwned');
    const prompt = `$(touch ${marker}); rm -rf x \`touch ${marker}\` | touch ${marker} && echo "$HOME" > ${marker}`;
    const viaArgv = await execInvoker({ input: 'argv', args: ['-e', PRINT_ARGS] });
    expect(JSON.parse((await viaArgv.invoke(callInput(prompt))).response.output)).toEqual([prompt]);
    const viaStdin = await execInvoker({ args: ['-e', READ_STDIN] });
    expect((await viaStdin.invoke(callInput(prompt))).response.output).toBe(`got:${prompt}\n`);
    expect(existsSync(marker)).toBe(false);
  });

  it('fails a non-zero exit at once with the code and the tail of stderr', async () => {
    const counter = join(baseDir, 'runs');
    const script = `require("fs").appendFileSync(${JSON.stringify(counter)}, "x"); console.error("x".repeat(5000) + "\\nmodel file missing"); process.exit(3)`;
    const invoker = await execInvoker({ args: ['-e', script], maxRetries: 3 });
    const error = (await invoker.invoke(callInput('x')).catch((err: unknown) => err)) as TargetError;
    expect(error).toBeInstanceOf(TargetError);
    expect(error.retryable).toBe(false);
    expect(error.message.startsWith(`${NODE} exited with code 3: xxx`)).toBe(true);
    expect(error.message.endsWith('xxx\nmodel file missing')).toBe(true);
    expect(error.message.length).toBeLessThan(NODE.length + 1100);
    expect(readFileSync(counter, 'utf8')).toBe('x');
  });

  it('keeps secret env values out of the error', async () => {
    const invoker = await execInvoker({
      args: ['-e', 'console.error("auth failed for " + process.env.SERVICE_TOKEN); process.exit(1)'],
      env: { SERVICE_TOKEN: 'tok-5up3r-s3cr3t' },
    });
    await expect(invoker.invoke(callInput('x'))).rejects.toThrow(
      `${NODE} exited with code 1: auth failed for [redacted]`,
    );
  });

  it('kills the process and its children on timeout', async () => {
    const pids = join(baseDir, 'pids');
    const script = [
      'const { spawn } = require("child_process");',
      'const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });',
      `require("fs").writeFileSync(${JSON.stringify(pids)}, JSON.stringify([process.pid, child.pid]));`,
      'setInterval(() => {}, 1000);',
    ].join('\n');
    const invoker = await execInvoker({ args: ['-e', script], timeoutMs: 1000, maxRetries: 0 });
    await expect(invoker.invoke(callInput('x'))).rejects.toThrow('timed out after 1000 ms (1 attempt)');
    const [parent, child] = JSON.parse(readFileSync(pids, 'utf8')) as number[];
    try {
      await waitUntil(() => !isAlive(parent!) && !isAlive(child!));
      expect(isAlive(parent!)).toBe(false);
      expect(isAlive(child!)).toBe(false);
    } finally {
      // Should the test fail, leave no stray process behind.
      for (const pid of [parent!, child!]) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
  });

  it('runs in cwd relative to the suite folder, with the configured env', async () => {
    mkdirSync(join(baseDir, 'work'), { recursive: true });
    const invoker = await execInvoker({
      args: ['-e', 'process.stdout.write(process.cwd() + " " + process.env.GREETING)'],
      cwd: 'work',
      env: { GREETING: 'hi' },
    });
    expect((await invoker.invoke(callInput('x'))).response.output).toBe(`${join(baseDir, 'work')} hi`);
  });

  it('names a command that does not exist, and a cwd that does not', async () => {
    const missing = await execInvoker({ command: 'groundtruth-no-such-program' });
    await expect(missing.invoke(callInput('x'))).rejects.toThrow(
      'command not found: groundtruth-no-such-program',
    );
    await expect(execInvoker({ cwd: 'nowhere' })).rejects.toThrow(
      `target exec: cwd ${join(baseDir, 'nowhere')} does not exist`,
    );
  });
});

/** A zombie (killed, not yet reaped by init) counts as dead. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!existsSync('/proc')) return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}
