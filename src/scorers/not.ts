// not: negates another scorer. Value 1 − v, pass = !pass, the reason prefixed with "not: ". An inner
// scorer that cannot score (throws) stays an error: negating "could not tell" must not pass.
// The inner scorer gets its threshold applied first; `not`'s own threshold then applies to 1 − v.
import type { ScoreOutcome, ScorerConfigOf } from '../core/index.js';
import type { ScoreFn, ScorerContext, ScorerFactory } from './types.js';

export type NegatedScorerConfig = ScorerConfigOf<'not'>['scorer'];

/** `createInner` builds the inner scorer through the registry, which this file cannot import (cycle). */
export function notScorer(
  createInner: (config: NegatedScorerConfig, context: ScorerContext) => Promise<ScoreFn>,
): ScorerFactory<'not'> {
  return async (config, context): Promise<ScoreFn> => {
    const inner = await createInner(config.scorer, context);
    const negate = (outcome: ScoreOutcome): ScoreOutcome => ({
      value: 1 - outcome.value,
      pass: !outcome.pass,
      reason: `not: ${outcome.reason}`,
      // Negating a judge's verdict still paid for the judge.
      ...(outcome.usage ? { usage: outcome.usage } : {}),
    });
    return (input) => {
      const outcome = inner(input);
      return outcome instanceof Promise ? outcome.then(negate) : negate(outcome);
    };
  };
}
