import { describe, expect, it } from 'vitest';
import { createInvoker } from './invoker.js';
import { callInput, targetConfig } from './test-helpers/test-inputs.js';

describe('echo target', () => {
  it('returns the rendered prompt, a chat as its text, and is not cacheable', async () => {
    const invoker = await createInvoker(targetConfig({ type: 'echo' }), { baseDir: '/', env: {} });
    expect((await invoker.invoke(callInput('Hello {{ name }} stays literal'))).response).toEqual({
      output: 'Hello {{ name }} stays literal',
    });
    const chat = [{ role: 'user' as const, content: 'Hi' }];
    const text = JSON.stringify(chat);
    expect((await invoker.invoke(callInput(text, {}, chat))).response.output).toBe(text);
    expect(invoker.cacheable).toBe(false);
    expect(invoker.id).toBe('echo');
  });
});
