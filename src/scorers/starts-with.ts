// starts-with: the output begins with a text (`value`, a template; default the case's expected, as JSON
// text when it is not a string).
// Exact: leading whitespace counts. `ignoreCase` folds case without a locale. Value 1 or 0.
import { foldCase, lazyScope, preview, textValue } from './text.js';
import type { ScoreFn, ScorerFactory } from './types.js';

export const startsWithScorer: ScorerFactory<'starts-with'> = (config): ScoreFn => {
  const prefixOf = textValue(config.value);
  const fold = config.ignoreCase ? foldCase : (text: string) => text;
  return (input) => {
    const prefix = prefixOf(input, lazyScope(input));
    if (fold(input.output).startsWith(fold(prefix))) {
      return { value: 1, pass: true, reason: `output starts with ${preview(prefix)}` };
    }
    const head = input.output.slice(0, Math.max(prefix.length, 1));
    return {
      value: 0,
      pass: false,
      reason: `expected the output to start with ${preview(prefix)}, it starts with ${preview(head)}`,
    };
  };
};
