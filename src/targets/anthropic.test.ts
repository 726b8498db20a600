import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, type TargetConfigInput, TargetError } from '../core/index.js';
import { createInvoker } from './invoker.js';
import {
  type LoopbackHandler,
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from './test-helpers/loopback-server.js';
import { callInput, targetConfig } from './test-helpers/test-inputs.js';

const FAST = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };
let server: LoopbackServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A fake Messages API: answers `reply` in Anthropic's shape unless the handler says otherwise. */
function messagesApi(reply: (body: { messages: Array<{ content: string }> }) => string): LoopbackHandler {
  return (request, response) => {
    if (request.method !== 'POST' || request.path !== '/v1/messages') {
      return sendJson(response, 404, {
        type: 'error',
        error: { type: 'not_found_error', message: request.path },
      });
    }
    const body = JSON.parse(request.text);
    sendJson(response, 200, {
      id: 'msg_fake',
      type: 'message',
      role: 'assistant',
      model: body.model,
      content: [{ type: 'text', text: reply(body) }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: {
        input_tokens: 20,
        output_tokens: 5,
        cache_creation_input_tokens: null,
        cache_read_input_tokens: 0,
      },
    });
  };
}

async function anthropicInvoker(
  handler: LoopbackHandler,
  config: Partial<Extract<TargetConfigInput, { type: 'anthropic' }>> = {},
  env: NodeJS.ProcessEnv = {},
) {
  server = await startLoopbackServer(handler);
  const target = targetConfig({
    type: 'anthropic',
    model: 'claude-3-5-haiku-20241022',
    baseUrl: server.url,
    ...config,
  });
  return createInvoker(target, { baseDir: '/', env }, FAST);
}

describe('anthropic target', () => {
  it('sends system messages as `system`, maps options, and prices the usage', async () => {
    const invoker = await anthropicInvoker(
      messagesApi((body) => `you said: ${body.messages.at(-1)?.content}`),
      {
        system: 'You help {{ team }}.',
        temperature: 0.1,
        topP: 0.8,
        maxTokens: 200,
        headers: { 'X-Run': '1' },
      },
      { ANTHROPIC_API_KEY: 'sk-ant-test-000111' },
    );
    const chat = [
      { role: 'system' as const, content: 'Answer in French.' },
      { role: 'user' as const, content: 'Bonjour' },
      { role: 'assistant' as const, content: 'Salut' },
      { role: 'user' as const, content: 'Ça va ?' },
    ];
    const { response } = await invoker.invoke(callInput('[chat]', { team: 'support' }, chat));
    expect(response.output).toBe('you said: Ça va ?');
    expect(response.tokenUsage).toEqual({ prompt: 20, completion: 5, total: 25 });
    // claude-3-5-haiku: $0.80 in, $4 out per million.
    expect(response.cost).toBeCloseTo((20 * 0.8 + 5 * 4) / 1e6, 15);
    const request = server!.requests[0]!;
    expect(JSON.parse(request.text)).toEqual({
      model: 'claude-3-5-haiku-20241022',
      max_tokens: 200,
      temperature: 0.1,
      top_p: 0.8,
      system: 'You help support.\n\nAnswer in French.',
      messages: chat.slice(1),
    });
    // SDK 1.x sends the key as a bearer token.
    expect(request.headers.authorization).toBe('Bearer sk-ant-test-000111');
    expect(request.headers['x-run']).toBe('1');
  });

  it('sends a text prompt as one user message with the default max_tokens', async () => {
    const invoker = await anthropicInvoker(messagesApi(() => 'ok'));
    await invoker.invoke(callInput('Hello'));
    expect(JSON.parse(server!.requests[0]!.text)).toEqual({
      model: 'claude-3-5-haiku-20241022',
      max_tokens: 1024,
      messages: [{ role: 'user', content: 'Hello' }],
    });
  });

  it('returns tool_use blocks as JSON when there is no text', async () => {
    const toolUse = { type: 'tool_use', id: 'toolu_1', name: 'search', input: { q: 'x' } };
    const invoker = await anthropicInvoker((_req, res) =>
      sendJson(res, 200, {
        content: [toolUse],
        stop_reason: 'tool_use',
        usage: { input_tokens: 1, output_tokens: 1 },
      }),
    );
    expect(JSON.parse((await invoker.invoke(callInput('x'))).response.output)).toEqual([toolUse]);
  });

  it('retries a 529 overloaded, then succeeds', async () => {
    let n = 0;
    const ok = messagesApi(() => 'finally');
    const invoker = await anthropicInvoker((req, res) => {
      n++;
      if (n === 1) {
        return sendJson(res, 529, {
          type: 'error',
          error: { type: 'overloaded_error', message: 'Overloaded' },
        });
      }
      return ok(req, res);
    });
    const invocation = await invoker.invoke(callInput('x'));
    expect(invocation.response.output).toBe('finally');
    expect(invocation.attempts).toBe(2);
  });

  it('fails a 400 at once with the API’s message', async () => {
    const invoker = await anthropicInvoker(
      (_req, res) =>
        sendJson(res, 400, {
          type: 'error',
          error: { type: 'invalid_request_error', message: 'messages: roles must alternate' },
        }),
      { maxRetries: 3 },
    );
    const error = (await invoker.invoke(callInput('x')).catch((err: unknown) => err)) as TargetError;
    expect(error).toBeInstanceOf(TargetError);
    expect(error.message).toMatch(/^HTTP 400 Bad Request: .*messages: roles must alternate/);
    expect(server!.requests).toHaveLength(1);
  });

  it('refuses to start against api.anthropic.com without a key', async () => {
    const config = targetConfig({ type: 'anthropic', model: 'claude-sonnet-4-20250514' });
    const creating = createInvoker(config, { baseDir: '/', env: {} });
    await expect(creating).rejects.toThrow(ConfigError);
    await expect(creating).rejects.toThrow('target anthropic: no API key: ANTHROPIC_API_KEY is not set');
  });
});
