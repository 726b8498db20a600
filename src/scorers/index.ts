// groundtruth scorers: the registry, the scorer contract and the pieces other modules reuse
// (guardrails, red-team graders, online scoring).
export { ScorerError } from './errors.js';
export type { JavascriptContext } from './javascript.js';
export { type JudgeVerdict, readJudgeVerdict, type VerdictReading } from './judge-verdict.js';
export { escapeRegex } from './regex.js';
export {
  createScoreFn,
  createScorers,
  type ScoredOutput,
  type Scorer,
  type ScorerFactories,
  scoreOutput,
  scorerFactories,
} from './registry.js';
export type { ScoreFn, ScoreInput, ScorerContext, ScorerFactory } from './types.js';
