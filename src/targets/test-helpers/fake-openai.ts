/**
 * A fake OpenAI-compatible server for unit tests, end-to-end tests and benchmarks. It is a real
 * node:http server on 127.0.0.1 (port 0), not a mocked fetch, so the SDK, undici, keep-alive,
 * timeouts and retries run exactly as they do against a real endpoint.
 *
 *   const fake = await startFakeOpenAI({ behave: (n) => (n === 1 ? { status: 429, headers: { 'retry-after': '1' } } : 'ok') });
 *   // a target: { type: 'openai', model: 'gpt-4o-mini', baseUrl: fake.baseUrl }
 *   expect(fake.requestCount()).toBe(2);
 *   await fake.close();
 *
 * Endpoints: POST /v1/chat/completions and GET /v1/models; anything else is a 404 in OpenAI's error shape.
 * - `reply(body)`: the assistant's text; default the last user message's text (an echo).
 * - `usage`: on by default, counting whitespace-separated words (prompt: every message's content;
 *   completion: the reply); `false` leaves `usage` out; an object is sent as is.
 * - `latencyMs`: a delay before every chat answer (timers only, so concurrent requests overlap).
 * - `behave(n, body)`: for the n-th chat request (1-based): `'ok'`; `{status, headers?, body?}` (a
 *   string body is sent as is, any other value as JSON, default an OpenAI error object), which with
 *   status 200 replaces the completion, e.g. `content: null`; `'hang'` never answers (close() ends it);
 *   `'invalid-json'` is a 200 whose JSON body is cut short.
 * `requests` lists the chat requests (parsed body, headers, receive time) unless `recordRequests: false`
 * (benchmarks: memory stays flat, `requestCount()` still counts); `maxInFlight()` is the most that were
 * open at once. Hundreds of concurrent connections are fine: every answer is asynchronous.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { type LoopbackRequest, sendJson, startLoopbackServer } from './loopback-server.js';

export type FakeBehaviour =
  | 'ok'
  | 'hang'
  | 'invalid-json'
  | { status: number; headers?: Record<string, string>; body?: unknown };

export interface FakeOpenAIOptions {
  latencyMs?: number;
  reply?: (body: ChatRequestBody) => string;
  usage?: boolean | { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  behave?: (n: number, body: ChatRequestBody) => FakeBehaviour | Promise<FakeBehaviour>;
  /** Ids listed by GET /v1/models. */
  models?: string[];
  /** Default true; false keeps `requests` empty for long benchmarks. */
  recordRequests?: boolean;
  /** A fixed port (default: any free one), for suites that name their server's address. */
  port?: number;
}

/** The parts of a chat request the fake reads; everything else the client sent is kept as is. */
export interface ChatRequestBody {
  model?: string;
  messages?: Array<{ role?: string; content?: unknown }>;
  [key: string]: unknown;
}

export interface FakeRequest {
  body: ChatRequestBody;
  headers: IncomingHttpHeaders;
  /** `performance.now()` when it arrived. */
  receivedAt: number;
}

export interface FakeOpenAI {
  /** `http://127.0.0.1:<port>/v1`, for a target's `baseUrl`. */
  baseUrl: string;
  requests: FakeRequest[];
  requestCount(): number;
  maxInFlight(): number;
  close(): Promise<void>;
}

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const requests: FakeRequest[] = [];
  const record = options.recordRequests ?? true;
  let count = 0;
  const reply = options.reply ?? echoLastUserMessage;
  const server = await startLoopbackServer(
    async (request, response) => {
      const route = `${request.method} ${request.path.split('?')[0]}`;
      if (route === 'GET /v1/models') {
        const data = (options.models ?? ['gpt-4o-mini']).map((id) => ({
          id,
          object: 'model',
          created: 0,
          owned_by: 'groundtruth-fake',
        }));
        return sendJson(response, 200, { object: 'list', data });
      }
      if (route !== 'POST /v1/chat/completions') {
        return sendJson(response, 404, openAIError(`no route ${route}`, 'invalid_request_error'));
      }
      const body = parseBody(request);
      if (!body)
        return sendJson(
          response,
          400,
          openAIError('request body is not a JSON object', 'invalid_request_error'),
        );
      count++;
      if (record) requests.push({ body, headers: request.headers, receivedAt: request.receivedAt });
      const behaviour = options.behave ? await options.behave(count, body) : 'ok';
      if (behaviour === 'hang') return;
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      if (behaviour === 'invalid-json') {
        response.writeHead(200, { 'content-type': 'application/json' });
        return void response.end('{"id": "chatcmpl-fake", "choices": [{"message": ');
      }
      if (behaviour !== 'ok') {
        const {
          status,
          headers = {},
          body: errorBody = openAIError(`fake ${status}`, 'server_error'),
        } = behaviour;
        if (typeof errorBody === 'string') {
          response.writeHead(status, { 'content-type': 'text/plain', ...headers });
          return void response.end(errorBody);
        }
        return sendJson(response, status, errorBody, headers);
      }
      sendJson(response, 200, completion(body, reply(body), options.usage ?? true));
    },
    { record: false, ...(options.port !== undefined ? { port: options.port } : {}) },
  );
  return {
    baseUrl: `${server.url}/v1`,
    requests,
    requestCount: () => count,
    maxInFlight: server.maxInFlight,
    close: server.close,
  };
}

function parseBody(request: LoopbackRequest): ChatRequestBody | undefined {
  try {
    const body: unknown = JSON.parse(request.text);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as ChatRequestBody) : undefined;
  } catch {
    return undefined;
  }
}

function completion(body: ChatRequestBody, content: string, usage: FakeOpenAIOptions['usage']): unknown {
  const promptWords = (body.messages ?? []).reduce(
    (sum, message) => sum + countWords(textOf(message.content)),
    0,
  );
  const completionWords = countWords(content);
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model ?? 'fake',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    ...(usage === false
      ? {}
      : {
          usage:
            usage === true
              ? {
                  prompt_tokens: promptWords,
                  completion_tokens: completionWords,
                  total_tokens: promptWords + completionWords,
                }
              : usage,
        }),
  };
}

function echoLastUserMessage(body: ChatRequestBody): string {
  const users = (body.messages ?? []).filter((message) => message.role === 'user');
  return textOf(users.at(-1)?.content);
}

/** A message's text: a string, or the text parts of a content array. */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: { text?: unknown }) => (typeof part?.text === 'string' ? part.text : ''))
    .join('');
}

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

function openAIError(message: string, type: string): unknown {
  return { error: { message, type, param: null, code: null } };
}
