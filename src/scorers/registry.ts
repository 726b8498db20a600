// The scorer registry: every scorer type mapped to its factory (adding a scorer is one file and one
// line here), building the suite's scorers once, and scoring one output with all of them.
import {
  ConfigError,
  errorMessage,
  GroundtruthError,
  type NamedScorer,
  type Score,
  type ScoreOutcome,
  type ScorerConfig,
  type ScorerConfigOf,
  type ScorerType,
} from '../core/index.js';
import { bleuCorpus, bleuScorer } from './bleu.js';
import { chrfCorpus, chrfScorer } from './chrf.js';
import { containsScorer } from './contains.js';
import { costScorer } from './cost.js';
import { equalsScorer } from './equals.js';
import { isJsonScorer } from './is-json.js';
import { javascriptScorer } from './javascript.js';
import { jsonSchemaScorer } from './json-schema.js';
import { judgeScorer } from './judge.js';
import { latencyScorer } from './latency.js';
import { levenshteinScorer } from './levenshtein.js';
import { notScorer } from './not.js';
import { regexScorer } from './regex.js';
import { rougeScorer } from './rouge.js';
import { squadEmScorer, squadF1Scorer } from './squad.js';
import { startsWithScorer } from './starts-with.js';
import { formatNumber } from './text.js';
import type { ScoreFn, ScoreInput, ScorerContext, ScorerFactory } from './types.js';

/** A mapped type: a scorer type without a factory is a compile error. */
export type ScorerFactories = { [T in ScorerType]: ScorerFactory<T> };

export const scorerFactories: ScorerFactories = {
  equals: equalsScorer,
  contains: containsScorer,
  regex: regexScorer,
  'starts-with': startsWithScorer,
  'is-json': isJsonScorer,
  'json-schema': jsonSchemaScorer,
  levenshtein: levenshteinScorer,
  javascript: javascriptScorer,
  latency: latencyScorer,
  cost: costScorer,
  judge: judgeScorer,
  bleu: bleuScorer,
  chrf: chrfScorer,
  rouge: rougeScorer,
  'squad-em': squadEmScorer,
  'squad-f1': squadF1Scorer,
  not: notScorer(createScoreFn),
};

/** Corpus-level metrics: how a run's summed score statistics become one figure. */
type CorpusFunctions = {
  [T in ScorerType]?: (config: ScorerConfigOf<T>) => (sum: readonly number[]) => number;
};

export const corpusFunctions: CorpusFunctions = { bleu: bleuCorpus, chrf: chrfCorpus };

function corpusFor<T extends ScorerType>(
  config: ScorerConfigOf<T>,
): ((sum: readonly number[]) => number) | undefined {
  const build = corpusFunctions[config.type as T] as
    | ((c: ScorerConfigOf<T>) => (sum: readonly number[]) => number)
    | undefined;
  return build?.(config);
}

/** A scorer built from its config, ready to score outputs. */
export interface Scorer {
  name: string;
  type: ScorerType;
  weight: number;
  threshold?: number;
  score: ScoreFn;
  /** Corpus metrics only: the run-level value from the sum of the scores' statistics. */
  corpus?: (sum: readonly number[]) => number;
}

/** Everything the scorers said about one output. */
export interface ScoredOutput {
  /** One per scorer that produced a score, in suite order; a scorer that threw has none. */
  scores: Score[];
  /** Weighted mean of the values of the weight > 0 scorers; null when there are none. */
  score: number | null;
  /** Every weight > 0 scorer passed (a scorer that threw did not); true with no scorers. */
  pass: boolean;
  /** `scorer <name> failed: <message>` for each scorer that threw, joined by "; "; else null. */
  error: string | null;
}

function factoryFor<T extends ScorerType>(type: T): ScorerFactory<T> {
  return scorerFactories[type];
}

/** Builds one scorer's function; `threshold`, when set, decides pass as value >= threshold. */
export async function createScoreFn(config: ScorerConfig, context: ScorerContext): Promise<ScoreFn> {
  const score = await factoryFor(config.type)(config, context);
  return config.threshold === undefined ? score : withThreshold(score, config.threshold);
}

function withThreshold(score: ScoreFn, threshold: number): ScoreFn {
  const apply = (outcome: ScoreOutcome): ScoreOutcome => {
    const pass = outcome.value >= threshold;
    if (pass === outcome.pass) return outcome;
    const comparison = `${formatNumber(outcome.value)} ${pass ? '>=' : '<'} threshold ${threshold}`;
    return { ...outcome, pass, reason: `${outcome.reason}; ${comparison}` };
  };
  return (input) => {
    const outcome = score(input);
    return outcome instanceof Promise ? outcome.then(apply) : apply(outcome);
  };
}

/**
 * Builds the suite's scorers once (templates, schemas, modules, judge targets). A config that cannot
 * be built is a ConfigError naming the scorer; when several fail, the first in suite order is thrown.
 */
export async function createScorers(configs: NamedScorer[], context: ScorerContext): Promise<Scorer[]> {
  const built = await Promise.allSettled(configs.map((config) => createScoreFn(config, context)));
  return built.map((outcome, i) => {
    const config = configs[i]!;
    if (outcome.status === 'rejected') {
      const err: unknown = outcome.reason;
      throw new ConfigError(`scorer ${config.name}: ${errorMessage(err)}`, undefined, {
        cause: err,
        ...(err instanceof GroundtruthError && err.hint !== undefined ? { hint: err.hint } : {}),
      });
    }
    const scorer: Scorer = {
      name: config.name,
      type: config.type,
      weight: config.weight,
      score: outcome.value,
    };
    if (config.threshold !== undefined) scorer.threshold = config.threshold;
    const corpus = corpusFor(config);
    if (corpus) scorer.corpus = corpus;
    return scorer;
  });
}

type Settled = { scorer: Scorer; outcome: ScoreOutcome } | { scorer: Scorer; error: string };

/** Runs every scorer on one output (concurrently: judges are slow). A scorer that throws loses only its own score. */
export async function scoreOutput(scorers: Scorer[], input: ScoreInput): Promise<ScoredOutput> {
  const pending = scorers.map((scorer) => settle(scorer, input));
  const settled = pending.some((item) => item instanceof Promise)
    ? await Promise.all(pending)
    : (pending as Settled[]);

  const scores: Score[] = [];
  const errors: string[] = [];
  let weightedSum = 0;
  let totalWeight = 0;
  let pass = true;
  for (const item of settled) {
    const { scorer } = item;
    if ('error' in item) {
      errors.push(item.error);
      if (scorer.weight > 0) pass = false;
      continue;
    }
    const { value, pass: passed, reason, statistics, usage } = item.outcome;
    const score: Score = {
      name: scorer.name,
      type: scorer.type,
      weight: scorer.weight,
      value,
      pass: passed,
      reason,
    };
    if (statistics) score.statistics = statistics;
    if (usage) score.usage = usage;
    scores.push(score);
    if (scorer.weight > 0) {
      weightedSum += scorer.weight * value;
      totalWeight += scorer.weight;
      if (!passed) pass = false;
    }
  }
  return {
    scores,
    score: totalWeight > 0 ? weightedSum / totalWeight : null,
    pass,
    error: errors.length > 0 ? errors.join('; ') : null,
  };
}

function settle(scorer: Scorer, input: ScoreInput): Settled | Promise<Settled> {
  const failed = (err: unknown): Settled => ({
    scorer,
    error: `scorer ${scorer.name} failed: ${errorMessage(err)}`,
  });
  const checked = (outcome: ScoreOutcome): Settled =>
    outcome.value >= 0 && outcome.value <= 1
      ? { scorer, outcome }
      : failed(new Error(`value ${outcome.value} is outside [0, 1]`));
  try {
    const outcome = scorer.score(input);
    return outcome instanceof Promise ? outcome.then(checked, failed) : checked(outcome);
  } catch (err) {
    return failed(err);
  }
}
