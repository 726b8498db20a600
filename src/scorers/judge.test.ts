import { describe, expect, it } from 'vitest';
import type { ScoreOutcome, TargetConfigInput, TargetResponse } from '../core/index.js';
import {
  buildScorer,
  fakeJudge,
  scoreError,
  scoreInput,
  scorerContext,
  targetError,
} from './test-helpers/index.js';

async function judgeWith(
  replies: Array<string | Error | TargetResponse>,
  config: Record<string, unknown> = {},
) {
  const judge = fakeJudge(replies);
  const resolved: Array<string | TargetConfigInput> = [];
  const context = scorerContext({
    resolveTarget: async (ref) => {
      resolved.push(ref);
      return judge.invoker;
    },
  });
  const scorer = await buildScorer(
    { type: 'judge', rubric: 'Answers {{ question }} correctly', target: 'judge-model', ...config },
    context,
  );
  return { scorer, calls: judge.calls, resolved };
}

/** The verdict without the judge's usage, which its own test checks. */
function verdictOf(outcome: ScoreOutcome): Omit<ScoreOutcome, 'usage'> {
  const { usage: _, ...verdict } = outcome;
  return verdict;
}

const input = { output: 'Paris', vars: { question: 'the capital of France' }, expected: 'Paris' };

describe('judge', () => {
  it('sends the built-in prompt as text and one user message, and reads a JSON verdict', async () => {
    const { scorer, calls, resolved } = await judgeWith([
      '{"reason": "correct city", "score": 0.9, "pass": true}',
    ]);
    const signal = new AbortController().signal;
    expect(verdictOf(await scorer.score({ ...scoreInput(input), signal }))).toEqual({
      value: 0.9,
      pass: true,
      reason: 'correct city',
    });
    expect(resolved).toEqual(['judge-model']);
    expect(calls).toHaveLength(1);
    const text = calls[0]!.prompt.text;
    expect(calls[0]!.messages).toEqual([{ role: 'user', content: text }]);
    expect(calls[0]!.signal).toBe(signal);
    expect(text).toContain('<rubric>\nAnswers the capital of France correctly\n</rubric>');
    expect(text).toContain('<reference>\nParis\n</reference>');
    expect(text).toContain('<output>\nParis\n</output>');
    expect(text).toContain(
      '{"reason": "<one or two sentences>", "score": <a number from 0 to 1>, "pass": <true or false>}',
    );
  });

  it('leaves the reference out when the case has no expected value', async () => {
    const { scorer, calls } = await judgeWith(['{"pass": true}']);
    await scorer.score(scoreInput({ output: 'x', vars: { question: 'q' } }));
    expect(calls[0]!.prompt.text).not.toContain('<reference>');
  });

  it('reads fenced JSON, JSON in prose and a numeric-string score', async () => {
    const fenced = await judgeWith(['```json\n{"reason": "fine", "score": 1, "pass": true}\n```']);
    expect(verdictOf(await fenced.scorer.score(scoreInput(input)))).toEqual({
      value: 1,
      pass: true,
      reason: 'fine',
    });
    const prose = await judgeWith([
      'Sure. Here is my verdict: {"reason": "wrong city", "score": 0.1} Hope it helps!',
    ]);
    expect(verdictOf(await prose.scorer.score(scoreInput(input)))).toEqual({
      value: 0.1,
      pass: false,
      reason: 'wrong city',
    });
    const numeric = await judgeWith(['{"reason": "mostly", "score": "0.75"}']);
    expect(verdictOf(await numeric.scorer.score(scoreInput(input)))).toEqual({
      value: 0.75,
      pass: true,
      reason: 'mostly',
    });
  });

  it('scores 1 or 0 from pass alone', async () => {
    const { scorer } = await judgeWith(['{"reason": "no", "verdict": "fail"}']);
    expect(verdictOf(await scorer.score(scoreInput(input)))).toEqual({ value: 0, pass: false, reason: 'no' });
  });

  it('lets the threshold decide when the judge gives a score, and says when it disagreed', async () => {
    const { scorer } = await judgeWith(['{"reason": "meh", "score": 0.6, "pass": false}'], {
      threshold: 0.5,
    });
    expect(verdictOf(await scorer.score(scoreInput(input)))).toEqual({
      value: 0.6,
      pass: true,
      reason: 'meh (the judge said fail, but its score 0.6 is >= threshold 0.5)',
    });
    const strict = await judgeWith(['{"reason": "meh", "score": 0.6}'], { threshold: 0.7 });
    expect(await strict.scorer.score(scoreInput(input))).toMatchObject({ value: 0.6, pass: false });
  });

  it('asks again with the format when the reply is unreadable, and counts the calls', async () => {
    const { scorer, calls } = await judgeWith([
      'Looks right to me!',
      '{"reason": "correct", "score": 1, "pass": true}',
    ]);
    expect(verdictOf(await scorer.score(scoreInput(input)))).toEqual({
      value: 1,
      pass: true,
      reason: 'correct',
    });
    expect(calls).toHaveLength(2);
    const retry = calls[1]!;
    expect(calls[0]!.messages).toHaveLength(1);
    expect(retry.messages).toHaveLength(3);
    expect(retry.messages[0]).toEqual(calls[0]!.messages[0]);
    expect(retry.messages[1]).toEqual({ role: 'assistant', content: 'Looks right to me!' });
    expect(retry.messages[2]).toEqual({
      role: 'user',
      content:
        'I could not read your verdict: the reply holds no JSON object. Reply again with only this JSON object and no other text:\n{"reason": "<one or two sentences>", "score": <a number from 0 to 1>, "pass": <true or false>}',
    });
    expect(retry.prompt.text).toBe(JSON.stringify(retry.messages));
  });

  it("adds up the judge's tokens and cost over its replies, re-asks included", async () => {
    const { scorer } = await judgeWith([
      { output: 'Looks right to me!', tokenUsage: { prompt: 120, completion: 5, total: 125 }, cost: 0.0002 },
      {
        output: '{"reason": "correct", "score": 1}',
        tokenUsage: { prompt: 150, completion: 12 },
        cost: 0.0003,
      },
    ]);
    const outcome = await scorer.score(scoreInput(input));
    expect(outcome.usage).toEqual({
      calls: 2,
      tokens: { prompt: 270, completion: 17, total: 125 + 162 },
      cost: 0.0002 + 0.0003,
    });
    // A judge that reports nothing still counts its calls.
    const silent = await judgeWith(['{"pass": true}']);
    expect((await silent.scorer.score(scoreInput(input))).usage).toEqual({
      calls: 1,
      tokens: { prompt: 0, completion: 0, total: 0 },
      cost: 0,
    });
  });

  it('fails with the raw reply after its retries, truncated to 1000 characters', async () => {
    const { scorer, calls } = await judgeWith(['I like it.', 'Still no JSON, sorry: score 9/10']);
    expect(await scoreError(scorer, input)).toBe(
      'judge judge-model gave no usable verdict after 2 replies (the reply holds no JSON object); last reply: Still no JSON, sorry: score 9/10',
    );
    expect(calls).toHaveLength(2);

    const long = 'x'.repeat(5000);
    const once = await judgeWith([long], { parseRetries: 0 });
    const message = await scoreError(once.scorer, input);
    expect(message).toBe(
      `judge judge-model gave no usable verdict after 1 reply (the reply holds no JSON object); last reply: ${'x'.repeat(1000)}…`,
    );
    expect(once.calls).toHaveLength(1);
  });

  it('turns a failing judge call into a scorer error', async () => {
    const { scorer } = await judgeWith([targetError('HTTP 500: overloaded')]);
    expect(await scoreError(scorer, input)).toBe('judge judge-model failed: HTTP 500: overloaded');
  });

  it('renders a custom prompt over rubric, output, vars, expected and case', async () => {
    const { scorer, calls } = await judgeWith(['{"pass": true}'], {
      prompt:
        '[{{ case.id }}] {{ rubric }} | {{ question }} | {{ vars.question }} | {{ expected }} | {{ output }}',
    });
    await scorer.score(scoreInput(input));
    expect(calls[0]!.prompt.text).toBe(
      '[case-1] Answers the capital of France correctly | the capital of France | the capital of France | Paris | Paris',
    );
  });

  it('passes an inline target config to resolveTarget, and reports a bad rubric at creation', async () => {
    const target = { type: 'openai', model: 'gpt-4o-mini' } as const;
    const { resolved } = await judgeWith(['{"pass": true}'], { target });
    expect(resolved).toEqual([expect.objectContaining({ type: 'openai', model: 'gpt-4o-mini' })]);
    await expect(judgeWith([], { rubric: '{{ unclosed' })).rejects.toThrow(
      'scorer judge: rubric: template error: expected variable end',
    );
  });
});
