// One row per metric of a target × prompt over a set of paired units: the pass rate and every scorer
// both runs have, each as its kind (mean or corpus) requires. Per-unit values are computed once.

import {
  type CaseUnits,
  passShares,
  scorerMeans,
  summedStatistics,
  type UnitStatistics,
  type UnitValues,
} from './case-units.js';
import { estimateCorpusDifference, estimateMeanDifference } from './paired-estimates.js';
import type { GroupKey, PairedResults } from './paired-results.js';
import type { CompareSettings, MetricComparison, MetricKind, PairedEstimate } from './types.js';

interface ScorerMetric {
  name: string;
  kind: MetricKind;
  weight: number;
  /** Groups in which both runs have the scorer. */
  groups: Set<number>;
  estimate: (subset: Int32Array) => UnitsEstimate;
}

interface UnitsEstimate {
  estimate: PairedEstimate;
  /** Units with a value. */
  n: number;
  samples: number;
}

/** Computes the per-unit values of each metric once, then estimates over any subset of units. */
export class MetricBuilder {
  readonly #passRate: UnitValues;
  readonly #scorers: ScorerMetric[];

  constructor(
    paired: PairedResults,
    units: CaseUnits,
    private readonly settings: CompareSettings,
    scorerNames: string[],
  ) {
    this.#passRate = passShares(units);
    this.#scorers = scorerNames.flatMap((name): ScorerMetric[] => {
      const column = paired.scorers.get(name)!;
      if (column.candidate === undefined) return [];
      const groups = new Set([...column.baseGroups].filter((g) => column.candidateGroups.has(g)));
      if (groups.size === 0) return [];
      const corpus = paired.corpus.get(name);
      if (corpus?.base && corpus.candidate) {
        const base = corpus.base;
        const candidate = corpus.candidate;
        const sums = summedStatistics(units, base, candidate);
        return [
          {
            name,
            kind: 'corpus',
            weight: column.weight,
            groups,
            estimate: (subset) => this.#corpusEstimate(sums, subset, base.figure, candidate.figure),
          },
        ];
      }
      const values = scorerMeans(units, column.base, column.candidate);
      return [
        {
          name,
          kind: 'mean',
          weight: column.weight,
          groups,
          estimate: (subset) => this.#meanEstimate(values, subset),
        },
      ];
    });
  }

  /** The pass rate and every scorer both runs have in the group, over the given units. */
  forUnits(group: number, key: GroupKey, subset: Int32Array): MetricComparison[] {
    const rows = [this.#row(key, 'passRate', 'passRate', 1, this.#meanEstimate(this.#passRate, subset))];
    for (const scorer of this.#scorers) {
      if (!scorer.groups.has(group)) continue;
      rows.push(this.#row(key, scorer.name, scorer.kind, scorer.weight, scorer.estimate(subset)));
    }
    return rows;
  }

  #row(
    key: GroupKey,
    scorer: string,
    kind: MetricKind,
    weight: number,
    { estimate, n, samples }: UnitsEstimate,
  ): MetricComparison {
    return {
      target: key.target,
      prompt: key.prompt,
      scorer,
      kind,
      weight,
      n,
      samples,
      ...estimate,
      significant: estimate.pValue !== null && estimate.pValue < this.settings.alpha,
    };
  }

  #meanEstimate(values: UnitValues, subset: Int32Array): UnitsEstimate {
    const base: number[] = [];
    const candidate: number[] = [];
    let samples = 0;
    for (const unit of subset) {
      if (values.samples[unit] === 0) continue;
      base.push(values.base[unit]!);
      candidate.push(values.candidate[unit]!);
      samples += values.samples[unit]!;
    }
    const estimate = estimateMeanDifference(
      Float64Array.from(base),
      Float64Array.from(candidate),
      this.settings,
    );
    return { estimate, n: base.length, samples };
  }

  #corpusEstimate(
    sums: UnitStatistics,
    subset: Int32Array,
    baseFigure: (sum: readonly number[]) => number,
    candidateFigure: (sum: readonly number[]) => number,
  ): UnitsEstimate {
    const kept = Array.from(subset).filter((unit) => sums.samples[unit]! > 0);
    const rows = (values: Float64Array, dims: number) => {
      const out = new Float64Array(kept.length * dims);
      kept.forEach((unit, i) => {
        out.set(values.subarray(unit * dims, unit * dims + dims), i * dims);
      });
      return out;
    };
    const estimate = estimateCorpusDifference(
      { rows: rows(sums.base, sums.baseDims), dims: sums.baseDims, figure: baseFigure },
      { rows: rows(sums.candidate, sums.candidateDims), dims: sums.candidateDims, figure: candidateFigure },
      kept.length,
      this.settings,
    );
    return { estimate, n: kept.length, samples: kept.reduce((sum, unit) => sum + sums.samples[unit]!, 0) };
  }
}
