// contains: the output contains a text (`value`, default the case's expected, as JSON text when it is
// not a string), every one of `all`, or at least one of `any`. Every text is a template rendered per output.
//
// - value / all: value = share of the texts found, pass = all found; the reason names the missing ones.
// - any: value 1 when one is found, else 0; the reason names the first found, or lists all.
// - `ignoreCase` folds case without a locale.
import type { ScoreOutcome } from '../core/index.js';
import { foldCase, lazyScope, preview, type TextValue, textValue } from './text.js';
import type { ScoreFn, ScorerFactory } from './types.js';

const LISTED = 5;

export const containsScorer: ScorerFactory<'contains'> = (config): ScoreFn => {
  const fold = config.ignoreCase ? foldCase : (text: string) => text;
  const needles: TextValue[] = config.all
    ? config.all.map((source, i) => textValue(source, `all[${i}]`))
    : config.any
      ? config.any.map((source, i) => textValue(source, `any[${i}]`))
      : [textValue(config.value)];
  const mode = config.any ? 'any' : 'all';

  return (input): ScoreOutcome => {
    const scope = lazyScope(input);
    const haystack = fold(input.output);
    const texts = needles.map((needle) => needle(input, scope));
    if (mode === 'any') {
      const found = texts.find((text) => haystack.includes(fold(text)));
      return found === undefined
        ? { value: 0, pass: false, reason: `output contains none of ${list(texts)}` }
        : { value: 1, pass: true, reason: `output contains ${preview(found)}` };
    }
    const missing = texts.filter((text) => !haystack.includes(fold(text)));
    if (missing.length === 0) return { value: 1, pass: true, reason: `output contains ${list(texts)}` };
    return {
      value: (texts.length - missing.length) / texts.length,
      pass: false,
      reason: `output is missing ${list(missing)}`,
    };
  };
};

function list(texts: string[]): string {
  const shown = texts.slice(0, LISTED).map((text) => preview(text, 60));
  const more = texts.length > LISTED ? ` and ${texts.length - LISTED} more` : '';
  return shown.join(', ') + more;
}
