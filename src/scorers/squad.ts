// squad-em and squad-f1: the official SQuAD v1.1 exact match and token F1 of the output against the gold
// answer(s) (`value`, a template or a list; default the case's expected, a string or a list of
// strings), the best over the gold answers. squad-em passes on an exact match; squad-f1 only reports
// unless it has a `threshold`.
import { squad } from '../metrics/squad.js';
import { lazyScope, preview, referencesValue } from './text.js';
import type { ScoreFn, ScorerFactory } from './types.js';

export const squadEmScorer: ScorerFactory<'squad-em'> = (config): ScoreFn => {
  const goldOf = referencesValue(config.value);
  return (input) => {
    const gold = goldOf(input, lazyScope(input));
    const { exactMatch } = squad(input.output, gold);
    return {
      value: exactMatch,
      pass: exactMatch === 1,
      reason: exactMatch
        ? 'exact match after SQuAD normalisation'
        : `no exact match with ${preview(gold[0]!, 60)}${gold.length > 1 ? ` or ${gold.length - 1} more` : ''}`,
    };
  };
};

export const squadF1Scorer: ScorerFactory<'squad-f1'> = (config): ScoreFn => {
  const goldOf = referencesValue(config.value);
  return (input) => {
    const gold = goldOf(input, lazyScope(input));
    const { f1 } = squad(input.output, gold);
    return {
      value: f1,
      pass: true,
      reason: `token F1 ${f1.toFixed(3)} (best of ${gold.length} gold answer${gold.length === 1 ? '' : 's'})`,
    };
  };
};
