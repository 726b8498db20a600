import { afterEach, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from './fake-openai.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

interface Completion {
  choices: Array<{ message: { content: string } }>;
  usage?: unknown;
}

function chat(baseUrl: string, content: string) {
  return fetch(`${baseUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content }] }),
  });
}

describe('startFakeOpenAI', () => {
  it('echoes the last user message with word-count usage, and lists models', async () => {
    fake = await startFakeOpenAI({ models: ['a', 'b'] });
    const body = (await (await chat(fake.baseUrl, 'one two three')).json()) as Completion;
    expect(body.choices[0]?.message.content).toBe('one two three');
    expect(body.usage).toEqual({ prompt_tokens: 3, completion_tokens: 3, total_tokens: 6 });
    const models = (await (await fetch(`${fake.baseUrl}/models`)).json()) as { data: Array<{ id: string }> };
    expect(models.data.map((m) => m.id)).toEqual(['a', 'b']);
    expect((await fetch(`${fake.baseUrl}/nope`)).status).toBe(404);
    expect(fake.requestCount()).toBe(1);
  });

  it('answers 64 concurrent requests together, without queueing them', async () => {
    fake = await startFakeOpenAI({ latencyMs: 200 });
    const started = performance.now();
    const responses = await Promise.all(Array.from({ length: 64 }, (_, i) => chat(fake!.baseUrl, `q${i}`)));
    const bodies = await Promise.all(responses.map(async (r) => (await r.json()) as Completion));
    expect(bodies.map((b) => b.choices[0]?.message.content)).toEqual(
      Array.from({ length: 64 }, (_, i) => `q${i}`),
    );
    expect(performance.now() - started).toBeLessThan(1500);
    expect(fake.maxInFlight()).toBe(64);
  });

  it('counts without recording when asked, for long benchmarks', async () => {
    fake = await startFakeOpenAI({ recordRequests: false });
    await Promise.all([chat(fake.baseUrl, 'a'), chat(fake.baseUrl, 'b')]);
    expect(fake.requestCount()).toBe(2);
    expect(fake.requests).toEqual([]);
  });

  it('scripts statuses, garbage and hangs per request', async () => {
    fake = await startFakeOpenAI({
      usage: false,
      behave: (n) =>
        n === 1 ? { status: 429, headers: { 'retry-after': '2' } } : n === 2 ? 'invalid-json' : 'hang',
    });
    const limited = await chat(fake.baseUrl, 'x');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(await limited.json()).toEqual({
      error: { message: 'fake 429', type: 'server_error', param: null, code: null },
    });
    const garbled = await chat(fake.baseUrl, 'x');
    await expect(garbled.json()).rejects.toThrow(SyntaxError);
    const hanging = chat(fake.baseUrl, 'x').catch((err: unknown) => err);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fake.close();
    fake = undefined;
    expect(await hanging).toBeInstanceOf(Error);
  });
});
