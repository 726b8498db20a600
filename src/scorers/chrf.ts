// chrf: sentence chrF (or chrF++ with wordOrder: 2) of the output against the reference(s) (`value`, a
// template or a list; default the case's expected), exactly as sacreBLEU's CHRF.sentence_score, as a
// value in [0, 1] (chrF / 100). Scores keep their statistics, so the run summary reports corpus chrF
// from their sum, as sacreBLEU does. Without a `threshold` it only reports.
import type { ScorerConfigOf } from '../core/index.js';
import {
  type ChrfOptions,
  type ChrfStatistics,
  chrfFromStatistics,
  chrfStatistics,
} from '../metrics/chrf.js';
import { lazyScope, referencesValue } from './text.js';
import type { ScoreFn, ScorerFactory } from './types.js';

function chrfOptions(config: ScorerConfigOf<'chrf'>): ChrfOptions {
  return {
    charOrder: config.charOrder,
    wordOrder: config.wordOrder,
    beta: config.beta,
    lowercase: config.lowercase,
    whitespace: config.whitespace,
    epsSmoothing: config.epsSmoothing,
  };
}

function flatten(stats: ChrfStatistics): number[] {
  return [...stats.hypothesisNgrams, ...stats.referenceNgrams, ...stats.matchingNgrams];
}

function unflatten(flat: readonly number[]): ChrfStatistics {
  const orders = flat.length / 3;
  return {
    hypothesisNgrams: flat.slice(0, orders),
    referenceNgrams: flat.slice(orders, 2 * orders),
    matchingNgrams: flat.slice(2 * orders),
  };
}

export const chrfScorer: ScorerFactory<'chrf'> = (config): ScoreFn => {
  const referencesOf = referencesValue(config.value);
  const options = chrfOptions(config);
  const name = config.wordOrder > 0 ? 'chrF++' : 'chrF';
  return (input) => {
    const references = referencesOf(input, lazyScope(input));
    const stats = chrfStatistics(input.output, references, options);
    const { score } = chrfFromStatistics(stats, options);
    return {
      value: score / 100,
      pass: true,
      reason: `${name} ${score.toFixed(2)} (${references.length} reference${references.length === 1 ? '' : 's'})`,
      statistics: flatten(stats),
    };
  };
};

/** Corpus chrF / 100 from the summed statistics of a run's results. */
export function chrfCorpus(config: ScorerConfigOf<'chrf'>): (sum: readonly number[]) => number {
  const options = chrfOptions(config);
  return (sum) => chrfFromStatistics(unflatten(sum), options).score / 100;
}
