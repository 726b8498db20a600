import { afterEach, describe, expect, it } from 'vitest';
import { type TargetConfigInput, TargetError, type TargetResponse } from '../core/index.js';
import { createInvoker, type InvokerOptions, invokerFor, withAttempts } from './invoker.js';
import {
  type FakeBehaviour,
  type FakeOpenAI,
  type FakeOpenAIOptions,
  startFakeOpenAI,
} from './test-helpers/fake-openai.js';
import { callInput, targetConfig } from './test-helpers/test-inputs.js';
import type { Target, TargetCallInput } from './types.js';

const FAST: InvokerOptions = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };
let fake: FakeOpenAI | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function openAIInvoker(
  fakeOptions: FakeOpenAIOptions,
  config: Partial<Extract<TargetConfigInput, { type: 'openai' }>> = {},
  options: InvokerOptions = FAST,
) {
  fake = await startFakeOpenAI(fakeOptions);
  const target = targetConfig({ type: 'openai', model: 'gpt-4o-mini', baseUrl: fake.baseUrl, ...config });
  return createInvoker(target, { baseDir: '/', env: {} }, options);
}

/** A target whose every call is scripted; for what needs no HTTP. */
function scriptedTarget(
  config: TargetConfigInput,
  call: (input: TargetCallInput, n: number) => Promise<TargetResponse>,
): Target {
  const resolved = targetConfig(config);
  let n = 0;
  return { id: resolved.id, config: resolved, cacheable: false, call: (input) => call(input, ++n) };
}

describe('retries against a real HTTP server', () => {
  it('honours Retry-After: 1 on a 429, then succeeds', async () => {
    const invoker = await openAIInvoker({
      behave: (n) => (n === 1 ? { status: 429, headers: { 'retry-after': '1' } } : 'ok'),
    });
    const started = performance.now();
    const { response, attempts } = await invoker.invoke(callInput('hello'));
    const [first, second] = fake?.requests ?? [];
    expect(response.output).toBe('hello');
    expect(attempts).toBe(2);
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(990);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('honours retry-after-ms and an HTTP-date Retry-After', async () => {
    const date = new Date(Date.now() + 2000).toUTCString();
    const invoker = await openAIInvoker({
      behave: (n): FakeBehaviour =>
        n === 1
          ? { status: 503, headers: { 'retry-after-ms': '300' } }
          : n === 2
            ? { status: 429, headers: { 'retry-after': date } }
            : 'ok',
    });
    await invoker.invoke(callInput('x'));
    const times = fake!.requests.map((r) => r.receivedAt);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(290);
    // The date has a one-second resolution: more than 1 s of the 2 s remains, less the first wait.
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(600);
  });

  it('retries 500 twice, then returns the success of the third attempt', async () => {
    const invoker = await openAIInvoker(
      { behave: (n) => (n <= 2 ? { status: 500 } : 'ok') },
      { maxRetries: 2 },
    );
    const invocation = await invoker.invoke(callInput('third time'));
    expect(invocation.response.output).toBe('third time');
    expect(invocation.attempts).toBe(3);
    expect(fake?.requestCount()).toBe(3);
  });

  it('gives up on a persistent 503 after exactly maxRetries + 1 attempts', async () => {
    const invoker = await openAIInvoker(
      { behave: () => ({ status: 503, body: 'Service down for maintenance' }) },
      { maxRetries: 4 },
    );
    const error = (await invoker.invoke(callInput('x')).catch((err: unknown) => err)) as TargetError;
    expect(error).toBeInstanceOf(TargetError);
    expect(error.message).toBe('HTTP 503 Service Unavailable after 5 attempts: Service down for maintenance');
    expect(error.status).toBe(503);
    expect(error.targetId).toBe('openai');
    expect(fake?.requestCount()).toBe(5);
  });

  it('times out a hanging server on every attempt, within a bounded total time', async () => {
    const invoker = await openAIInvoker({ behave: () => 'hang' }, { timeoutMs: 150, maxRetries: 2 });
    const started = performance.now();
    const error = (await invoker.invoke(callInput('x')).catch((err: unknown) => err)) as TargetError;
    const elapsed = performance.now() - started;
    expect(error.message).toBe('timed out after 150 ms (3 attempts)');
    expect(error.retryable).toBe(true);
    expect(fake?.requestCount()).toBe(3);
    expect(elapsed).toBeGreaterThanOrEqual(440);
    expect(elapsed).toBeLessThan(5_000); // generous: a shared CI machine; the bound is what matters
  });

  it('fails a 400, 403, 404 or 422 at once', async () => {
    for (const status of [400, 403, 404, 422]) {
      const invoker = await openAIInvoker({ behave: () => ({ status }) }, { maxRetries: 5 });
      await expect(invoker.invoke(callInput('x'))).rejects.toThrow(`HTTP ${status} `);
      expect(fake?.requestCount()).toBe(1);
      await fake?.close();
      fake = undefined;
    }
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const invoker = await openAIInvoker({ latencyMs: 40 }, { concurrency: 3 });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => invoker.invoke(callInput(`q${i}`))),
    );
    expect(results.map((r) => r.response.output)).toEqual(Array.from({ length: 12 }, (_, i) => `q${i}`));
    expect(fake?.maxInFlight()).toBe(3);
  });

  it('spaces requests evenly under requestsPerMinute', async () => {
    const invoker = await openAIInvoker({}, { requestsPerMinute: 600 });
    await Promise.all(Array.from({ length: 4 }, () => invoker.invoke(callInput('x'))));
    const times = fake!.requests.map((r) => r.receivedAt);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(90);
  });

  it('stops at once when the caller aborts, without retrying', async () => {
    const invoker = await openAIInvoker({ behave: () => 'hang' }, { maxRetries: 5 });
    const controller = new AbortController();
    const started = performance.now();
    const pending = invoker.invoke({ ...callInput('x'), signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toThrow('interrupted');
    expect(performance.now() - started).toBeLessThan(500);
    expect(fake?.requestCount()).toBe(1);
  });

  it('reports a refused connection as retried', async () => {
    fake = await startFakeOpenAI();
    const baseUrl = fake.baseUrl;
    await fake.close();
    fake = undefined;
    const config = targetConfig({ type: 'openai', model: 'm', baseUrl, maxRetries: 1 });
    const invoker = await createInvoker(config, { baseDir: '/', env: {} }, FAST);
    await expect(invoker.invoke(callInput('x'))).rejects.toThrow(
      /^connection failed after 2 attempts: (ECONNREFUSED )?connect ECONNREFUSED 127\.0\.0\.1:\d+$/,
    );
  });
});

describe('invoker', () => {
  it('does not hold a concurrency slot while backing off', async () => {
    const order: string[] = [];
    const target = scriptedTarget({ type: 'echo', concurrency: 1 }, async (input, n) => {
      if (n === 1) throw new TargetError('echo', 'busy', { retryable: true });
      order.push(input.prompt.text);
      return { output: input.prompt.text };
    });
    const invoker = invokerFor(
      target,
      { env: {} },
      { retry: { baseDelayMs: 200, maxDelayMs: 200 }, random: () => 1 },
    );
    await Promise.all([invoker.invoke(callInput('first')), invoker.invoke(callInput('second'))]);
    expect(order).toEqual(['second', 'first']);
  });

  it('aborts while backing off', async () => {
    const target = scriptedTarget({ type: 'echo', maxRetries: 3 }, async () => {
      throw new TargetError('echo', 'busy', { retryable: true });
    });
    const invoker = invokerFor(
      target,
      { env: {} },
      { retry: { baseDelayMs: 10_000, maxDelayMs: 10_000 }, random: () => 1 },
    );
    const controller = new AbortController();
    const pending = invoker.invoke({ ...callInput('x'), signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    await expect(pending).rejects.toThrow('interrupted');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('times out a target that ignores its abort signal', async () => {
    const target = scriptedTarget(
      { type: 'echo', timeoutMs: 50, maxRetries: 0 },
      () => new Promise(() => {}),
    );
    const invoker = invokerFor(target, { env: {} }, FAST);
    await expect(invoker.invoke(callInput('x'))).rejects.toThrow('timed out after 50 ms (1 attempt)');
  });

  it('measures the latency of the successful attempt only', async () => {
    const target = scriptedTarget({ type: 'echo', timeoutMs: 100, maxRetries: 1 }, async (_input, n) => {
      await new Promise((resolve) => setTimeout(resolve, n === 1 ? 1000 : 20));
      return { output: 'ok' };
    });
    const invocation = await invokerFor(target, { env: {} }, FAST).invoke(callInput('x'));
    expect(invocation.attempts).toBe(2);
    expect(invocation.latencyMs).toBeGreaterThanOrEqual(15);
    expect(invocation.latencyMs).toBeLessThan(500); // the failed first attempt took 1,000 ms
  });

  it('turns any other error into a non-retryable TargetError with its message', async () => {
    let calls = 0;
    const target = scriptedTarget({ type: 'echo', maxRetries: 3 }, async () => {
      calls++;
      throw new TypeError('cannot read x of undefined');
    });
    const error = (await invokerFor(target, { env: {} }, FAST)
      .invoke(callInput('x'))
      .catch((err: unknown) => err)) as TargetError;
    expect(error).toBeInstanceOf(TargetError);
    expect(error.message).toBe('cannot read x of undefined');
    expect(calls).toBe(1);
  });

  it('prices usage with the config’s pricing, and keeps a cost the response gave', async () => {
    const priced = scriptedTarget(
      { type: 'echo', pricing: { inputPerMillion: 2, outputPerMillion: 4 } },
      async () => ({ output: 'x', tokenUsage: { prompt: 1000, completion: 500 } }),
    );
    expect((await invokerFor(priced, { env: {} }).invoke(callInput('x'))).response.cost).toBeCloseTo(
      0.004,
      12,
    );
    const ownCost = scriptedTarget(
      { type: 'echo', pricing: { inputPerMillion: 2, outputPerMillion: 4 } },
      async () => ({
        output: 'x',
        tokenUsage: { prompt: 1000, completion: 500 },
        cost: 0.5,
      }),
    );
    expect((await invokerFor(ownCost, { env: {} }).invoke(callInput('x'))).response.cost).toBe(0.5);
  });

  it('scrubs secrets from the header values out of the final message', async () => {
    const target = scriptedTarget(
      {
        type: 'http',
        url: 'http://127.0.0.1:9/x?api_key=qwerty12345',
        headers: { Authorization: 'Bearer tok-998877' },
      },
      async () => {
        throw new TargetError('http', 'HTTP 400 Bad Request: saw tok-998877 and qwerty12345');
      },
    );
    await expect(invokerFor(target, { env: {} }).invoke(callInput('x'))).rejects.toThrow(
      'HTTP 400 Bad Request: saw [redacted] and [redacted]',
    );
  });

  it('runs 10,000 echo calls quickly', async () => {
    const invoker = await createInvoker(targetConfig({ type: 'echo' }), { baseDir: '/', env: {} });
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) await invoker.invoke(callInput('x'));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('withAttempts', () => {
  it('puts the count before the detail, or after a message without one', () => {
    expect(withAttempts('HTTP 503 Service Unavailable: busy', 5)).toBe(
      'HTTP 503 Service Unavailable after 5 attempts: busy',
    );
    expect(withAttempts('timed out after 10 ms', 1)).toBe('timed out after 10 ms (1 attempt)');
  });
});
