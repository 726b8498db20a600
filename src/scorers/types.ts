// The contract every scorer implements.
import type {
  Case,
  RenderedPrompt,
  ScoreOutcome,
  ScorerConfigOf,
  ScorerType,
  TargetConfigInput,
  TokenUsage,
} from '../core/index.js';
import type { TargetInvoker } from '../targets/types.js';

/** Everything a scorer may look at for one output. */
export interface ScoreInput {
  output: string;
  prompt: RenderedPrompt;
  case: Case;
  vars: Record<string, unknown>;
  expected: unknown;
  targetId: string;
  latencyMs: number;
  tokenUsage?: TokenUsage;
  cost?: number;
  signal?: AbortSignal;
}

export type ScoreFn = (input: ScoreInput) => ScoreOutcome | Promise<ScoreOutcome>;

export interface ScorerContext {
  /** Relative paths (modules, schema files) resolve against this folder: the suite's. */
  baseDir: string;
  /** A judge's model: a target id of the suite, or an inline target config. */
  resolveTarget(ref: string | TargetConfigInput): Promise<TargetInvoker>;
}

export type ScorerFactory<T extends ScorerType> = (
  config: ScorerConfigOf<T>,
  context: ScorerContext,
) => ScoreFn | Promise<ScoreFn>;
