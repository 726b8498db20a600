import { describe, expect, it } from 'vitest';
import { createTarget, targetFactories } from './registry.js';
import { targetConfig } from './test-helpers/test-inputs.js';

describe('target registry', () => {
  it('has a factory for every target type', () => {
    expect(Object.keys(targetFactories).sort()).toEqual([
      'anthropic',
      'echo',
      'exec',
      'http',
      'module',
      'openai',
    ]);
  });

  it('creates the implementation of a config, under the config’s id', async () => {
    const target = await createTarget(targetConfig({ type: 'echo', id: 'smoke' }), { baseDir: '/', env: {} });
    expect(target.id).toBe('smoke');
    expect(target.config.type).toBe('echo');
  });
});
