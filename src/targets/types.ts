// The contract every target implements, and what the runner sees of a target.
import type {
  Case,
  RenderedPrompt,
  TargetConfig,
  TargetConfigOf,
  TargetResponse,
  TargetType,
} from '../core/index.js';

export interface TargetCallInput {
  prompt: RenderedPrompt;
  vars: Record<string, unknown>;
  case: Case;
  /** Aborted on timeout or interruption; implementations pass it to their I/O. */
  signal: AbortSignal;
}

/** One implementation of one target config. `call` makes a single attempt and throws TargetError. */
export interface Target {
  readonly id: string;
  readonly config: TargetConfig;
  /** Whether responses may be reused from the cache unless the config says otherwise. */
  readonly cacheable: boolean;
  call(input: TargetCallInput): Promise<TargetResponse>;
  close?(): Promise<void>;
}

export interface TargetContext {
  /** Relative paths (module, exec cwd) resolve against this folder: the suite's. */
  baseDir: string;
  env: NodeJS.ProcessEnv;
}

export type TargetFactory<T extends TargetType> = (
  config: TargetConfigOf<T>,
  context: TargetContext,
) => Target | Promise<Target>;

/** The outcome of an invocation: the response after retries, with timing. */
export interface Invocation {
  response: TargetResponse;
  /** Duration of the attempt that succeeded. */
  latencyMs: number;
  attempts: number;
}

/**
 * A target wrapped with its timeout, retries (exponential backoff with jitter, Retry-After),
 * concurrency and rate limits, and cost computation. `invoke` throws TargetError once retries are spent.
 */
export interface TargetInvoker {
  readonly id: string;
  readonly config: TargetConfig;
  readonly cacheable: boolean;
  invoke(input: Omit<TargetCallInput, 'signal'> & { signal?: AbortSignal }): Promise<Invocation>;
  close(): Promise<void>;
}
