import { describe, expect, it } from 'vitest';
import { ConfigError, ExitCode, formatLocation, TargetError } from './errors.js';
import { contentHash, stableStringify } from './hash.js';
import { isSecretKey, redactSecrets } from './targets.js';

describe('redactSecrets', () => {
  it('redacts keys, tokens, passwords and auth headers at any depth, and nothing else', () => {
    const config = {
      id: 't',
      apiKey: 'sk-1',
      maxTokens: 100,
      tokenUsage: { prompt: 'usage.in' },
      headers: { Authorization: 'Bearer x', 'x-api-key': 'k', 'X-Auth-Token': 't', Accept: 'json' },
      env: {
        OPENAI_API_KEY: 'sk-2',
        GITHUB_TOKEN: 'ghp',
        AWS_SECRET_ACCESS_KEY: 's',
        DB_PASSWORD: 'p',
        LANG: 'C',
      },
      judges: [{ apiKey: 'sk-3', model: 'm' }],
    };
    expect(redactSecrets(config)).toEqual({
      id: 't',
      apiKey: '[redacted]',
      maxTokens: 100,
      tokenUsage: { prompt: 'usage.in' },
      headers: {
        Authorization: '[redacted]',
        'x-api-key': '[redacted]',
        'X-Auth-Token': '[redacted]',
        Accept: 'json',
      },
      env: {
        OPENAI_API_KEY: '[redacted]',
        GITHUB_TOKEN: '[redacted]',
        AWS_SECRET_ACCESS_KEY: '[redacted]',
        DB_PASSWORD: '[redacted]',
        LANG: 'C',
      },
      judges: [{ apiKey: '[redacted]', model: 'm' }],
    });
    expect(config.apiKey).toBe('sk-1'); // a copy: the original is untouched
  });

  it('does not mistake counters and ordinary names for secrets', () => {
    for (const key of ['maxTokens', 'tokenUsage', 'tokens', 'keyFact', 'monkey', 'id', 'model'])
      expect(isSecretKey(key)).toBe(false);
  });
});

describe('hashing', () => {
  it('is stable across key order and distinguishes content', () => {
    expect(stableStringify({ b: 1, a: { d: [2, { f: 1, e: 2 }], c: 3 } })).toBe(
      '{"a":{"c":3,"d":[2,{"e":2,"f":1}]},"b":1}',
    );
    expect(contentHash({ x: 1, y: 2 })).toBe(contentHash({ y: 2, x: 1 }));
    expect(contentHash({ x: 1 })).not.toBe(contentHash({ x: 2 }));
    expect(contentHash({ x: 1 })).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('errors', () => {
  it('name where they happened and carry their exit code', () => {
    expect(formatLocation({ file: 'a.yaml', line: 3, column: 5 })).toBe('a.yaml:3:5');
    const error = new ConfigError('expected a number', {
      file: 'a.yaml',
      line: 3,
      column: 5,
      key: 'concurrency',
    });
    expect(error.message).toBe('a.yaml:3:5: concurrency: expected a number');
    expect(error.exitCode).toBe(ExitCode.invalidInput);
    const target = new TargetError('gpt', 'HTTP 503', { status: 503, retryable: true, retryAfterMs: 1000 });
    expect(target).toMatchObject({ targetId: 'gpt', status: 503, retryable: true, retryAfterMs: 1000 });
  });
});
