import { describe, expect, it } from 'vitest';
import type { RunSummary, TargetConfig, TargetSummary } from '../core/index.js';
import { evaluateGates, gateExitCode } from './gates.js';

function target(id: string, figures: Partial<TargetSummary> = {}): TargetSummary {
  return {
    targetId: id,
    promptId: 'default',
    total: 10,
    passed: 8,
    failed: 1,
    errors: 1,
    passRate: 0.8,
    errorRate: 0.1,
    scorers: [{ name: 'contains', mean: 0.85, passRate: 0.8, count: 9 }],
    latency: { p50: 100, p95: 900, mean: 200 },
    tokens: { prompt: 10, completion: 20, total: 30 },
    cost: 0.5,
    cached: 0,
    ...figures,
  };
}

function summary(...targets: TargetSummary[]): Omit<RunSummary, 'gates'> {
  return {
    total: 0,
    passed: 0,
    failed: 0,
    errors: 0,
    passRate: 0,
    errorRate: 0,
    scorers: [],
    durationMs: 1,
    targets,
    slices: [],
  };
}

const configs = (...ids: Array<[string, boolean?]>): TargetConfig[] =>
  ids.map(
    ([id, gate]) => ({ id, type: 'echo', timeoutMs: 1, maxRetries: 0, gate: gate ?? true }) as TargetConfig,
  );

describe('evaluateGates', () => {
  it('checks every gate against every gated target, with figures in the message', () => {
    const outcomes = evaluateGates(
      summary(target('a'), target('b', { passRate: 0.5, cost: 2 })),
      { passRate: 0.75, minMean: { contains: 0.8 }, maxErrorRate: 0.2, maxCost: 1, maxLatencyP95Ms: 1000 },
      configs(['a'], ['b']),
    );
    expect(outcomes.map((o) => [o.targetId, o.gate, o.pass])).toEqual([
      ['a', 'passRate', true],
      ['a', 'minMean.contains', true],
      ['a', 'maxErrorRate', true],
      ['a', 'maxCost', true],
      ['a', 'maxLatencyP95Ms', true],
      ['b', 'passRate', false],
      ['b', 'minMean.contains', true],
      ['b', 'maxErrorRate', true],
      ['b', 'maxCost', false],
      ['b', 'maxLatencyP95Ms', true],
    ]);
    expect(outcomes[5]!.message).toBe('b: passRate 50.0% < 75.0%');
    expect(outcomes[0]!.message).toBe('a: passRate 80.0% >= 75.0%');
    expect(gateExitCode(outcomes)).toBe(1);
  });

  it('leaves targets with gate: false out', () => {
    const outcomes = evaluateGates(
      summary(target('a', { passRate: 0 })),
      { passRate: 1 },
      configs(['a', false]),
    );
    expect(outcomes).toEqual([]);
    expect(gateExitCode(outcomes)).toBe(0);
  });

  it('a failing maxErrorRate makes the run incomplete: exit 3 wins over 1', () => {
    const outcomes = evaluateGates(
      summary(target('a', { errorRate: 0.5, passRate: 0.2 })),
      { passRate: 0.9, maxErrorRate: 0.1 },
      configs(['a']),
    );
    expect(outcomes.find((o) => o.gate === 'maxErrorRate')).toMatchObject({ pass: false, incomplete: true });
    expect(gateExitCode(outcomes)).toBe(3);
  });

  it('a minMean on a scorer with no scores fails at 0', () => {
    const outcomes = evaluateGates(
      summary(target('a', { scorers: [] })),
      { minMean: { judge: 0.5 } },
      configs(['a']),
    );
    expect(outcomes[0]).toMatchObject({ gate: 'minMean.judge', actual: 0, pass: false });
  });

  it('no gates, nothing to fail', () => {
    expect(evaluateGates(summary(target('a')), {}, configs(['a']))).toEqual([]);
  });
});
