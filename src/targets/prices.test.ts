import { describe, expect, it } from 'vitest';
import { builtInPrices, computeCost, lookupPrice, priceOf } from './prices.js';
import { targetConfig } from './test-helpers/test-inputs.js';

describe('lookupPrice', () => {
  it('finds exact names and dated snapshots, longest prefix first', () => {
    expect(lookupPrice('gpt-4o')).toEqual({ inputPerMillion: 2.5, outputPerMillion: 10 });
    expect(lookupPrice('gpt-4o-2024-08-06')).toEqual({ inputPerMillion: 2.5, outputPerMillion: 10 });
    expect(lookupPrice('gpt-4o-2024-05-13')).toEqual({ inputPerMillion: 5, outputPerMillion: 15 });
    expect(lookupPrice('gpt-4o-mini-2024-07-18')).toEqual({ inputPerMillion: 0.15, outputPerMillion: 0.6 });
    expect(lookupPrice('gpt-4.1-nano-2025-04-14')).toEqual({ inputPerMillion: 0.1, outputPerMillion: 0.4 });
    expect(lookupPrice('claude-3-5-haiku-20241022')).toEqual({ inputPerMillion: 0.8, outputPerMillion: 4 });
    expect(lookupPrice('claude-opus-4-5-20251101')).toEqual({ inputPerMillion: 5, outputPerMillion: 25 });
    expect(lookupPrice('claude-opus-4-1-20250805')).toEqual({ inputPerMillion: 15, outputPerMillion: 75 });
    expect(lookupPrice('claude-3-7-sonnet-latest')).toEqual({ inputPerMillion: 3, outputPerMillion: 15 });
  });

  it('drops provider prefixes and ignores case', () => {
    expect(lookupPrice('openai/GPT-4o-mini')).toEqual({ inputPerMillion: 0.15, outputPerMillion: 0.6 });
    expect(lookupPrice('us.anthropic.claude-3-5-sonnet-20241022-v2:0')).toEqual({
      inputPerMillion: 3,
      outputPerMillion: 15,
    });
  });

  it('prices nothing rather than guessing for unknown or other-tier models', () => {
    expect(lookupPrice('llama3.1:8b')).toBeUndefined();
    expect(lookupPrice('gpt-4.5-preview')).toBeUndefined();
    expect(lookupPrice('o1-mini')).toBeUndefined();
    expect(lookupPrice('gpt-5.1-codex-mini')).toBeUndefined();
    expect(lookupPrice('gpt-4o-realtime-preview')).toBeUndefined();
    expect(lookupPrice('gpt-4ox')).toBeUndefined();
  });

  it('ships a dated table that says the suite overrides it', () => {
    const table = builtInPrices();
    expect(table.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(table.note).toContain('`pricing:`');
    for (const model of [
      'gpt-4o',
      'gpt-4.1-mini',
      'o3',
      'o4-mini',
      'gpt-5',
      'claude-sonnet-4',
      'claude-opus-4',
    ]) {
      expect(table.models[model], model).toBeDefined();
    }
  });
});

describe('computeCost', () => {
  const price = { inputPerMillion: 3, outputPerMillion: 15 };

  it('charges prompt tokens at the input price and completion tokens at the output price', () => {
    expect(computeCost({ prompt: 1_000_000, completion: 2_000_000 }, price)).toBe(33);
    expect(computeCost({ prompt: 0, completion: 0 }, price)).toBe(0);
  });

  it('derives a missing side from the total, and otherwise declines', () => {
    expect(computeCost({ prompt: 1_000_000, total: 1_500_000 }, price)).toBe(10.5);
    expect(computeCost({ completion: 1_000_000, total: 1_500_000 }, price)).toBe(16.5);
    expect(computeCost({ total: 100 }, price)).toBeUndefined();
    expect(computeCost({ prompt: 100 }, price)).toBeUndefined();
    expect(computeCost({ prompt: 200, total: 100 }, price)).toBeUndefined();
  });
});

describe('priceOf', () => {
  it('prefers the config’s pricing, then the model’s table entry', () => {
    const pricing = { inputPerMillion: 9, outputPerMillion: 9 };
    expect(priceOf(targetConfig({ type: 'openai', model: 'gpt-4o', pricing }))).toEqual(pricing);
    expect(priceOf(targetConfig({ type: 'anthropic', model: 'claude-sonnet-4-20250514' }))).toEqual({
      inputPerMillion: 3,
      outputPerMillion: 15,
    });
    expect(priceOf(targetConfig({ type: 'http', url: 'http://127.0.0.1/' }))).toBeUndefined();
  });
});
