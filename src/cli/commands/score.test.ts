import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusBleu, corpusChrf, rouge, squad } from '../../metrics/index.js';
import { runMain } from '../test-helpers/capture-io.js';

const dir = mkdtempSync(join(tmpdir(), 'gt-score-'));
const hyps = [
  'The cat sat on the mat.',
  'A quick brown fox jumps over the lazy dog',
  'Paris is the capital of France',
];
const refsA = [
  'The cat is on the mat.',
  'The quick brown fox jumped over the lazy dog',
  'The capital of France is Paris',
];
const refsB = ['There is a cat on the mat.', 'A fast brown fox leaps over a lazy dog', 'Paris'];
const file = (name: string, lines: string[], eol = '\n') => {
  const path = join(dir, name);
  writeFileSync(path, lines.join(eol) + eol);
  return path;
};
const hyp = file('hyp.txt', hyps);
const refA = file('ref-a.txt', refsA, '\r\n');
const refB = file('ref-b.txt', refsB);
const both = hyps.map((_, i) => [refsA[i]!, refsB[i]!]);

function score(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return runMain(['score', ...args], dir);
}

describe('groundtruth score', () => {
  it('bleu over line-aligned files with two references equals corpusBleu', async () => {
    const res = await score(['bleu', '--hyp', hyp, '--ref', refA, '--ref', refB, '--json']);
    expect(res.code).toBe(0);
    const json = JSON.parse(res.out) as { score: number; signature: string; sysLen: number };
    const expected = corpusBleu(hyps, both);
    expect(json.score).toBe(expected.score);
    expect(json.sysLen).toBe(expected.sysLen);
    expect(json.signature).toBe('nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp');
    const text = await score(['bleu', '--hyp', hyp, '--ref', refA, '--ref', refB]);
    expect(text.out).toMatch(new RegExp(`^BLEU = ${expected.score.toFixed(2)} `));
  });

  it('chrf++ and options reach the metric', async () => {
    const res = await score([
      'chrf',
      '--hyp',
      hyp,
      '--ref',
      refA,
      '--word-order',
      '2',
      '--lowercase',
      '--json',
    ]);
    const json = JSON.parse(res.out) as { name: string; score: number };
    expect(json.name).toBe('chrF2++');
    expect(json.score).toBe(
      corpusChrf(
        hyps,
        refsA.map((r) => [r]),
        { wordOrder: 2, lowercase: true },
      ).score,
    );
  });

  it('rouge: the mean over lines per type', async () => {
    const res = await score([
      'rouge',
      '--hyp',
      hyp,
      '--ref',
      refA,
      '--types',
      'rouge1,rougeL',
      '--stemmer',
      '--json',
    ]);
    const json = JSON.parse(res.out) as { scores: Record<string, { fmeasure: number }> };
    const mean =
      hyps.reduce(
        (s, h, i) => s + rouge(h, refsA[i]!, { types: ['rougeL'], stemmer: true }).rougeL!.fmeasure,
        0,
      ) / 3;
    expect(json.scores.rougeL!.fmeasure).toBeCloseTo(mean, 12);
    expect(Object.keys(json.scores)).toEqual(['rouge1', 'rougeL']);
  });

  it('squad: exact match and F1 in percent, best over references', async () => {
    const res = await score(['squad', '--hyp', hyp, '--ref', refA, '--ref', refB, '--json']);
    const json = JSON.parse(res.out) as { exact_match: number; f1: number };
    const f1 = hyps.reduce((s, h, i) => s + squad(h, both[i]!).f1, 0);
    expect(json.f1).toBeCloseTo((100 * f1) / 3, 12);
    expect(json.exact_match).toBe(0);
  });

  it('refuses misaligned, missing and unknown input with exit 2', async () => {
    const short = file('short.txt', ['only one line']);
    const misaligned = await score(['bleu', '--hyp', hyp, '--ref', short]);
    expect(misaligned.code).toBe(2);
    expect(misaligned.err).toMatch(
      /short\.txt has 1 lines but .*hyp\.txt has 3: the files must be line-aligned/,
    );
    const missing = await score(['bleu', '--hyp', join(dir, 'nope.txt'), '--ref', refA]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read the hypothesis file .*nope\.txt: ENOENT/);
    const unknown = await score(['meteor', '--hyp', hyp, '--ref', refA]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Allowed choices are bleu, chrf, rouge, squad/);
    const badType = await score(['rouge', '--hyp', hyp, '--ref', refA, '--types', 'rougeX']);
    expect(badType.code).toBe(2);
    expect(badType.err).toMatch(/--types/);
  });
});
