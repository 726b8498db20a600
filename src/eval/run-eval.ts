// The runner: cases × targets × prompts × repeats through a bounded pool, results streamed to the
// store in batches, a response cache, interruption and resume. Nothing here holds a whole run.
import { hostname } from 'node:os';
import { datasetRefLabel, openSuiteDataset } from '../benchmarks/suite-dataset.js';
import type { Run, RunSummary, Suite } from '../core/index.js';
import {
  DatasetError,
  errorMessage,
  GroundtruthError,
  InterruptedError,
  RunError,
  redactSecrets,
  UsageError,
} from '../core/index.js';
import { createScorers } from '../scorers/registry.js';
import type { Store } from '../store/types.js';
import { createInvoker, type InvokerOptions } from '../targets/index.js';
import type { TargetInvoker } from '../targets/types.js';
import { evaluateGates } from './gates.js';
import { readGitInfo } from './git.js';
import { planRun, type RunPlan, type RunShape } from './plan.js';
import { runPool } from './pool.js';
import { evaluateRegression, regressionGate } from './regression-gate.js';
import { ResultWriter, type ResultWriterOptions } from './result-writer.js';
import { newRunId } from './run-id.js';
import { RunTallies } from './run-tallies.js';
import { resolveTargetRef } from './target-ref.js';
import { evaluateItem, planWork } from './work.js';

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
  /** The regression gate's baseline (latest, a run id, a branch): overrides the suite's, or adds the gate. */
  baseline?: string;
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
  /** The regression gate could not be evaluated (no baseline...): the run is complete and stored, and the gate fails with this. */
  regressionError?: GroundtruthError;
}

export async function runEval(request: EvalRequest): Promise<EvalOutcome> {
  const { suite, store } = request;
  const env = request.env ?? process.env;
  const shape = resolveShape(request);
  const concurrency = request.concurrency ?? suite.concurrency;
  const sessionStartedAt = Date.now();

  const dataset = await openSuiteDataset(suite, store);
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
  const corpus = new Map(scorers.flatMap((s) => (s.corpus ? [[s.name, s.corpus] as const] : [])));
  const tallies = new RunTallies(new Set(suite.quarantine), { corpus, repeat: shape.repeat });
  if (done.size > 0) for await (const stored of store.results(run.id)) tallies.add(stored);
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
    const work = planWork(dataset.cases(), suite, [...invokers.values()], shape, done, writer);
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
        tallies.add({ ...result, tags: item.case.tags, slices: item.slices });
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
  const { summary: base, gated, quarantined } = tallies.finish(durationMs);
  const summary: RunSummary = {
    ...base,
    gates: evaluateGates(gated, suite.gates, suite.targets, quarantined.length),
  };
  if (quarantined.length > 0) summary.quarantined = quarantined;
  const finishedAt = new Date().toISOString();
  await store.updateRun(run.id, { status: 'completed', finishedAt, summary });
  const completed: Run = { ...run, status: 'completed', finishedAt, summary };

  // The regression gate compares the completed run with its baseline, then completes the summary.
  const regression = regressionGate(suite, request.baseline);
  if (regression) {
    try {
      const outcome = await evaluateRegression(store, suite, completed, regression);
      summary.gates.push(...outcome.gates);
      summary.regression = outcome.regression;
      await store.updateRun(run.id, { summary });
    } catch (error) {
      if (!(error instanceof GroundtruthError)) throw error;
      return { run: completed, summary, regressionError: error };
    }
  }
  return { run: completed, summary };
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
    datasetRef: datasetRefLabel(suite.dataset, plan.datasetHash),
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

function signalName(reason: unknown): string {
  return typeof reason === 'string' ? reason : reason instanceof Error ? reason.message : 'an interruption';
}
