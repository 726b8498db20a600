import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, type TargetConfigInput, TargetError } from '../core/index.js';
import { createInvoker } from './invoker.js';
import { requestBody, responseFormat } from './openai.js';
import { type FakeOpenAI, type FakeOpenAIOptions, startFakeOpenAI } from './test-helpers/fake-openai.js';
import { callInput, targetConfig } from './test-helpers/test-inputs.js';

const FAST = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };
let fake: FakeOpenAI | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function invokerAgainstFake(
  fakeOptions: FakeOpenAIOptions,
  config: Partial<Extract<TargetConfigInput, { type: 'openai' }>> = {},
  env: NodeJS.ProcessEnv = {},
) {
  fake = await startFakeOpenAI(fakeOptions);
  const target = targetConfig({ type: 'openai', model: 'gpt-4o-mini', baseUrl: fake.baseUrl, ...config });
  return createInvoker(target, { baseDir: '/', env }, FAST);
}

describe('openai target', () => {
  it('returns the completion with token usage and its cost from the price table', async () => {
    const invoker = await invokerAgainstFake({ reply: () => 'Paris is the capital' });
    const { response, attempts } = await invoker.invoke(callInput('What is the capital of France?'));
    expect(response.output).toBe('Paris is the capital');
    expect(response.tokenUsage).toEqual({ prompt: 6, completion: 4, total: 10 });
    // gpt-4o-mini: $0.15 in, $0.60 out per million.
    expect(response.cost).toBeCloseTo((6 * 0.15 + 4 * 0.6) / 1e6, 15);
    expect(attempts).toBe(1);
    expect(fake?.requests[0]?.body.messages).toEqual([
      { role: 'user', content: 'What is the capital of France?' },
    ]);
  });

  it('sends a chat prompt as its messages and maps every sampling option', async () => {
    const invoker = await invokerAgainstFake(
      {},
      {
        temperature: 0.2,
        topP: 0.9,
        seed: 7,
        stop: ['END'],
        maxTokens: 64,
        responseFormat: 'json_object',
        headers: { 'X-Team': 'evals' },
        extraBody: { logprobs: true },
      },
    );
    const messages = [
      { role: 'system' as const, content: 'Be brief.' },
      { role: 'user' as const, content: 'Hi' },
    ];
    await invoker.invoke(callInput('[chat]', {}, messages));
    const sent = fake?.requests[0];
    expect(sent?.body).toEqual({
      model: 'gpt-4o-mini',
      messages,
      temperature: 0.2,
      top_p: 0.9,
      seed: 7,
      stop: ['END'],
      max_tokens: 64,
      response_format: { type: 'json_object' },
      logprobs: true,
    });
    expect(sent?.headers['x-team']).toBe('evals');
  });

  it('sends a placeholder key to a custom baseUrl without one, and the env key when set', async () => {
    const keyless = await invokerAgainstFake({});
    await keyless.invoke(callInput('a'));
    expect(fake?.requests[0]?.headers.authorization).toBe('Bearer groundtruth-no-key');
    await fake?.close();
    const withEnvKey = await invokerAgainstFake({}, {}, { OPENAI_API_KEY: 'sk-from-env-123' });
    await withEnvKey.invoke(callInput('a'));
    expect(fake?.requests[0]?.headers.authorization).toBe('Bearer sk-from-env-123');
  });

  it('refuses to start against api.openai.com without a key', async () => {
    const config = targetConfig({ type: 'openai', model: 'gpt-4o' });
    const creating = createInvoker(config, { baseDir: '/', env: {} });
    await expect(creating).rejects.toThrow(ConfigError);
    await expect(creating).rejects.toThrow('target openai: no API key: OPENAI_API_KEY is not set');
  });

  it('returns tool calls as JSON when content is null', async () => {
    const toolCalls = [
      { id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' } },
    ];
    const invoker = await invokerAgainstFake({
      behave: () => ({
        status: 200,
        body: { choices: [{ message: { role: 'assistant', content: null, tool_calls: toolCalls } }] },
      }),
    });
    const { response } = await invoker.invoke(callInput('call a tool'));
    expect(JSON.parse(response.output)).toEqual(toolCalls);
    expect(response.tokenUsage).toBeUndefined();
    expect(response.cost).toBeUndefined();
  });

  it('returns "" for null content, but fails when the token limit ate the answer', async () => {
    let finish = 'stop';
    const invoker = await invokerAgainstFake({
      behave: () => ({
        status: 200,
        body: { choices: [{ message: { content: null }, finish_reason: finish }] },
      }),
    });
    expect((await invoker.invoke(callInput('x'))).response.output).toBe('');
    finish = 'length';
    const failing = invoker.invoke(callInput('x'));
    await expect(failing).rejects.toThrow(
      'the model returned no content before its token limit (finish_reason: length)',
    );
    expect(fake?.requestCount()).toBe(2);
  });

  it('joins content parts returned as an array', async () => {
    const invoker = await invokerAgainstFake({
      behave: () => ({
        status: 200,
        body: {
          choices: [
            {
              message: {
                content: [
                  { type: 'text', text: 'a' },
                  { type: 'text', text: 'b' },
                ],
              },
            },
          ],
        },
      }),
    });
    expect((await invoker.invoke(callInput('x'))).response.output).toBe('ab');
  });

  it('retries a 200 carrying an error member and reports it', async () => {
    const invoker = await invokerAgainstFake(
      { behave: () => ({ status: 200, body: { error: { message: 'upstream overloaded', code: 502 } } }) },
      { maxRetries: 1 },
    );
    await expect(invoker.invoke(callInput('x'))).rejects.toThrow(
      'provider error in a 200 response after 2 attempts: upstream overloaded',
    );
    expect(fake?.requestCount()).toBe(2);
  });

  it('retries a 200 with a truncated JSON body, then fails without crashing', async () => {
    const invoker = await invokerAgainstFake({ behave: () => 'invalid-json' }, { maxRetries: 2 });
    const error = await invoker.invoke(callInput('x')).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(TargetError);
    expect((error as TargetError).message).toMatch(/^invalid JSON in response after 3 attempts: /);
    expect(fake?.requestCount()).toBe(3);
  });

  it('does not retry a 401 and keeps the key out of the message', async () => {
    const key = 'sk-secret-abcdef123456';
    const invoker = await invokerAgainstFake(
      { behave: () => ({ status: 401, body: { error: { message: `Incorrect API key provided: ${key}` } } }) },
      { apiKey: key, maxRetries: 3 },
    );
    const error = (await invoker.invoke(callInput('x')).catch((err: unknown) => err)) as TargetError;
    expect(error.message).toBe('HTTP 401 Unauthorized: Incorrect API key provided: [redacted]');
    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    expect(fake?.requestCount()).toBe(1);
  });
});

describe('openai request mapping', () => {
  it('uses max_completion_tokens on api.openai.com, which reasoning models require', () => {
    const body = requestBody(targetConfig({ type: 'openai', model: 'o3', maxTokens: 100 }) as never);
    expect(body).toEqual({ model: 'o3', max_completion_tokens: 100 });
  });

  it('wraps a bare JSON schema and passes OpenAI’s own wrapper through', () => {
    const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] };
    expect(responseFormat({ jsonSchema: schema })).toEqual({
      type: 'json_schema',
      json_schema: { name: 'response', schema },
    });
    const wrapper = { name: 'answer', schema, strict: true };
    expect(responseFormat({ jsonSchema: wrapper })).toEqual({ type: 'json_schema', json_schema: wrapper });
    expect(responseFormat('text')).toEqual({ type: 'text' });
  });

  it('rejects streaming through extraBody', async () => {
    const config = targetConfig({
      type: 'openai',
      model: 'm',
      baseUrl: 'http://127.0.0.1:9/v1',
      extraBody: { stream: true },
    });
    await expect(createInvoker(config, { baseDir: '/', env: {} })).rejects.toThrow(
      'target openai: extraBody.stream is not supported; responses are read whole',
    );
  });
});
