// rouge: one ROUGE variant (rouge1..rouge9, rougeL, rougeLsum) of the output against the reference(s)
// (`value`, a template or a list; default the case's expected), exactly as Google's rouge-score (best
// F-measure over several references, as score_multi). The value is the chosen `measure` (fmeasure by
// default). Without a `threshold` it only reports.
import { createRougeScorer } from '../metrics/rouge.js';
import { lazyScope, referencesValue } from './text.js';
import type { ScoreFn, ScorerFactory } from './types.js';

export const rougeScorer: ScorerFactory<'rouge'> = (config): ScoreFn => {
  const referencesOf = referencesValue(config.value);
  const score = createRougeScorer({ types: [config.variant], stemmer: config.stemmer });
  const { variant, measure } = config;
  return (input) => {
    const references = referencesOf(input, lazyScope(input));
    const result = score(input.output, references)[variant]!;
    return {
      value: result[measure],
      pass: true,
      reason: `${variant} P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)} F ${result.fmeasure.toFixed(3)}`,
    };
  };
};
