// The second pass of a run: the work items still missing, and what one item produces, a target
// call (or a cache hit) and its scores.
import type { Case, RenderedPrompt, Result, Suite } from '../core/index.js';
import { errorMessage, repeatsOf, sliceKeys } from '../core/index.js';
import { type Scorer, scoreOutput } from '../scorers/registry.js';
import { resultKey, type Store } from '../store/types.js';
import { isCacheable, targetCacheKey } from '../targets/index.js';
import type { TargetInvoker } from '../targets/types.js';
import { type RunShape, selected } from './plan.js';
import { renderPrompt } from './render-prompt.js';
import type { ResultWriter } from './result-writer.js';

export interface WorkItem {
  case: Case;
  invoker: TargetInvoker;
  promptId: string;
  rendered: RenderedPrompt;
  repeat: number;
  /** The case's slice keys in this run (tags, source, adversarial, sliceBy fields). */
  slices: string[];
}

/** Second pass: streams cases and yields the results still missing, case by case. */
export async function* planWork(
  cases: AsyncIterable<Case>,
  suite: Pick<Suite, 'prompts' | 'repeatPerTag' | 'sliceBy'>,
  invokers: readonly TargetInvoker[],
  shape: RunShape,
  done: ReadonlySet<string>,
  writer: ResultWriter,
): AsyncGenerator<WorkItem> {
  for await (const c of cases) {
    if (!selected(c, shape.filterTags)) continue;
    const { origin: _origin, ...stored } = c as Case & { origin?: unknown };
    const slices = sliceKeys(c, suite.sliceBy);
    writer.addCase({ ...stored, slices });
    const repeats = repeatsOf(c, shape.repeat, suite.repeatPerTag);
    for (const prompt of suite.prompts) {
      const rendered = renderPrompt(prompt, c.vars);
      for (const invoker of invokers) {
        for (let repeat = 0; repeat < repeats; repeat++) {
          if (done.has(resultKey(c.id, invoker.id, prompt.id, repeat))) continue;
          yield { case: c, invoker, promptId: prompt.id, rendered, repeat, slices };
        }
      }
    }
  }
}

export interface ItemContext {
  runId: string;
  store: Store;
  scorers: Scorer[];
  writer: ResultWriter;
  useCache: boolean;
  signal: AbortSignal;
}

/** One target call (or cache hit) and its scores. Undefined when an interruption abandoned it. */
export async function evaluateItem(item: WorkItem, ctx: ItemContext): Promise<Result | undefined> {
  const { invoker, rendered } = item;
  const c = item.case;
  const started = performance.now();
  const cacheKey =
    ctx.useCache && isCacheable(invoker)
      ? targetCacheKey(invoker.config, rendered, item.repeat, c.vars)
      : undefined;

  let output: string | null = null;
  let error: string | null = null;
  let latencyMs = 0;
  let tokenUsage: Result['tokenUsage'];
  let cost: number | undefined;
  let cached = false;

  const hit = cacheKey ? await ctx.store.getCachedResponse(cacheKey) : undefined;
  if (hit) {
    ({ output, tokenUsage, cost } = hit);
    latencyMs = hit.latencyMs ?? 0;
    cached = true;
  } else {
    try {
      const invocation = await invoker.invoke({
        prompt: rendered,
        vars: c.vars,
        case: c,
        signal: ctx.signal,
      });
      ({ output, tokenUsage, cost } = invocation.response);
      latencyMs = invocation.latencyMs;
      if (cacheKey)
        ctx.writer.addCacheEntry({ key: cacheKey, response: { ...invocation.response, latencyMs } });
    } catch (err) {
      if (ctx.signal.aborted) return undefined;
      error = errorMessage(err);
      latencyMs = performance.now() - started;
    }
  }

  let status: Result['status'] = 'error';
  let scores: Result['scores'] = [];
  let score: number | null = null;
  if (output !== null) {
    const scored = await scoreOutput(ctx.scorers, {
      output,
      prompt: rendered,
      case: c,
      vars: c.vars,
      expected: c.expected,
      targetId: invoker.id,
      latencyMs,
      ...(tokenUsage ? { tokenUsage } : {}),
      ...(cost !== undefined ? { cost } : {}),
      signal: ctx.signal,
    });
    if (ctx.signal.aborted && scored.error) return undefined;
    ({ scores, score } = scored);
    error = scored.error;
    status = scored.error ? 'error' : scored.pass ? 'pass' : 'fail';
  }

  const result: Result = {
    runId: ctx.runId,
    caseId: c.id,
    targetId: invoker.id,
    promptId: item.promptId,
    repeat: item.repeat,
    prompt: rendered.text,
    output,
    error,
    status,
    score,
    scores,
    latencyMs: Math.round(latencyMs * 1000) / 1000,
    cached,
    createdAt: new Date().toISOString(),
  };
  if (tokenUsage) result.tokenUsage = tokenUsage;
  if (cost !== undefined) result.cost = cost;
  return result;
}
