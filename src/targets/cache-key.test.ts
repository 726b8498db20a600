import { describe, expect, it } from 'vitest';
import { isCacheable, readsVars, targetCacheKey } from './cache-key.js';
import { targetConfig } from './test-helpers/test-inputs.js';

const base = { type: 'openai', model: 'gpt-4o-mini', baseUrl: 'http://127.0.0.1:8000/v1' } as const;
const prompt = { text: 'What is 2 + 2?' };

describe('targetCacheKey', () => {
  it('is a SHA-256 hex, stable for the same request', () => {
    const key = targetCacheKey(targetConfig(base), prompt, 0);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(targetCacheKey(targetConfig({ ...base }), { text: 'What is 2 + 2?' }, 0)).toBe(key);
  });

  it('differs by prompt, chat messages, repeat and model', () => {
    const key = targetCacheKey(targetConfig(base), prompt, 0);
    const others = [
      targetCacheKey(targetConfig(base), { text: 'What is 2 + 3?' }, 0),
      targetCacheKey(
        targetConfig(base),
        { text: prompt.text, messages: [{ role: 'user', content: 'x' }] },
        0,
      ),
      targetCacheKey(targetConfig(base), prompt, 1),
      targetCacheKey(targetConfig({ ...base, model: 'gpt-4o' }), prompt, 0),
      targetCacheKey(targetConfig({ ...base, temperature: 0.5 }), prompt, 0),
    ];
    expect(new Set([key, ...others]).size).toBe(6);
  });

  it('ignores secrets and keys that do not change the response', () => {
    const key = targetCacheKey(targetConfig(base), prompt, 0);
    const same = targetConfig({
      ...base,
      id: 'renamed',
      label: 'Mini',
      apiKey: 'sk-other-key',
      headers: undefined,
      timeoutMs: 5,
      maxRetries: 9,
      concurrency: 2,
      requestsPerMinute: 10,
      cache: true,
      gate: false,
      pricing: { inputPerMillion: 1, outputPerMillion: 1 },
    });
    expect(targetCacheKey(same, prompt, 0)).toBe(key);
    const withAuth = (token: string) =>
      targetCacheKey(
        targetConfig({ ...base, headers: { Authorization: token, 'X-Api-Key': token } }),
        prompt,
        0,
      );
    expect(withAuth('Bearer one')).toBe(withAuth('Bearer two'));
  });

  it('includes vars only for targets whose request reads them', () => {
    const http = targetConfig({ type: 'http', url: 'http://127.0.0.1/', body: { q: '{{ question }}' } });
    expect(targetCacheKey(http, prompt, 0, { question: 'a' })).not.toBe(
      targetCacheKey(http, prompt, 0, { question: 'b' }),
    );
    const openai = targetConfig(base);
    expect(targetCacheKey(openai, prompt, 0, { question: 'a' })).toBe(targetCacheKey(openai, prompt, 0));
    expect(readsVars(targetConfig({ type: 'anthropic', model: 'm', system: 'Be {{ tone }}' }))).toBe(true);
    expect(readsVars(targetConfig({ type: 'anthropic', model: 'm', system: 'Be brief' }))).toBe(false);
    expect(readsVars(targetConfig({ type: 'exec', command: 'x' }))).toBe(true);
  });
});

describe('isCacheable', () => {
  it('follows the config, else the target type', () => {
    const config = targetConfig({ type: 'exec', command: 'x' });
    expect(isCacheable({ config, cacheable: false })).toBe(false);
    expect(isCacheable({ config: { ...config, cache: true }, cacheable: false })).toBe(true);
    expect(isCacheable({ config: { ...config, cache: false }, cacheable: true })).toBe(false);
  });
});
