import { describe, expect, it } from 'vitest';
import { ConfigError, type NamedScorer, type ScorerConfigInput, ScorerConfigSchema } from '../core/index.js';
import { createScorers, type Scorer, scoreOutput, scorerFactories } from './registry.js';
import { fakeJudge, scoreInput, scorerContext } from './test-helpers/index.js';

function named(configs: Array<ScorerConfigInput & { name: string }>): NamedScorer[] {
  return configs.map((config) => ({ ...ScorerConfigSchema.parse(config), name: config.name }));
}

function fixed(name: string, weight: number, value: number, pass: boolean, async = false): Scorer {
  const outcome = { value, pass, reason: `${name} says ${value}` };
  return { name, type: 'javascript', weight, score: () => (async ? Promise.resolve(outcome) : outcome) };
}

describe('scorerFactories', () => {
  it('has a factory for every scorer type of the config schema', () => {
    const types = ScorerConfigSchema.options.map((schema) => schema.shape.type.value).sort();
    expect(Object.keys(scorerFactories).sort()).toEqual(types);
  });
});

describe('createScorers', () => {
  it('builds scorers with their names, types, weights and thresholds', async () => {
    const scorers = await createScorers(
      named([
        { name: 'exact', type: 'equals', weight: 2 },
        { name: 'close', type: 'levenshtein' },
        { name: 'json', type: 'is-json', weight: 0 },
      ]),
      scorerContext(),
    );
    expect(scorers.map(({ name, type, weight, threshold }) => ({ name, type, weight, threshold }))).toEqual([
      { name: 'exact', type: 'equals', weight: 2, threshold: undefined },
      { name: 'close', type: 'levenshtein', weight: 1, threshold: 0.8 },
      { name: 'json', type: 'is-json', weight: 0, threshold: undefined },
    ]);
  });

  it('throws a ConfigError naming the first scorer in suite order that cannot be built', async () => {
    const failing = createScorers(
      named([
        { name: 'fine', type: 'is-json' },
        { name: 'bad-pattern', type: 'regex', pattern: '[' },
        { name: 'bad-judge', type: 'judge', rubric: 'r', target: 'missing' },
      ]),
      scorerContext(),
    );
    await expect(failing).rejects.toBeInstanceOf(ConfigError);
    await expect(failing).rejects.toThrow(
      'scorer bad-pattern: pattern: invalid regular expression /[/: Invalid regular expression: /[/: Unterminated character class',
    );
  });

  it('resolves a judge target once, when the scorer is built', async () => {
    const judge = fakeJudge(['{"score": 1}', '{"score": 0}']);
    let resolutions = 0;
    const [scorer] = await createScorers(
      named([{ name: 'judge', type: 'judge', rubric: 'r', target: 'grader' }]),
      scorerContext({
        resolveTarget: async () => {
          resolutions++;
          return judge.invoker;
        },
      }),
    );
    await scorer!.score(scoreInput({ output: 'a' }));
    await scorer!.score(scoreInput({ output: 'b' }));
    expect(resolutions).toBe(1);
    expect(judge.calls).toHaveLength(2);
  });
});

describe('scoreOutput', () => {
  it('takes the weighted mean over weight > 0 scorers; weight 0 reports without deciding', async () => {
    const scored = await scoreOutput(
      [fixed('a', 3, 1, true), fixed('b', 1, 0.2, true, true), fixed('c', 0, 0, false)],
      scoreInput(),
    );
    expect(scored.score).toBeCloseTo((3 * 1 + 1 * 0.2) / 4, 12);
    expect(scored.pass).toBe(true);
    expect(scored.error).toBeNull();
    expect(scored.scores).toEqual([
      { name: 'a', type: 'javascript', weight: 3, value: 1, pass: true, reason: 'a says 1' },
      { name: 'b', type: 'javascript', weight: 1, value: 0.2, pass: true, reason: 'b says 0.2' },
      { name: 'c', type: 'javascript', weight: 0, value: 0, pass: false, reason: 'c says 0' },
    ]);
  });

  it('fails when any weight > 0 scorer fails', async () => {
    const scored = await scoreOutput([fixed('a', 1, 1, true), fixed('b', 1, 0, false)], scoreInput());
    expect(scored).toMatchObject({ score: 0.5, pass: false, error: null });
  });

  it('passes with a null score when there are no scorers, or only weight 0 ones', async () => {
    expect(await scoreOutput([], scoreInput())).toEqual({ scores: [], score: null, pass: true, error: null });
    expect(await scoreOutput([fixed('info', 0, 0, false)], scoreInput())).toMatchObject({
      score: null,
      pass: true,
    });
  });

  it('keeps the other scores when a scorer throws, sync or async', async () => {
    const syncThrow: Scorer = {
      name: 'broken',
      type: 'equals',
      weight: 1,
      score: () => {
        throw new Error('boom');
      },
    };
    const asyncThrow: Scorer = {
      name: 'flaky',
      type: 'judge',
      weight: 0,
      score: async () => Promise.reject(new Error('timeout')),
    };
    const scored = await scoreOutput(
      [fixed('a', 1, 0.8, true), syncThrow, asyncThrow, fixed('b', 1, 0.4, true)],
      scoreInput(),
    );
    expect(scored.scores.map((s) => s.name)).toEqual(['a', 'b']);
    expect(scored.score).toBeCloseTo(0.6, 12);
    expect(scored.pass).toBe(false);
    expect(scored.error).toBe('scorer broken failed: boom; scorer flaky failed: timeout');
  });

  it('turns a value outside [0, 1] into that scorer’s error', async () => {
    const scored = await scoreOutput([fixed('wild', 1, 1.5, true), fixed('a', 1, 1, true)], scoreInput());
    expect(scored.error).toBe('scorer wild failed: value 1.5 is outside [0, 1]');
    expect(scored.scores.map((s) => s.name)).toEqual(['a']);
  });

  it('names the scorer when a case has no expected value', async () => {
    const scorers = await createScorers(named([{ name: 'exact', type: 'equals' }]), scorerContext());
    expect((await scoreOutput(scorers, scoreInput({ output: 'x' }))).error).toBe(
      'scorer exact failed: case has no expected value; give the case an `expected` or the scorer a `value`',
    );
  });

  it('scores 10,000 outputs with deterministic scorers quickly', async () => {
    const scorers = await createScorers(
      named([
        { name: 'exact', type: 'equals' },
        { name: 'mentions', type: 'contains', all: ['{{ city }}', 'capital'], ignoreCase: true },
        { name: 'shape', type: 'regex', pattern: '^The capital of {{ country }} is' },
        { name: 'close', type: 'levenshtein' },
        { name: 'short', type: 'javascript', expression: 'output.length < 200' },
      ]),
      scorerContext(),
    );
    const started = performance.now();
    let passed = 0;
    for (let i = 0; i < 10_000; i++) {
      const country = `Country ${i % 500}`;
      const city = `City ${i}`;
      const scored = await scoreOutput(
        scorers,
        scoreInput({
          output: `The capital of ${country} is ${city}.`,
          vars: { country, city },
          expected: `The capital of ${country} is ${city}.`,
        }),
      );
      if (scored.pass) passed++;
    }
    expect(passed).toBe(10_000);
    expect(performance.now() - started).toBeLessThan(10_000); // a guard against per-output setup, not a benchmark
  });
});
