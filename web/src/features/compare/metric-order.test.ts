import { describe, expect, it } from 'vitest';
import { orderMetrics, verdictOf } from './metric-order';

const m = (id: string, delta: number | null, significant: boolean) => ({ id, delta, significant });

describe('orderMetrics', () => {
  it('puts significant drops first, largest first, then gains, then the rest in their order', () => {
    const ordered = orderMetrics([
      m('a-passRate', -0.02, false),
      m('a-bleu', 0.05, true),
      m('b-passRate', -0.04, true),
      m('b-key-fact', -0.2, true),
      m('c-passRate', 0.01, false),
      m('c-bleu', null, false),
      m('d-passRate', 0.2, true),
    ]);
    expect(ordered.map((x) => x.id)).toEqual([
      'b-key-fact',
      'b-passRate',
      'd-passRate',
      'a-bleu',
      'a-passRate',
      'c-passRate',
      'c-bleu',
    ]);
  });

  it('reads a significant zero or missing delta as no verdict', () => {
    expect(verdictOf({ delta: 0, significant: true })).toBe('none');
    expect(verdictOf({ delta: null, significant: true })).toBe('none');
    expect(verdictOf({ delta: -0.1, significant: false })).toBe('none');
    expect(verdictOf({ delta: -0.1, significant: true })).toBe('drop');
    expect(verdictOf({ delta: 0.1, significant: true })).toBe('gain');
  });
});
