// Run summaries: folds a stream of results into overall, per-target and per-slice aggregates while
// keeping only counters (and one latency sample per target), never the results themselves.
import type {
  GroupSummary,
  Percentiles,
  RunSummary,
  ScorerSummary,
  SliceSummary,
  TargetSummary,
} from '../core/index.js';
import { mean, quantile } from '../stats/index.js';
import type { StoredResult } from '../store/types.js';

/** A summary before the gates have been evaluated against it. */
export type RunSummaryWithoutGates = Omit<RunSummary, 'gates'>;

interface ScorerTally {
  sum: number;
  passed: number;
  count: number;
  /** Corpus metrics: the element-wise sum of the scores' sufficient statistics. */
  statistics?: Float64Array;
}

/** Per scorer name, how summed statistics become a corpus figure (BLEU, chrF). */
export type CorpusFunctions = ReadonlyMap<string, (sum: readonly number[]) => number>;

/** Counts shared by every group: the run, a target × prompt, a tag × target × prompt. */
class GroupTally {
  total = 0;
  passed = 0;
  failed = 0;
  errors = 0;
  /** Insertion order is first-seen order, which fixes the order of scorer summaries. */
  private readonly scorers = new Map<string, ScorerTally>();

  constructor(private readonly corpus: CorpusFunctions = new Map()) {}

  add(result: StoredResult): void {
    this.total++;
    if (result.status === 'pass') this.passed++;
    else if (result.status === 'fail') this.failed++;
    else this.errors++;
    // Every score present counts, whatever the status: an error result without scores adds nothing,
    // while one whose scorer crashed after others ran still reports the scores it has.
    for (const score of result.scores) {
      let tally = this.scorers.get(score.name);
      if (!tally) {
        tally = { sum: 0, passed: 0, count: 0 };
        this.scorers.set(score.name, tally);
      }
      tally.count++;
      if (Number.isFinite(score.value)) tally.sum += score.value;
      if (score.pass) tally.passed++;
      if (score.statistics && this.corpus.has(score.name)) addStatistics(tally, score.statistics);
    }
  }

  toGroupSummary(): GroupSummary {
    const scorers: ScorerSummary[] = [];
    for (const [name, tally] of this.scorers) {
      const summary: ScorerSummary = {
        name,
        mean: tally.sum / tally.count,
        passRate: tally.passed / tally.count,
        count: tally.count,
      };
      const corpus = this.corpus.get(name);
      if (corpus && tally.statistics) summary.corpus = corpus(Array.from(tally.statistics));
      scorers.push(summary);
    }
    return {
      total: this.total,
      passed: this.passed,
      failed: this.failed,
      errors: this.errors,
      passRate: ratio(this.passed, this.total),
      errorRate: ratio(this.errors, this.total),
      scorers,
    };
  }
}

function addStatistics(tally: ScorerTally, statistics: readonly number[]): void {
  tally.statistics ??= new Float64Array(statistics.length);
  const sum = tally.statistics;
  for (let i = 0; i < sum.length; i++) sum[i]! += statistics[i] ?? 0;
}

/** A growing buffer of latencies: 8 bytes a result instead of a boxed number in an array. */
class LatencySample {
  private values = new Float64Array(256);
  private length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  /** p50/p95/mean; all zero when no result succeeded, so summaries stay free of NaN. */
  percentiles(): Percentiles {
    if (this.length === 0) return { p50: 0, p95: 0, mean: 0 };
    const sample = this.values.subarray(0, this.length);
    return { p50: quantile(sample, 0.5), p95: quantile(sample, 0.95), mean: mean(sample) };
  }
}

class TargetTally extends GroupTally {
  readonly latency = new LatencySample();
  promptTokens = 0;
  completionTokens = 0;
  totalTokens = 0;
  cost = 0;
  cached = 0;

  constructor(
    readonly targetId: string,
    readonly promptId: string,
    /** Position in first-seen order, used to sort slices the same way as targets. */
    readonly order: number,
    corpus?: CorpusFunctions,
  ) {
    super(corpus);
  }

  override add(result: StoredResult): void {
    super.add(result);
    // Error results carry the time until the failure, not a model latency: leave them out.
    if (result.status !== 'error' && Number.isFinite(result.latencyMs)) this.latency.push(result.latencyMs);
    const usage = result.tokenUsage;
    if (usage) {
      this.promptTokens += finiteOrZero(usage.prompt);
      this.completionTokens += finiteOrZero(usage.completion);
      this.totalTokens += finiteOrZero(usage.total);
    }
    this.cost += finiteOrZero(result.cost);
    if (result.cached) this.cached++;
  }

  toTargetSummary(): TargetSummary {
    return {
      targetId: this.targetId,
      promptId: this.promptId,
      ...this.toGroupSummary(),
      latency: this.latency.percentiles(),
      tokens: { prompt: this.promptTokens, completion: this.completionTokens, total: this.totalTokens },
      cost: this.cost,
      cached: this.cached,
    };
  }
}

class SliceTally extends GroupTally {
  constructor(
    readonly tag: string,
    readonly target: TargetTally,
    corpus?: CorpusFunctions,
  ) {
    super(corpus);
  }

  toSliceSummary(): SliceSummary {
    return {
      tag: this.tag,
      targetId: this.target.targetId,
      promptId: this.target.promptId,
      ...this.toGroupSummary(),
    };
  }
}

/**
 * Summarises a run result by result, holding only tallies (and latencies for percentiles). Targets
 * (target × prompt) keep first-seen order; slices are sorted by tag (code-unit order, independent of
 * locale) then by that target order. Latency percentiles (NumPy's linear method) cover non-error
 * results; a target with none reports zeros. Missing token counts and costs count as 0.
 */
export class RunSummarizer {
  readonly #corpus: CorpusFunctions;
  readonly #overall: GroupTally;
  readonly #targets = new Map<string, TargetTally>();
  readonly #slices = new Map<string, SliceTally>();

  /** `corpus`: scorers whose run-level figure comes from summed statistics (BLEU, chrF). */
  constructor(options: { corpus?: CorpusFunctions } = {}) {
    this.#corpus = options.corpus ?? new Map();
    this.#overall = new GroupTally(this.#corpus);
  }

  add(result: StoredResult): void {
    this.#overall.add(result);
    const targetKey = `${result.targetId}\u0000${result.promptId}`;
    let target = this.#targets.get(targetKey);
    if (!target) {
      target = new TargetTally(result.targetId, result.promptId, this.#targets.size, this.#corpus);
      this.#targets.set(targetKey, target);
    }
    target.add(result);
    const tags = result.tags.length > 1 ? new Set(result.tags) : result.tags;
    for (const tag of tags) {
      const sliceKey = `${tag}\u0000${targetKey}`;
      let slice = this.#slices.get(sliceKey);
      if (!slice) {
        slice = new SliceTally(tag, target, this.#corpus);
        this.#slices.set(sliceKey, slice);
      }
      slice.add(result);
    }
  }

  finish(options: { durationMs: number }): RunSummaryWithoutGates {
    const sortedSlices = [...this.#slices.values()].sort(
      (a, b) => compareCodeUnits(a.tag, b.tag) || a.target.order - b.target.order,
    );
    return {
      ...this.#overall.toGroupSummary(),
      durationMs: options.durationMs,
      targets: [...this.#targets.values()].map((t) => t.toTargetSummary()),
      slices: sortedSlices.map((s) => s.toSliceSummary()),
    };
  }
}

/** Summarises a run from its result stream (see RunSummarizer). */
export async function summarize(
  results: AsyncIterable<StoredResult>,
  options: { durationMs: number; corpus?: CorpusFunctions },
): Promise<RunSummaryWithoutGates> {
  const summarizer = new RunSummarizer(options.corpus ? { corpus: options.corpus } : {});
  for await (const result of results) summarizer.add(result);
  return summarizer.finish(options);
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function finiteOrZero(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? value : 0;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
