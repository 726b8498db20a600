// Test helpers for the scorers: score inputs, configs parsed like the suite loader parses them, and a
// fake judge target that replays scripted replies and records what it was asked.
import type {
  ChatMessage,
  RenderedPrompt,
  ScoreOutcome,
  ScorerConfigInput,
  TargetConfig,
  TargetResponse,
} from '../../core/index.js';
import { ScorerConfigSchema, TargetError } from '../../core/index.js';
import type { Invocation, TargetInvoker } from '../../targets/types.js';
import { createScorers, type Scorer } from '../registry.js';
import type { ScoreInput, ScorerContext } from '../types.js';

export interface InputOptions {
  output?: string;
  vars?: Record<string, unknown>;
  expected?: unknown;
  latencyMs?: number;
  cost?: number;
}

export function scoreInput(options: InputOptions = {}): ScoreInput {
  const vars = options.vars ?? {};
  const input: ScoreInput = {
    output: options.output ?? '',
    prompt: { text: 'the prompt' },
    case: {
      id: 'case-1',
      vars,
      tags: [],
      ...(options.expected !== undefined ? { expected: options.expected } : {}),
    },
    vars,
    expected: options.expected,
    targetId: 'model-a',
    latencyMs: options.latencyMs ?? 10,
  };
  if (options.cost !== undefined) input.cost = options.cost;
  return input;
}

export function scorerContext(overrides: Partial<ScorerContext> = {}): ScorerContext {
  return {
    baseDir: process.cwd(),
    resolveTarget: async (ref) => {
      throw new Error(`no target ${JSON.stringify(ref)} in this test`);
    },
    ...overrides,
  };
}

/** A scorer built from a config as a suite file would write it (defaults applied by the schema). */
export async function buildScorer(config: ScorerConfigInput, context = scorerContext()): Promise<Scorer> {
  const parsed = ScorerConfigSchema.parse(config);
  const [scorer] = await createScorers([{ ...parsed, name: parsed.name ?? parsed.type }], context);
  return scorer!;
}

export async function score(scorer: Scorer, options: InputOptions): Promise<ScoreOutcome> {
  return scorer.score(scoreInput(options));
}

/** The error message a scorer throws for an input. */
export async function scoreError(scorer: Scorer, options: InputOptions): Promise<string> {
  try {
    await scorer.score(scoreInput(options));
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('the scorer did not throw');
}

export interface JudgeCall {
  prompt: RenderedPrompt;
  messages: ChatMessage[];
  signal: AbortSignal | undefined;
}

/** A judge target that answers each call with the next scripted reply (an Error is thrown instead). */
/** A judge target answering `replies` in turn: a text, a whole response (tokens, cost), or an error. */
export function fakeJudge(replies: Array<string | Error | TargetResponse>, id = 'judge-model') {
  const calls: JudgeCall[] = [];
  const config = { type: 'echo', id, timeoutMs: 60_000, maxRetries: 0, gate: true } as TargetConfig;
  const invoker: TargetInvoker = {
    id,
    config,
    cacheable: false,
    async invoke(input): Promise<Invocation> {
      calls.push({ prompt: input.prompt, messages: input.prompt.messages ?? [], signal: input.signal });
      const reply = replies[calls.length - 1];
      if (reply === undefined) throw new Error(`the fake judge has no reply #${calls.length}`);
      if (reply instanceof Error) throw reply;
      const response = typeof reply === 'string' ? { output: reply } : reply;
      return { response, latencyMs: 5, attempts: 1 };
    },
    async close() {},
  };
  return { invoker, calls };
}

export function targetError(message: string): TargetError {
  return new TargetError('judge-model', message, { status: 500 });
}
