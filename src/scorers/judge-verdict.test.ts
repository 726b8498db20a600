import { describe, expect, it } from 'vitest';
import { readJudgeVerdict } from './judge-verdict.js';

describe('readJudgeVerdict', () => {
  it('reads a bare JSON object', () => {
    expect(readJudgeVerdict('{"reason": "cites the source", "score": 0.8, "pass": true}')).toEqual({
      ok: true,
      verdict: { reason: 'cites the source', score: 0.8, pass: true },
    });
  });

  it('reads JSON in a code fence and inside prose, skipping braces in strings', () => {
    expect(readJudgeVerdict('```json\n{"reason": "ok", "score": 1}\n```')).toEqual({
      ok: true,
      verdict: { reason: 'ok', score: 1 },
    });
    expect(
      readJudgeVerdict(
        'Let me think about {this}. My verdict: {"reason": "uses } and { freely", "pass": "FAIL"} done.',
      ),
    ).toEqual({ ok: true, verdict: { reason: 'uses } and { freely', pass: false } });
  });

  it('skips a JSON object without a verdict and takes the next one', () => {
    expect(readJudgeVerdict('Input was {"q": 1}. Verdict: {"verdict": "yes"}')).toEqual({
      ok: true,
      verdict: { reason: '', pass: true },
    });
  });

  it('accepts numeric-string scores and the pass words', () => {
    expect(readJudgeVerdict('{"score": " 0.25 ", "pass": "no"}')).toEqual({
      ok: true,
      verdict: { reason: '', score: 0.25, pass: false },
    });
    for (const [word, pass] of [
      ['pass', true],
      ['Yes', true],
      ['true', true],
      ['fail', false],
      ['NO', false],
      ['false', false],
    ] as const) {
      expect(readJudgeVerdict(JSON.stringify({ pass: word }))).toEqual({
        ok: true,
        verdict: { reason: '', pass },
      });
    }
  });

  it('converts 0-10 and 1-5 scales only when the reply names them', () => {
    expect(readJudgeVerdict('{"score": 7, "scale": 10}')).toEqual({
      ok: true,
      verdict: { reason: '', score: 0.7 },
    });
    expect(readJudgeVerdict('{"score": "4", "max": 5}')).toEqual({
      ok: true,
      verdict: { reason: '', score: 0.75 },
    });
    expect(readJudgeVerdict('{"score": 3, "scale": "1 to 5"}')).toEqual({
      ok: true,
      verdict: { reason: '', score: 0.5 },
    });
    expect(readJudgeVerdict('{"score": 7}')).toEqual({
      ok: false,
      problem: '"score" 7 is outside 0 to 1 and no "scale" says otherwise',
    });
    expect(readJudgeVerdict('{"score": 0, "scale": "1-5"}')).toEqual({
      ok: false,
      problem: '"score" 0 is outside the scale 1 to 5',
    });
    expect(readJudgeVerdict('{"score": 50, "scale": 100}')).toEqual({
      ok: false,
      problem: 'unsupported scale 100; use 0-1, 1-5 or 0-10',
    });
    expect(readJudgeVerdict('{"score": 1, "scale": "constructor"}')).toEqual({
      ok: false,
      problem: 'unsupported scale "constructor"; use 0-1, 1-5 or 0-10',
    });
  });

  it('explains what is missing from an unusable reply', () => {
    expect(readJudgeVerdict('I think it is good.')).toEqual({
      ok: false,
      problem: 'the reply holds no JSON object',
    });
    expect(readJudgeVerdict("{'score': 1}")).toEqual({
      ok: false,
      problem: 'the reply holds no valid JSON object',
    });
    expect(readJudgeVerdict('{"reason": "fine"}')).toEqual({
      ok: false,
      problem: 'the JSON object has neither "score" nor "pass"',
    });
    expect(readJudgeVerdict('{"score": "high"}')).toEqual({
      ok: false,
      problem: '"score" "high" is not a number',
    });
    expect(readJudgeVerdict('{"pass": "maybe"}')).toEqual({
      ok: false,
      problem: '"pass" "maybe" is not true/false, pass/fail or yes/no',
    });
    expect(readJudgeVerdict('{"score": 1, "pass": "constructor"}')).toMatchObject({ ok: false });
  });

  it('treats a null score or pass as absent', () => {
    expect(readJudgeVerdict('{"score": null, "pass": true, "reason": "ok"}')).toEqual({
      ok: true,
      verdict: { reason: 'ok', pass: true },
    });
  });

  it('reads key names in any case and alternative reason keys', () => {
    expect(readJudgeVerdict('{"Score": 0.5, "Reasoning": "half right"}')).toEqual({
      ok: true,
      verdict: { reason: 'half right', score: 0.5 },
    });
  });
});
