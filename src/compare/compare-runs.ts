// `compareRuns`: two stored runs in, a RunComparison out. Streams both runs once, then computes every
// metric of every target × prompt, overall and per slice, and the case flips.
//
// Statistics:
// - Units: one per case × target × prompt present in both runs; a case's paired repeats are averaged
//   into one value per run, so repeats never count as independent cases.
// - Figures: base and candidate are means over paired units (with one sample per case, the plain pass
//   rate and scorer means of the paired results); corpus metrics (BLEU, chrF) are the corpus figure of
//   the paired units' summed statistics, each run with its own scorer configuration.
// - Interval of delta = candidate − base: percentile paired bootstrap over units, `resamples` (10,000)
//   resamples seeded by `seed` (0). When the per-unit differences take few distinct values (pass/fail)
//   and there are many units, each resample is drawn as multinomial counts of those values: the same
//   distribution, at a cost independent of the number of cases. Otherwise cases are resampled one by
//   one, with fewer resamples past 5,000 units (at most 5·10^7 draws, never below 2,000 resamples).
// - p-value: McNemar's exact test on the discordant units when every non-zero difference has one size
//   (pass/fail, 0/1 scorers: it is the exact paired permutation test there), else the paired sign-flip
//   permutation test (exact when 2^n ≤ resamples, else seeded Monte Carlo). Corpus metrics: the paired
//   bootstrap resampling units and recomputing both corpus figures, as sacreBLEU's paired bootstrap
//   does, with `corpusResamples` (1,000, sacreBLEU's default) resamples.
// - significant: two-sided p < alpha (0.05). Many targets × scorers × slices are many tests: `holm`
//   adjusts the p-values (Holm's step-down) within the overall metrics and within the slice metrics.
import { MIN_SLICE_CASES, type Run, ScorerConfigSchema, UsageError } from '../core/index.js';
import type { Store } from '../store/types.js';
import { type CaseUnits, groupIntoUnits } from './case-units.js';
import { collectFlips } from './flips.js';
import { holmAdjust } from './holm.js';
import { MetricBuilder } from './metric-rows.js';
import { type CorpusFigures, type PairedResults, readPairedResults } from './paired-results.js';
import { orderGroups, orderScorers } from './report-order.js';
import type {
  ComparedRun,
  CompareOptions,
  CompareSettings,
  MetricComparison,
  RunComparison,
  SliceMetricComparison,
  UnpairedGroup,
} from './types.js';

export const DEFAULT_COMPARE_SETTINGS: CompareSettings = {
  alpha: 0.05,
  confidence: 0.95,
  seed: 0,
  resamples: 10_000,
  corpusResamples: 1_000,
  holm: false,
};

/** Below this, percentile intervals and Monte Carlo p-values are too coarse to mean anything. */
const MIN_RESAMPLES = 100;

export function resolveCompareSettings(options: CompareOptions = {}): CompareSettings {
  const settings: CompareSettings = {
    alpha: options.alpha ?? DEFAULT_COMPARE_SETTINGS.alpha,
    confidence: options.confidence ?? DEFAULT_COMPARE_SETTINGS.confidence,
    seed: options.seed ?? DEFAULT_COMPARE_SETTINGS.seed,
    resamples: options.resamples ?? DEFAULT_COMPARE_SETTINGS.resamples,
    corpusResamples: options.corpusResamples ?? DEFAULT_COMPARE_SETTINGS.corpusResamples,
    holm: options.holm ?? DEFAULT_COMPARE_SETTINGS.holm,
  };
  const fraction = (name: string, value: number) => {
    if (!(value > 0 && value < 1))
      throw new UsageError(`${name} must be between 0 and 1 (exclusive), got ${value}`);
  };
  fraction('alpha', settings.alpha);
  fraction('confidence', settings.confidence);
  if (!Number.isSafeInteger(settings.seed))
    throw new UsageError(`seed must be an integer, got ${settings.seed}`);
  for (const name of ['resamples', 'corpusResamples'] as const) {
    const value = settings[name];
    if (!(Number.isSafeInteger(value) && value >= MIN_RESAMPLES))
      throw new UsageError(`${name} must be an integer >= ${MIN_RESAMPLES}, got ${value}`);
  }
  return settings;
}

/** Compares `candidate` with `base`: see the module header for the statistics. */
export async function compareRuns(
  store: Store,
  base: Run,
  candidate: Run,
  options: CompareOptions = {},
): Promise<RunComparison> {
  const settings = resolveCompareSettings(options);
  if (base.id === candidate.id) throw new UsageError(`run ${base.id} cannot be compared with itself`);
  const figures: CorpusFigures = {
    base: await corpusFiguresOf(base),
    candidate: await corpusFiguresOf(candidate),
  };
  const paired = await readPairedResults(
    store,
    base,
    candidate,
    figures,
    new Set(options.excludeCases ?? []),
  );
  const units = groupIntoUnits(paired);
  const groupOrder = orderGroups(paired, base, candidate);
  const metrics = new MetricBuilder(paired, units, settings, orderScorers(paired, base, candidate));

  const overall: MetricComparison[] = [];
  for (const group of groupOrder) {
    const members = units.byGroup[group]!;
    // A target × prompt only one run has is reported as unpaired, not as a row of blanks.
    if (members.length > 0) overall.push(...metrics.forUnits(group, paired.groups[group]!, members));
  }
  const slices: SliceMetricComparison[] = [];
  const sliceUnits = unitsBySlice(paired, units);
  for (const slice of [...sliceUnits.keys()].sort()) {
    const byGroup = sliceUnits.get(slice)!;
    for (const group of groupOrder) {
      const members = byGroup.get(group);
      if (!members) continue;
      for (const row of metrics.forUnits(group, paired.groups[group]!, Int32Array.from(members)))
        slices.push({ ...row, slice, insufficient: row.n < MIN_SLICE_CASES });
    }
  }
  if (settings.holm) {
    applyHolm(overall, settings.alpha);
    applyHolm(slices, settings.alpha);
  }

  const unpairedGroups: UnpairedGroup[] = [];
  for (const group of groupOrder) {
    const baseOnly = units.baseOnly[group]!;
    const candidateOnly = paired.candidateOnly[group]!;
    if (baseOnly + candidateOnly > 0)
      unpairedGroups.push({ ...paired.groups[group]!, base: baseOnly, candidate: candidateOnly });
  }
  let pairedResults = 0;
  for (let unit = 0; unit < units.count; unit++) pairedResults += units.samples[unit]!;
  return {
    baseRun: describeRun(base),
    candidateRun: describeRun(candidate),
    settings,
    paired: pairedResults,
    unpaired: {
      base: unpairedGroups.reduce((sum, g) => sum + g.base, 0),
      candidate: unpairedGroups.reduce((sum, g) => sum + g.candidate, 0),
      targets: unpairedGroups,
    },
    excluded: paired.excluded,
    flips: collectFlips(units, paired.caseIds, paired.groups, groupOrder),
    metrics: overall,
    slices,
  };
}

function describeRun(run: Run): ComparedRun {
  const described: ComparedRun = {
    id: run.id,
    suitePath: run.suitePath,
    status: run.status,
    createdAt: run.createdAt,
    datasetHash: run.datasetHash,
  };
  if (run.git) described.git = run.git;
  return described;
}

/** Scorer name → corpus figure, for the run's scorers that are corpus metrics (BLEU, chrF). */
async function corpusFiguresOf(run: Run): Promise<Map<string, (sum: readonly number[]) => number>> {
  const figures = new Map<string, (sum: readonly number[]) => number>();
  const configs = run.config.scorers;
  if (!Array.isArray(configs) || configs.length === 0) return figures;
  // Loaded only when there are scorers: the registry brings every scorer's dependencies.
  const { corpusFunctions } = await import('../scorers/registry.js');
  for (const stored of configs) {
    const parsed = ScorerConfigSchema.safeParse(stored);
    // A config this version cannot read is compared by its mean, like any scorer.
    if (!parsed.success || parsed.data.name === undefined) continue;
    const build = corpusFunctions[parsed.data.type] as
      | ((config: typeof parsed.data) => (sum: readonly number[]) => number)
      | undefined;
    if (build) figures.set(parsed.data.name, build(parsed.data));
  }
  return figures;
}

/** Per slice, per group, the units whose case carries the slice. */
function unitsBySlice(paired: PairedResults, units: CaseUnits): Map<string, Map<number, number[]>> {
  const bySlice = new Map<string, Map<number, number[]>>();
  for (let unit = 0; unit < units.count; unit++) {
    const set = paired.caseSliceSet[units.unitCase[unit]!];
    if (set === undefined) continue;
    for (const slice of paired.sliceSets[set]!) {
      let byGroup = bySlice.get(slice);
      if (!byGroup) {
        byGroup = new Map();
        bySlice.set(slice, byGroup);
      }
      const group = units.unitGroup[unit]!;
      let members = byGroup.get(group);
      if (!members) {
        members = [];
        byGroup.set(group, members);
      }
      members.push(unit);
    }
  }
  return bySlice;
}

function applyHolm(rows: MetricComparison[], alpha: number): void {
  const adjusted = holmAdjust(rows.map((r) => r.pValue));
  rows.forEach((row, i) => {
    row.pValueHolm = adjusted[i]!;
    row.significant = adjusted[i] !== null && adjusted[i]! < alpha;
  });
}
