// Run summaries: folds a stream of results into overall, per-target and per-slice aggregates while
// keeping only counters (and one latency sample per target), never the results themselves.
import {
  type GroupSummary,
  MIN_SLICE_CASES,
  type Percentiles,
  type RepeatSummary,
  type RunSummary,
  type ScorerSummary,
  type SliceSummary,
  type TargetSummary,
} from '../core/index.js';
import { mean, passAtK, passHatK, quantile } from '../stats/index.js';
import type { StoredResult } from '../store/types.js';
import { meanInterval, NumberSample, proportionInterval } from './intervals.js';

/** A summary before the gates have been evaluated against it. */
export type RunSummaryWithoutGates = Omit<RunSummary, 'gates'>;

interface ScorerTally {
  sum: number;
  passed: number;
  count: number;
  /** Corpus metrics: the element-wise sum of the scores' sufficient statistics. */
  statistics?: Float64Array;
  /** The values themselves, for the interval of the mean (targets and slices only). */
  values?: NumberSample;
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

  /** Results of a case's first sample: the number of distinct cases in a target or slice group. */
  cases = 0;

  /** `detailed`: keep values for intervals and count cases (targets and slices, not the whole run). */
  constructor(
    private readonly corpus: CorpusFunctions = new Map(),
    private readonly detailed = false,
  ) {}

  add(result: StoredResult): void {
    this.total++;
    if (result.repeat === 0) this.cases++;
    if (result.status === 'pass') this.passed++;
    else if (result.status === 'fail') this.failed++;
    else this.errors++;
    // Every score present counts, whatever the status: an error result without scores adds nothing,
    // while one whose scorer crashed after others ran still reports the scores it has.
    for (const score of result.scores) {
      let tally = this.scorers.get(score.name);
      if (!tally) {
        tally = { sum: 0, passed: 0, count: 0 };
        if (this.detailed) tally.values = new NumberSample();
        this.scorers.set(score.name, tally);
      }
      tally.count++;
      if (Number.isFinite(score.value)) {
        tally.sum += score.value;
        tally.values?.push(score.value);
      }
      if (score.pass) tally.passed++;
      if (score.statistics && this.corpus.has(score.name)) addStatistics(tally, score.statistics);
    }
  }

  /** `histograms`: each scorer's values binned (targets, where the charts read them). */
  toGroupSummary(histograms = false): GroupSummary {
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
      const ci = tally.values ? meanInterval(tally.values.view()) : undefined;
      if (ci) summary.ci = ci;
      if (histograms && tally.values) summary.histogram = unitHistogram(tally.values.view());
      scorers.push(summary);
    }
    const group: GroupSummary = {
      total: this.total,
      passed: this.passed,
      failed: this.failed,
      errors: this.errors,
      passRate: ratio(this.passed, this.total),
      errorRate: ratio(this.errors, this.total),
      scorers,
    };
    if (this.detailed) {
      group.cases = this.cases;
      const ci = proportionInterval(this.passed, this.total);
      if (ci) group.passRateCi = ci;
    }
    return group;
  }
}

/** Bins of the distribution charts: tenths of the score scale. */
export const HISTOGRAM_BINS = 10;

/** Counts of `values` in HISTOGRAM_BINS equal bins over [0, 1]; 1 and above in the last, below 0 in the first. */
export function unitHistogram(values: ArrayLike<number>): number[] {
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (let i = 0; i < values.length; i++) {
    const bin = Math.floor(values[i]! * HISTOGRAM_BINS);
    counts[Math.min(HISTOGRAM_BINS - 1, Math.max(0, bin))]! += 1;
  }
  return counts;
}

function addStatistics(tally: ScorerTally, statistics: readonly number[]): void {
  tally.statistics ??= new Float64Array(statistics.length);
  const sum = tally.statistics;
  for (let i = 0; i < sum.length; i++) sum[i]! += statistics[i] ?? 0;
}

/** p50/p95/mean of latencies; all zero when no result succeeded, so summaries stay free of NaN. */
function percentiles(sample: NumberSample): Percentiles {
  if (sample.length === 0) return { p50: 0, p95: 0, mean: 0 };
  const values = sample.view();
  return { p50: quantile(values, 0.5), p95: quantile(values, 0.95), mean: mean(values) };
}

/** Per case: samples and passes, for pass@k, pass^k and flakiness. */
class RepeatTally {
  private readonly byCase = new Map<string, { n: number; c: number }>();
  private maxSamples = 0;

  add(result: StoredResult): void {
    let tally = this.byCase.get(result.caseId);
    if (!tally) {
      tally = { n: 0, c: 0 };
      this.byCase.set(result.caseId, tally);
    }
    tally.n++;
    if (result.status === 'pass') tally.c++;
    if (tally.n > this.maxSamples) this.maxSamples = tally.n;
  }

  /** Undefined unless some case has several samples. `k` defaults to the most samples any case has. */
  toRepeatSummary(k = this.maxSamples): RepeatSummary | undefined {
    if (this.maxSamples < 2) return undefined;
    let cases = 0;
    let at1 = 0;
    let atK = 0;
    let hatK = 0;
    let consistency = 0;
    const flaky: string[] = [];
    let flakyCount = 0;
    for (const [caseId, { n, c }] of this.byCase) {
      if (n < k) continue;
      cases++;
      at1 += c / n;
      atK += passAtK(n, c, k);
      hatK += passHatK(n, c, k);
      consistency += Math.max(c, n - c) / n;
      if (c > 0 && c < n) {
        flakyCount++;
        if (flaky.length < 200) flaky.push(caseId);
      }
    }
    return {
      k,
      cases,
      passAt1: ratio(at1, cases),
      passAtK: ratio(atK, cases),
      passHatK: ratio(hatK, cases),
      consistency: ratio(consistency, cases),
      flakyRate: ratio(flakyCount, cases),
      flaky,
      flakyCount,
    };
  }
}

class TargetTally extends GroupTally {
  readonly latency = new NumberSample();
  readonly repeats = new RepeatTally();
  promptTokens = 0;
  completionTokens = 0;
  totalTokens = 0;
  cost = 0;
  cached = 0;
  /** Model calls made by scorers (judges) on this target's outputs. */
  readonly scoring = { calls: 0, tokens: { prompt: 0, completion: 0, total: 0 }, cost: 0 };

  constructor(
    readonly targetId: string,
    readonly promptId: string,
    /** Position in first-seen order, used to sort slices the same way as targets. */
    readonly order: number,
    corpus?: CorpusFunctions,
  ) {
    super(corpus, true);
  }

  override add(result: StoredResult): void {
    super.add(result);
    this.repeats.add(result);
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
    for (const score of result.scores) {
      const usage = score.usage;
      if (usage === undefined) continue;
      this.scoring.calls += finiteOrZero(usage.calls);
      this.scoring.tokens.prompt += finiteOrZero(usage.tokens?.prompt);
      this.scoring.tokens.completion += finiteOrZero(usage.tokens?.completion);
      this.scoring.tokens.total += finiteOrZero(usage.tokens?.total);
      this.scoring.cost += finiteOrZero(usage.cost);
    }
  }

  toTargetSummary(repeat?: number): TargetSummary {
    const summary: TargetSummary = {
      targetId: this.targetId,
      promptId: this.promptId,
      ...this.toGroupSummary(true),
      latency: percentiles(this.latency),
      tokens: { prompt: this.promptTokens, completion: this.completionTokens, total: this.totalTokens },
      cost: this.cost,
      cached: this.cached,
    };
    const repeats = this.repeats.toRepeatSummary(repeat);
    if (repeats) summary.repeats = repeats;
    if (this.scoring.calls > 0) summary.scoring = { ...this.scoring, tokens: { ...this.scoring.tokens } };
    return summary;
  }
}

class SliceTally extends GroupTally {
  constructor(
    readonly tag: string,
    readonly target: TargetTally,
    corpus?: CorpusFunctions,
  ) {
    super(corpus, true);
  }

  toSliceSummary(): SliceSummary {
    return {
      tag: this.tag,
      targetId: this.target.targetId,
      promptId: this.target.promptId,
      ...this.toGroupSummary(),
      insufficient: this.cases < MIN_SLICE_CASES,
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

  readonly #repeat: number | undefined;

  /**
   * `corpus`: scorers whose run-level figure comes from summed statistics (BLEU, chrF). `repeat`: the
   * samples per case that pass@k and pass^k are reported for (default: the most any case has).
   */
  constructor(options: { corpus?: CorpusFunctions; repeat?: number } = {}) {
    this.#corpus = options.corpus ?? new Map();
    this.#repeat = options.repeat;
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
    // Slices: the case's tags plus source, adversarial and sliceBy keys, as the run computed them.
    const tags = result.slices.length > 1 ? new Set(result.slices) : result.slices;
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
      targets: [...this.#targets.values()].map((t) => t.toTargetSummary(this.#repeat)),
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
