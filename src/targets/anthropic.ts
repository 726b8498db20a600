// The Anthropic target: the Messages API through the official SDK, its own retries off. System
// messages of a chat prompt (and the target's `system` template) become the top-level `system`.
import type { MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages';
import { type ChatMessage, TargetError, type TargetResponse, type TokenUsage } from '../core/index.js';
import { renderTemplate } from '../template/index.js';
import { resolveApiKey } from './api-key.js';
import { unexpectedResponseError } from './http-errors.js';
import { transportFetch } from './http-transport.js';
import { isCount, isJsonObject as isObject } from './json-values.js';
import { fromSdkError } from './sdk-errors.js';
import type { TargetFactory } from './types.js';

const DEFAULT_BASE_URL = 'https://api.anthropic.com';

export const createAnthropicTarget: TargetFactory<'anthropic'> = async (config, context) => {
  const apiKey = resolveApiKey(config, context.env, 'ANTHROPIC_API_KEY');
  const sdk = await import('@anthropic-ai/sdk');
  // An explicit key and base URL keep the SDK from reading credentials or profiles of its own.
  const client = new sdk.Anthropic({
    apiKey,
    baseURL: config.baseUrl ?? DEFAULT_BASE_URL,
    maxRetries: 0,
    timeout: config.timeoutMs,
    defaultHeaders: config.headers,
    fetch: transportFetch,
  });
  const staticBody: Record<string, unknown> = { model: config.model, max_tokens: config.maxTokens };
  if (config.temperature !== undefined) staticBody.temperature = config.temperature;
  if (config.topP !== undefined) staticBody.top_p = config.topP;

  return {
    id: config.id,
    config,
    cacheable: true,
    async call({ prompt, vars, signal }) {
      const chat: ChatMessage[] = prompt.messages ?? [{ role: 'user', content: prompt.text }];
      const systemParts =
        config.system === undefined ? [] : [renderTemplate(config.system, { ...vars, vars })];
      const messages: Array<{ role: 'user' | 'assistant'; content: string }> = [];
      for (const message of chat) {
        if (message.role === 'system') systemParts.push(message.content);
        else messages.push({ role: message.role, content: message.content });
      }
      const body = { ...staticBody, messages } as unknown as MessageCreateParamsNonStreaming;
      if (systemParts.length > 0) body.system = systemParts.join('\n\n');
      let message: unknown;
      try {
        message = await client.messages.create(body, { signal });
      } catch (err) {
        throw fromSdkError(config.id, err, sdk, config.timeoutMs);
      }
      return parseMessage(config.id, message);
    },
  };
};

/** The text blocks joined; a reply made only of tool calls is returned as their JSON. */
export function parseMessage(targetId: string, body: unknown): TargetResponse {
  if (!isObject(body) || !Array.isArray(body.content)) {
    const text = typeof body === 'string' ? body : (JSON.stringify(body) ?? '');
    throw unexpectedResponseError(targetId, 'expected a JSON message with content blocks', text);
  }
  const blocks = body.content.filter(isObject);
  let output = blocks
    .map((block) => (block.type === 'text' && typeof block.text === 'string' ? block.text : ''))
    .join('');
  if (output === '') {
    const toolUses = blocks.filter((block) => block.type === 'tool_use');
    if (toolUses.length > 0) output = JSON.stringify(toolUses);
    else if (body.stop_reason === 'max_tokens') {
      throw new TargetError(
        targetId,
        'the model returned no text before its token limit (stop_reason: max_tokens)',
        {
          hint: 'raise maxTokens',
        },
      );
    }
  }
  const tokenUsage = parseUsage(body.usage);
  return tokenUsage ? { output, tokenUsage } : { output };
}

function parseUsage(usage: unknown): TokenUsage | undefined {
  if (!isObject(usage) || !isCount(usage.input_tokens) || !isCount(usage.output_tokens)) return undefined;
  // Cache writes and reads are input tokens too, reported apart from input_tokens.
  let prompt = usage.input_tokens;
  if (isCount(usage.cache_creation_input_tokens)) prompt += usage.cache_creation_input_tokens;
  if (isCount(usage.cache_read_input_tokens)) prompt += usage.cache_read_input_tokens;
  return { prompt, completion: usage.output_tokens, total: prompt + usage.output_tokens };
}
