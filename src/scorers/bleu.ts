// bleu: sentence BLEU of the output against the reference(s) (`value`, a template or a list; default the
// case's expected, a string or a list of strings), exactly as sacrebleu.sentence_bleu, as a value in
// [0, 1] (BLEU / 100). Each score keeps its sufficient statistics, so the run summary reports corpus
// BLEU from their sum, as sacreBLEU does, rather than a mean of sentence scores. Without a
// `threshold` it only reports: sentence-level BLEU is too noisy to gate one output on.
import type { ScorerConfigOf } from '../core/index.js';
import {
  type BleuOptions,
  type BleuStatistics,
  bleuFromStatistics,
  bleuStatistics,
} from '../metrics/bleu.js';
import { lazyScope, referencesValue } from './text.js';
import type { ScoreFn, ScorerFactory } from './types.js';

function bleuOptions(config: ScorerConfigOf<'bleu'>): BleuOptions {
  const options: BleuOptions = {
    tokenize: config.tokenize,
    smooth: config.smooth,
    lowercase: config.lowercase,
    maxNgramOrder: config.maxNgramOrder,
  };
  if (config.smoothValue !== undefined) options.smoothValue = config.smoothValue;
  return options;
}

/** Statistics as one flat array: sysLen, refLen, then correct and total per order. */
function flatten(stats: BleuStatistics): number[] {
  return [stats.sysLen, stats.refLen, ...stats.correct, ...stats.total];
}

function unflatten(flat: readonly number[], order: number): BleuStatistics {
  return {
    sysLen: flat[0]!,
    refLen: flat[1]!,
    correct: flat.slice(2, 2 + order),
    total: flat.slice(2 + order, 2 + 2 * order),
  };
}

export const bleuScorer: ScorerFactory<'bleu'> = (config): ScoreFn => {
  const referencesOf = referencesValue(config.value);
  const options = bleuOptions(config);
  // sacrebleu.sentence_bleu: effective order on.
  const sentence: BleuOptions = { ...options, effectiveOrder: true };
  return (input) => {
    const references = referencesOf(input, lazyScope(input));
    const stats = bleuStatistics(input.output, references, options);
    const bleu = bleuFromStatistics(stats, sentence);
    const precisions = bleu.precisions.map((p) => p.toFixed(1)).join('/');
    return {
      value: bleu.score / 100,
      pass: true,
      reason: `BLEU ${bleu.score.toFixed(2)} (${precisions}, BP ${bleu.bp.toFixed(3)}, ${references.length} reference${references.length === 1 ? '' : 's'})`,
      statistics: flatten(stats),
    };
  };
};

/** Corpus BLEU / 100 from the summed statistics of a run's results (sacreBLEU's corpus defaults). */
export function bleuCorpus(config: ScorerConfigOf<'bleu'>): (sum: readonly number[]) => number {
  const options = bleuOptions(config);
  return (sum) => bleuFromStatistics(unflatten(sum, config.maxNgramOrder), options).score / 100;
}
