// The OpenAI target: Chat Completions on api.openai.com or any OpenAI-compatible server (vLLM, Ollama,
// llama.cpp, LiteLLM, OpenRouter...), through the official SDK with its own retries off: retries are ours.
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { ConfigError, type TargetConfigOf } from '../core/index.js';
import { resolveApiKey } from './api-key.js';
import { transportFetch } from './http-transport.js';
import { parseChatCompletion } from './openai-response.js';
import { fromSdkError } from './sdk-errors.js';
import type { TargetFactory } from './types.js';

type OpenAIConfig = TargetConfigOf<'openai'>;

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

export const createOpenAITarget: TargetFactory<'openai'> = async (config, context) => {
  const apiKey = resolveApiKey(config, context.env, 'OPENAI_API_KEY');
  if (config.extraBody && 'stream' in config.extraBody) {
    throw new ConfigError(`target ${config.id}: extraBody.stream is not supported; responses are read whole`);
  }
  const sdk = await import('openai');
  // Every option is explicit so the SDK never falls back to process.env (OPENAI_BASE_URL...):
  // the context's env is the only environment a target sees.
  const client = new sdk.OpenAI({
    apiKey,
    baseURL: config.baseUrl ?? DEFAULT_BASE_URL,
    organization: config.organization ?? null,
    project: null,
    maxRetries: 0,
    timeout: config.timeoutMs,
    defaultHeaders: config.headers,
    fetch: transportFetch,
  });
  const staticBody = requestBody(config);
  return {
    id: config.id,
    config,
    cacheable: true,
    async call({ prompt, signal }) {
      const body = {
        ...staticBody,
        messages: prompt.messages ?? [{ role: 'user', content: prompt.text }],
      } as ChatCompletionCreateParamsNonStreaming;
      let completion: unknown;
      try {
        completion = await client.chat.completions.create(body, { signal });
      } catch (err) {
        throw fromSdkError(config.id, err, sdk, config.timeoutMs);
      }
      return parseChatCompletion(config.id, completion);
    },
  };
};

/** Everything in the request but the messages; built once per target. */
export function requestBody(config: OpenAIConfig): Record<string, unknown> {
  const body: Record<string, unknown> = { model: config.model };
  if (config.temperature !== undefined) body.temperature = config.temperature;
  if (config.topP !== undefined) body.top_p = config.topP;
  if (config.seed !== undefined) body.seed = config.seed;
  if (config.stop !== undefined) body.stop = config.stop;
  if (config.maxTokens !== undefined) {
    // OpenAI's reasoning models reject max_tokens; compatible servers mostly know only max_tokens.
    body[isOfficialApi(config.baseUrl) ? 'max_completion_tokens' : 'max_tokens'] = config.maxTokens;
  }
  if (config.responseFormat !== undefined) body.response_format = responseFormat(config.responseFormat);
  return { ...body, ...config.extraBody };
}

function isOfficialApi(baseUrl: string | undefined): boolean {
  return baseUrl === undefined || new URL(baseUrl).hostname === 'api.openai.com';
}

/**
 * `{jsonSchema}` takes either OpenAI's own wrapper (`{name, schema, strict?}`) or a bare JSON Schema,
 * which is wrapped under the name `response` without `strict`: strict mode rejects schemas that
 * lack `additionalProperties: false`, and a user who wants it can write the wrapper.
 */
export function responseFormat(format: NonNullable<OpenAIConfig['responseFormat']>): Record<string, unknown> {
  if (typeof format === 'string') return { type: format };
  const { jsonSchema } = format;
  const isWrapper = typeof jsonSchema.name === 'string' && typeof jsonSchema.schema === 'object';
  return {
    type: 'json_schema',
    json_schema: isWrapper ? jsonSchema : { name: 'response', schema: jsonSchema },
  };
}
