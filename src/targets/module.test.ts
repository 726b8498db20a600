import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, type TargetConfigInput, TargetError } from '../core/index.js';
import { createInvoker } from './invoker.js';
import { callInput, targetConfig } from './test-helpers/test-inputs.js';

const baseDir = join(import.meta.dirname, 'test-helpers');
const FAST = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };
const scratch = mkdtempSync(join(tmpdir(), 'gt-module-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function moduleInvoker(config: Partial<Extract<TargetConfigInput, { type: 'module' }>>, dir = baseDir) {
  const target = targetConfig({ type: 'module', path: 'fixtures/answer.mjs', ...config });
  return createInvoker(target, { baseDir: dir, env: {} }, FAST);
}

async function failure(promise: Promise<unknown>): Promise<TargetError> {
  const error = await promise.catch((err: unknown) => err);
  expect(error).toBeInstanceOf(TargetError);
  return error as TargetError;
}

describe('module target', () => {
  it('loads a .ts file through tsx and passes prompt, messages, case and options', async () => {
    const invoker = await moduleInvoker({
      path: 'fixtures/answer.ts',
      options: { prefix: '> ' },
      pricing: { inputPerMillion: 1e6, outputPerMillion: 1e6 },
    });
    const chat = [{ role: 'user' as const, content: 'Hi' }];
    const { response } = await invoker.invoke(callInput('Hi', {}, chat));
    expect(response).toEqual({
      output: '> Hi [user] case=case-1',
      tokenUsage: { prompt: 3, completion: 2 },
      cost: 5,
    });
    expect(invoker.cacheable).toBe(false);
  });

  it('calls a named export of a .mjs file with the vars', async () => {
    const invoker = await moduleInvoker({ export: 'answer' });
    expect((await invoker.invoke(callInput('ping', { greeting: 'hello' }))).response).toEqual({
      output: 'hello: ping',
    });
  });

  it('calls the default export of a CommonJS file and keeps its cost', async () => {
    const invoker = await moduleInvoker({ path: 'fixtures/answer.cjs' });
    expect((await invoker.invoke(callInput('loud'))).response).toEqual({ output: 'LOUD', cost: 0.25 });
  });

  it('names the file and export when the export is missing or not a function', async () => {
    await expect(moduleInvoker({ export: 'ask' })).rejects.toThrow(
      new ConfigError(
        'target module: fixtures/answer.mjs: export "ask" must be a function, but there is none (exports: answer, notAFunction, waitForAbort)',
      ),
    );
    await expect(moduleInvoker({ export: 'notAFunction' })).rejects.toThrow(
      'target module: fixtures/answer.mjs: export "notAFunction" must be a function, but it is an object with keys answer',
    );
  });

  it('names a missing file, an unsupported extension and a file that does not parse', async () => {
    await expect(moduleInvoker({ path: 'fixtures/nope.mjs' })).rejects.toThrow(
      `target module: fixtures/nope.mjs: no such file (${join(baseDir, 'fixtures/nope.mjs')})`,
    );
    await expect(moduleInvoker({ path: 'fixtures/answer.py' })).rejects.toThrow(
      'target module: fixtures/answer.py: must be a .js, .mjs, .cjs, .ts, .mts or .cts file',
    );
    writeFileSync(join(scratch, 'broken.mjs'), 'export default function ( {\n');
    await expect(moduleInvoker({ path: 'broken.mjs' }, scratch)).rejects.toThrow(
      /^target module: broken\.mjs: could not be loaded: /,
    );
  });

  it('turns a throw into a non-retryable error that keeps the message', async () => {
    const invoker = await moduleInvoker({
      path: 'fixtures/misbehaving.mjs',
      export: 'throws',
      maxRetries: 3,
    });
    const error = await failure(invoker.invoke(callInput('x')));
    expect(error.message).toBe('fixtures/misbehaving.mjs export "throws" threw: model exploded');
    expect(error.retryable).toBe(false);
  });

  it('rejects every return value that is not a string or {output, tokenUsage?, cost?}', async () => {
    const invoker = await moduleInvoker({ path: 'fixtures/misbehaving.mjs', export: 'wrongShape' });
    const where = 'fixtures/misbehaving.mjs export "wrongShape" returned';
    const expected = 'expected a string or {output: string, tokenUsage?, cost?}';
    const cases: Record<string, string> = {
      number: 'a number (42)',
      nothing: 'undefined',
      object: 'an object with keys answer',
      outputNumber: 'an object whose output is a number (7)',
      badUsage: 'an invalid tokenUsage {"prompt":-1}',
      badCost: 'an invalid cost "cheap"',
    };
    for (const [shape, description] of Object.entries(cases)) {
      const error = await failure(invoker.invoke(callInput('x', { shape })));
      expect(error.message).toBe(`${where} ${description}; ${expected}`);
    }
  });

  it('aborts the module’s signal on timeout', async () => {
    const invoker = await moduleInvoker({ export: 'waitForAbort', timeoutMs: 100, maxRetries: 0 });
    const error = await failure(invoker.invoke(callInput('x')));
    expect(error.message).toBe('timed out after 100 ms (1 attempt)');
  });
});
