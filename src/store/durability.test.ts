import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { makeRun, makeTempDir } from './test-helpers/fixtures.js';

const temp = makeTempDir();
afterAll(() => temp.remove());

const child = fileURLToPath(new URL('./test-helpers/durability-child.ts', import.meta.url));
// The real store code runs in the child through tsx, so the test covers the same pragmas and writer.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Starts the child and resolves once it has printed `line`; rejects if it exits first. */
function startChild(args: string[], line: string) {
  const proc = spawn(process.execPath, ['--import', tsxLoader, child, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const ready = new Promise<void>((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.split('\n').includes(line)) resolve();
    });
    proc.once('exit', (code, signal) =>
      reject(new Error(`child exited (${code ?? signal}) before '${line}': ${stderr}`)),
    );
  });
  return { proc, ready, output: () => stdout };
}

describe('durability', () => {
  it('keeps a committed batch and drops an open transaction when the writer gets SIGKILL', async () => {
    const path = join(temp.dir, 'killed.db');
    const { proc, ready, output } = startChild([path, '300'], 'pending');
    await ready;
    expect(output()).toBe('committed\npending\n');
    proc.kill('SIGKILL');
    const [, signal] = await once(proc, 'exit');
    expect(signal).toBe('SIGKILL');

    const store = await openStore(path);
    const run = await store.getRun('run-durable');
    expect(run).toStrictEqual({
      ...makeRun({ id: 'run-durable', caseCount: 300, expectedResults: 300 }),
      updatedAt: run!.updatedAt,
    });
    expect(await store.countResults('run-durable')).toBe(300);
    let last = '';
    for await (const result of store.results('run-durable', { pageSize: 128 })) last = result.caseId;
    expect(last).toBe('case-299');
    // The killed process held no lock that outlives it: this process can write at once.
    await store.updateRun('run-durable', { status: 'interrupted' });
    expect((await store.getRun('run-durable'))?.status).toBe('interrupted');
    await store.close();
  });
});
