import { describe, expect, it } from 'vitest';
import { collectSecrets, scrubSecrets } from './secret-scrub.js';
import { targetConfig } from './test-helpers/test-inputs.js';

describe('collectSecrets', () => {
  it('finds keys, auth headers and their bare tokens, env entries and URL keys', () => {
    const http = targetConfig({
      type: 'http',
      url: 'http://127.0.0.1/x?key=abcdef123&model=small',
      headers: { Authorization: 'Bearer tok-123456', 'X-Trace': 'visible-value' },
    });
    expect(collectSecrets(http, { OPENAI_API_KEY: 'sk-env-999999' })).toEqual([
      'Bearer tok-123456',
      'sk-env-999999',
      'tok-123456',
      'abcdef123',
    ]);
    const exec = targetConfig({
      type: 'exec',
      command: 'x',
      env: { HF_TOKEN: 'hf_abcdefgh', LANG: 'en_US.UTF-8' },
    });
    expect(collectSecrets(exec, {})).toEqual(['hf_abcdefgh']);
  });

  it('skips values too short to redact safely', () => {
    expect(collectSecrets(targetConfig({ type: 'openai', model: 'm', apiKey: 'x' }), {})).toEqual([]);
  });
});

describe('scrubSecrets', () => {
  it('replaces every occurrence', () => {
    expect(scrubSecrets('key sk-1234567 and again sk-1234567', ['sk-1234567'])).toBe(
      'key [redacted] and again [redacted]',
    );
  });
});
