// levenshtein: normalised edit similarity (1 − distance / longer length, in code points) between the
// trimmed output and a text (`value`, a template; default the case's expected, as JSON text when it is not
// a string). Pass when the similarity reaches `threshold` (default 0.8). Surrounding whitespace is
// ignored: models often add a newline.
import { levenshteinSimilarity } from '../metrics/similarity.js';
import { foldCase, formatNumber, lazyScope, preview, textValue } from './text.js';
import type { ScoreFn, ScorerFactory } from './types.js';

export const levenshteinScorer: ScorerFactory<'levenshtein'> = (config): ScoreFn => {
  const referenceOf = textValue(config.value);
  const fold = config.ignoreCase ? foldCase : (text: string) => text;
  const { threshold } = config;
  return (input) => {
    const reference = referenceOf(input, lazyScope(input));
    const similarity = levenshteinSimilarity(fold(input.output.trim()), fold(reference.trim()));
    const pass = similarity >= threshold;
    return {
      value: similarity,
      pass,
      reason: `similarity ${formatNumber(similarity)} to ${preview(reference, 60)} is ${pass ? '>=' : '<'} threshold ${threshold}`,
    };
  };
};
