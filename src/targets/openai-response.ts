// Reads a Chat Completions response. The body comes from whatever server sits at baseUrl, so it is
// untrusted: every field is checked, and OpenAI-compatible quirks (null content, content parts,
// a 200 carrying an `error`) get a definite answer instead of a crash or a silent "undefined".
import { TargetError, type TargetResponse, type TokenUsage } from '../core/index.js';
import { isRetryableStatus, unexpectedResponseError } from './http-errors.js';
import { isCount, isJsonObject as isObject, type JsonObject } from './json-values.js';

export function parseChatCompletion(targetId: string, body: unknown): TargetResponse {
  if (typeof body === 'string') {
    throw unexpectedResponseError(targetId, 'expected a JSON chat completion, got text', body);
  }
  if (!isObject(body)) {
    throw unexpectedResponseError(targetId, 'expected a JSON chat completion', JSON.stringify(body) ?? '');
  }
  // Gateways such as OpenRouter report upstream failures as a 200 with an `error` member.
  if (isObject(body.error) && body.choices === undefined) throw providerError(targetId, body.error);
  const choice = Array.isArray(body.choices) ? body.choices[0] : undefined;
  if (!isObject(choice) || !isObject(choice.message)) {
    throw unexpectedResponseError(targetId, 'response has no choices[0].message', JSON.stringify(body));
  }
  const output = messageText(targetId, choice.message, choice.finish_reason);
  const tokenUsage = parseUsage(body.usage);
  return tokenUsage ? { output, tokenUsage } : { output };
}

function providerError(targetId: string, error: JsonObject): TargetError {
  const message = typeof error.message === 'string' ? error.message : JSON.stringify(error);
  const code = typeof error.code === 'number' ? error.code : undefined;
  return new TargetError(targetId, `provider error in a 200 response: ${message}`, {
    status: code,
    retryable: code === undefined || isRetryableStatus(code),
  });
}

/**
 * The assistant's text. `content: null` means the model answered otherwise: tool calls (returned as
 * their JSON, which scorers can check), a refusal (its text), or nothing at all. Nothing because
 * the token limit ran out (reasoning models spend it thinking) is an error worth reading, not "".
 */
function messageText(targetId: string, message: JsonObject, finishReason: unknown): string {
  const { content } = message;
  if (typeof content === 'string' && content !== '') return content;
  if (Array.isArray(content)) {
    const text = content
      .map((part) => (isObject(part) && typeof part.text === 'string' ? part.text : ''))
      .join('');
    if (text !== '') return text;
  }
  if (Array.isArray(message.tool_calls) && message.tool_calls.length > 0)
    return JSON.stringify(message.tool_calls);
  if (typeof message.refusal === 'string' && message.refusal !== '') return message.refusal;
  if (finishReason === 'length') {
    throw new TargetError(
      targetId,
      'the model returned no content before its token limit (finish_reason: length)',
      {
        hint: 'raise maxTokens: reasoning models spend part of it before answering',
      },
    );
  }
  return '';
}

function parseUsage(usage: unknown): TokenUsage | undefined {
  if (!isObject(usage)) return undefined;
  const out: TokenUsage = {};
  if (isCount(usage.prompt_tokens)) out.prompt = usage.prompt_tokens;
  if (isCount(usage.completion_tokens)) out.completion = usage.completion_tokens;
  if (isCount(usage.total_tokens)) out.total = usage.total_tokens;
  else if (out.prompt !== undefined && out.completion !== undefined) out.total = out.prompt + out.completion;
  return Object.keys(out).length > 0 ? out : undefined;
}
