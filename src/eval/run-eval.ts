// The runner: cases × targets × prompts × repeats through a bounded pool, results streamed to the
// store in batches, a response cache, interruption and resume. Nothing here holds a whole run.
import { hostname } from 'node:os';
import type { Case, Prompt, RenderedPrompt, Result, Run, RunSummary, Suite } from '../core/index.js';
import {
  DatasetError,
  errorMessage,
  InterruptedError,
  RunError,
  redactSecrets,
  UsageError,
} from '../core/index.js';
import { RunSummarizer } from '../report/summary.js';
import { createScorers, type Scorer, scoreOutput } from '../scorers/registry.js';
import { resultKey, type Store } from '../store/types.js';
import { openDataset } from '../suite/index.js';
import { createInvoker, type InvokerOptions, isCacheable, targetCacheKey } from '../targets/index.js';
import type { TargetInvoker } from '../targets/types.js';
import { TemplateError } from '../template/index.js';
import { evaluateGates } from './gates.js';
import { readGitInfo } from './git.js';
import { runPool } from './pool.js';
import { renderPrompt } from './render-prompt.js';
import { ResultWriter, type ResultWriterOptions } from './result-writer.js';
import { newRunId } from './run-id.js';
import { resolveTargetRef } from './target-ref.js';

/** Choices that shape which results a run has; stored with the run so a resume makes the same ones. */
export interface RunShape {
  repeat: number;
  filterTags: string[];
  cache: boolean;
}

export interface EvalRequest {
  suite: Suite;
  store: Store;
  /** CLI overrides of the suite. Ignored for a resumed run, except concurrency. */
  concurrency?: number;
  repeat?: number;
  cache?: boolean;
  filterTags?: string[];
  /** Finish this interrupted run instead of starting a new one. */
  resume?: Run;
  /** Aborting it interrupts the run: in-flight calls are abandoned and the run is kept as `interrupted`. */
  signal?: AbortSignal;
  onStart?: (run: Run, progress: EvalProgress) => void;
  onProgress?: (progress: EvalProgress) => void;
  env?: NodeJS.ProcessEnv;
  /** Retry timing and other knobs of target invokers (tests shorten backoff). */
  invokerOptions?: InvokerOptions;
  writerOptions?: ResultWriterOptions;
}

export interface EvalProgress {
  /** Results the run has, including those of earlier sessions of a resumed run. */
  done: number;
  total: number;
  passed: number;
  failed: number;
  errors: number;
  cached: number;
  /** Results this session produced, and since when: rate and ETA come from these. */
  sessionDone: number;
  sessionStartedAt: number;
}

export interface EvalOutcome {
  run: Run;
  summary: RunSummary;
}

export async function runEval(request: EvalRequest): Promise<EvalOutcome> {
  const { suite, store } = request;
  const env = request.env ?? process.env;
  const shape = resolveShape(request);
  const concurrency = request.concurrency ?? suite.concurrency;
  const sessionStartedAt = Date.now();

  const dataset = openDataset(suite.dataset);
  const [plan, git] = await Promise.all([planRun(suite, dataset, shape), readGitInfo(suite.dir, env)]);
  if (request.resume) checkResumable(request.resume, suite, plan.datasetHash);

  const invokers = new Map<string, TargetInvoker>();
  const context = { baseDir: suite.dir, env };
  for (const config of suite.targets) {
    invokers.set(config.id, await createInvoker(config, context, request.invokerOptions));
  }
  const judges: TargetInvoker[] = [];
  const scorers = await createScorers(suite.scorers, {
    baseDir: suite.dir,
    resolveTarget: async (ref) => {
      const resolved = await resolveTargetRef(ref, invokers, context, request.invokerOptions);
      if (resolved.owned) judges.push(resolved.invoker);
      return resolved.invoker;
    },
  });

  const run = request.resume
    ? await reopenRun(store, request.resume)
    : await createRun(store, suite, plan, shape, git);
  const done = await store.resultKeys(run.id);
  // The summary is tallied as results arrive; a resumed run first tallies what it already has.
  const summarizer = new RunSummarizer();
  if (done.size > 0) for await (const stored of store.results(run.id)) summarizer.add(stored);
  const progress: EvalProgress = {
    done: done.size,
    total: plan.expectedResults,
    passed: 0,
    failed: 0,
    errors: 0,
    cached: 0,
    sessionDone: 0,
    sessionStartedAt,
  };
  request.onStart?.(run, progress);

  const writer = new ResultWriter(store, run.id, request.writerOptions);
  const interruption = new AbortController();
  const onAbort = () => interruption.abort(request.signal?.reason);
  request.signal?.addEventListener('abort', onAbort, { once: true });
  if (request.signal?.aborted) onAbort();

  try {
    const work = planWork(dataset.cases(), suite.prompts, [...invokers.values()], shape, done, writer);
    await runPool(
      work,
      concurrency,
      async (item) => {
        const result = await evaluateItem(item, {
          runId: run.id,
          store,
          scorers,
          writer,
          useCache: shape.cache,
          signal: interruption.signal,
        });
        if (!result) return; // abandoned by an interruption: it will be redone on resume
        await writer.addResult(result);
        summarizer.add({ ...result, tags: item.case.tags });
        progress.done++;
        progress.sessionDone++;
        if (result.status === 'pass') progress.passed++;
        else if (result.status === 'fail') progress.failed++;
        else progress.errors++;
        if (result.cached) progress.cached++;
        request.onProgress?.(progress);
      },
      interruption.signal,
    );
    await writer.flush();
  } catch (error) {
    await writer.flush().catch(() => {});
    await store.updateRun(run.id, { status: 'interrupted' }).catch(() => {});
    throw error instanceof UsageError || error instanceof DatasetError
      ? error
      : new RunError(`run ${run.id} stopped: ${errorMessage(error)}`, {
          cause: error,
          hint: `resume it with: groundtruth eval --resume ${run.id}`,
        });
  } finally {
    request.signal?.removeEventListener('abort', onAbort);
    await Promise.all([...invokers.values(), ...judges].map((i) => i.close().catch(() => {})));
  }

  if (interruption.signal.aborted) {
    await store.updateRun(run.id, { status: 'interrupted' });
    throw new InterruptedError(run.id, signalName(request.signal?.reason));
  }

  const count = await store.countResults(run.id);
  if (count !== plan.expectedResults) {
    await store.updateRun(run.id, { status: 'interrupted' });
    throw new RunError(`run ${run.id} has ${count} of ${plan.expectedResults} results`, {
      hint: `resume it with: groundtruth eval --resume ${run.id}`,
    });
  }
  const durationMs = Date.now() - Date.parse(run.createdAt);
  const base = summarizer.finish({ durationMs });
  const summary: RunSummary = {
    ...base,
    gates: evaluateGates(base, suite.gates, suite.targets),
  };
  const finishedAt = new Date().toISOString();
  await store.updateRun(run.id, { status: 'completed', finishedAt, summary });
  return { run: { ...run, status: 'completed', finishedAt, summary }, summary };
}

function resolveShape(request: EvalRequest): RunShape {
  if (request.resume) {
    const stored = request.resume.options as Partial<RunShape>;
    return {
      repeat: stored.repeat ?? request.suite.repeat,
      filterTags: stored.filterTags ?? [],
      cache: stored.cache ?? request.suite.cache,
    };
  }
  return {
    repeat: request.repeat ?? request.suite.repeat,
    filterTags: request.filterTags ?? [],
    cache: request.cache ?? request.suite.cache,
  };
}

export interface RunPlan {
  datasetHash: string;
  caseCount: number;
  expectedResults: number;
}

/**
 * First pass over the dataset: validates every row, checks that every prompt renders for every
 * selected case (a missing variable fails here, before anything is sent), and counts the work.
 */
export async function planRun(
  suite: Suite,
  dataset: ReturnType<typeof openDataset>,
  shape: RunShape,
): Promise<RunPlan> {
  let caseCount = 0;
  let expectedResults = 0;
  const perCase = suite.targets.length * suite.prompts.length;
  const scan = await dataset.scan((c, origin) => {
    if (!selected(c, shape.filterTags)) return;
    for (const prompt of suite.prompts) {
      try {
        renderPrompt(prompt, c.vars);
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        throw new DatasetError(`case ${c.id}: prompt "${prompt.id}": ${error.message}`, origin);
      }
    }
    caseCount++;
    expectedResults += perCase * (c.repeat ?? shape.repeat);
  });
  if (shape.filterTags.length > 0 && caseCount === 0) {
    const known = [...scan.tags.keys()].sort().join(', ') || 'none';
    throw new UsageError(`no case has tag ${shape.filterTags.join(' or ')} (tags in the dataset: ${known})`);
  }
  return { datasetHash: scan.hash, caseCount, expectedResults };
}

function selected(c: Case, filterTags: readonly string[]): boolean {
  return filterTags.length === 0 || c.tags.some((t) => filterTags.includes(t));
}

function checkResumable(run: Run, suite: Suite, datasetHash: string): void {
  if (run.status === 'completed')
    throw new UsageError(`run ${run.id} is already completed; nothing to resume`);
  if (run.suitePath !== suite.path) {
    throw new UsageError(`run ${run.id} belongs to ${run.suitePath}, not ${suite.path}`);
  }
  if (run.suiteHash !== suite.hash || run.datasetHash !== datasetHash) {
    const what = run.suiteHash !== suite.hash ? 'suite' : 'dataset';
    throw new UsageError(
      `the ${what} changed since run ${run.id} started; its results would not be comparable`,
      {
        hint: 'start a new run (drop --resume), or restore the files the run was started with',
      },
    );
  }
}

function owner(): Run['owner'] {
  return { pid: process.pid, host: hostname() };
}

async function createRun(
  store: Store,
  suite: Suite,
  plan: RunPlan,
  shape: RunShape,
  git: Run['git'],
): Promise<Run> {
  const now = new Date().toISOString();
  const run: Run = {
    id: newRunId(),
    suitePath: suite.path,
    suiteHash: suite.hash,
    datasetHash: plan.datasetHash,
    datasetRef: suite.dataset.kind === 'file' ? suite.dataset.path : 'inline',
    targets: redactSecrets(suite.targets),
    config: redactSecrets({
      prompts: suite.prompts,
      scorers: suite.scorers,
      gates: suite.gates,
      repeat: suite.repeat,
      concurrency: suite.concurrency,
      cache: suite.cache,
    }),
    status: 'running',
    caseCount: plan.caseCount,
    expectedResults: plan.expectedResults,
    createdAt: now,
    updatedAt: now,
    owner: owner(),
    options: { ...shape },
  };
  if (suite.description !== undefined) run.description = suite.description;
  if (git) run.git = git;
  await store.createRun(run);
  return run;
}

async function reopenRun(store: Store, run: Run): Promise<Run> {
  await store.updateRun(run.id, { status: 'running', owner: owner() });
  return { ...run, status: 'running', owner: owner() };
}

interface WorkItem {
  case: Case;
  invoker: TargetInvoker;
  promptId: string;
  rendered: RenderedPrompt;
  repeat: number;
}

/** Second pass: streams cases and yields the results still missing, case by case. */
async function* planWork(
  cases: AsyncIterable<Case>,
  prompts: readonly Prompt[],
  invokers: readonly TargetInvoker[],
  shape: RunShape,
  done: ReadonlySet<string>,
  writer: ResultWriter,
): AsyncGenerator<WorkItem> {
  for await (const c of cases) {
    if (!selected(c, shape.filterTags)) continue;
    const { origin: _origin, ...stored } = c as Case & { origin?: unknown };
    writer.addCase(stored);
    const repeats = c.repeat ?? shape.repeat;
    for (const prompt of prompts) {
      const rendered = renderPrompt(prompt, c.vars);
      for (const invoker of invokers) {
        for (let repeat = 0; repeat < repeats; repeat++) {
          if (done.has(resultKey(c.id, invoker.id, prompt.id, repeat))) continue;
          yield { case: c, invoker, promptId: prompt.id, rendered, repeat };
        }
      }
    }
  }
}

interface ItemContext {
  runId: string;
  store: Store;
  scorers: Scorer[];
  writer: ResultWriter;
  useCache: boolean;
  signal: AbortSignal;
}

/** One target call (or cache hit) and its scores. Undefined when an interruption abandoned it. */
async function evaluateItem(item: WorkItem, ctx: ItemContext): Promise<Result | undefined> {
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

function signalName(reason: unknown): string {
  return typeof reason === 'string' ? reason : reason instanceof Error ? reason.message : 'an interruption';
}
