// Cache keys for target responses: same request, same key. Secrets and keys that cannot change the
// response (timeouts, retries, labels, limits, prices) are left out, so rotating a key keeps the cache.
import {
  type RenderedPrompt,
  redactSecrets,
  sha256,
  stableStringify,
  type TargetConfig,
} from '../core/index.js';
import { isTemplate } from '../template/index.js';

const RESPONSE_NEUTRAL_KEYS = new Set([
  'id',
  'label',
  'timeoutMs',
  'maxRetries',
  'concurrency',
  'requestsPerMinute',
  'cache',
  'gate',
  'pricing',
]);

/**
 * SHA-256 hex over the response-relevant config, the rendered prompt and the repeat index (each
 * sample is its own call, so repeats never collapse into one cached answer). Targets that read
 * case variables beyond the prompt (http bodies, exec args, modules, an Anthropic system template)
 * get different answers for different vars, so pass `vars` for them; it is ignored for the others.
 */
export function targetCacheKey(
  config: TargetConfig,
  prompt: RenderedPrompt,
  repeat: number,
  vars?: Record<string, unknown>,
): string {
  const request = stableStringify({
    prompt: { text: prompt.text, messages: prompt.messages },
    repeat,
    vars: vars !== undefined && readsVars(config) ? vars : undefined,
  });
  return sha256(`${configFingerprint(config)}\n${request}`);
}

/** Configs are immutable for a run and keyed per case: redact and serialise each one once. */
const fingerprints = new WeakMap<TargetConfig, string>();

function configFingerprint(config: TargetConfig): string {
  let fingerprint = fingerprints.get(config);
  if (fingerprint === undefined) {
    const relevant: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(config)) {
      if (!RESPONSE_NEUTRAL_KEYS.has(key)) relevant[key] = value;
    }
    fingerprint = stableStringify(dropRedacted(redactSecrets(relevant)));
    fingerprints.set(config, fingerprint);
  }
  return fingerprint;
}

/** A key set from the environment and one written in the config must give the same fingerprint. */
function dropRedacted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropRedacted);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) if (child !== REDACTED) out[key] = dropRedacted(child);
    return out;
  }
  return value;
}

const REDACTED = '[redacted]';

/** Whether a target's request depends on case variables other than through the rendered prompt. */
export function readsVars(config: TargetConfig): boolean {
  switch (config.type) {
    case 'echo':
    case 'openai':
      return false;
    case 'anthropic':
      return config.system !== undefined && isTemplate(config.system);
    case 'http':
      return hasTemplate(config.body);
    case 'exec':
    case 'module':
      return true;
  }
}

function hasTemplate(value: unknown): boolean {
  if (typeof value === 'string') return isTemplate(value);
  if (Array.isArray(value)) return value.some(hasTemplate);
  if (value && typeof value === 'object') return Object.values(value).some(hasTemplate);
  return false;
}

/** A target's responses may be reused when its config says so, else when its type allows it. */
export function isCacheable(target: { readonly config: TargetConfig; readonly cacheable: boolean }): boolean {
  return target.config.cache ?? target.cacheable;
}
