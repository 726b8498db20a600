// Paired results grouped into the statistical units of a comparison: one unit per case × target ×
// prompt, holding what both runs say over the repeats they share. Repeats of one case are not
// independent, so resampling and permutations work on units, never on single results.
import { ABSENT, PASS, type PairedResults } from './paired-results.js';

export interface CaseUnits {
  count: number;
  unitCase: Int32Array;
  unitGroup: Int32Array;
  /** Paired repeats of the unit. */
  samples: Int32Array;
  basePassed: Int32Array;
  candidatePassed: Int32Array;
  /** Per pair: its unit, or −1 when the candidate lacks the result. */
  pairUnit: Int32Array;
  /** Per group: its units in the order their cases were first read. */
  byGroup: Int32Array[];
  /** Per group: results only the base run has. */
  baseOnly: number[];
}

export function groupIntoUnits(paired: PairedResults): CaseUnits {
  const groupCount = paired.groups.length;
  const unitOf = new Map<number, number>();
  const pairUnit = new Int32Array(paired.pairs).fill(-1);
  const baseOnly = new Array<number>(groupCount).fill(0);
  const unitCase: number[] = [];
  const unitGroup: number[] = [];
  for (let pair = 0; pair < paired.pairs; pair++) {
    const group = paired.pairGroup[pair]!;
    if (paired.candidateStatus[pair] === ABSENT) {
      baseOnly[group]!++;
      continue;
    }
    const key = paired.pairCase[pair]! * groupCount + group;
    let unit = unitOf.get(key);
    if (unit === undefined) {
      unit = unitCase.length;
      unitOf.set(key, unit);
      unitCase.push(paired.pairCase[pair]!);
      unitGroup.push(group);
    }
    pairUnit[pair] = unit;
  }
  const count = unitCase.length;
  const samples = new Int32Array(count);
  const basePassed = new Int32Array(count);
  const candidatePassed = new Int32Array(count);
  for (let pair = 0; pair < paired.pairs; pair++) {
    const unit = pairUnit[pair]!;
    if (unit < 0) continue;
    samples[unit]!++;
    if (paired.baseStatus[pair] === PASS) basePassed[unit]!++;
    if (paired.candidateStatus[pair] === PASS) candidatePassed[unit]!++;
  }
  const perGroup: number[][] = Array.from({ length: groupCount }, () => []);
  for (let unit = 0; unit < count; unit++) perGroup[unitGroup[unit]!]!.push(unit);
  return {
    count,
    unitCase: Int32Array.from(unitCase),
    unitGroup: Int32Array.from(unitGroup),
    samples,
    basePassed,
    candidatePassed,
    pairUnit,
    byGroup: perGroup.map((units) => Int32Array.from(units)),
    baseOnly,
  };
}

/** A metric's value per unit in each run (NaN where the unit has none) and the samples behind it. */
export interface UnitValues {
  base: Float64Array;
  candidate: Float64Array;
  samples: Int32Array;
}

/** The share of passing samples per unit: errors count as failures, as in the run's pass rate. */
export function passShares(units: CaseUnits): UnitValues {
  const base = new Float64Array(units.count);
  const candidate = new Float64Array(units.count);
  for (let unit = 0; unit < units.count; unit++) {
    base[unit] = units.basePassed[unit]! / units.samples[unit]!;
    candidate[unit] = units.candidatePassed[unit]! / units.samples[unit]!;
  }
  return { base, candidate, samples: units.samples };
}

/** A scorer's mean per unit over the paired repeats where both runs have a finite value. */
export function scorerMeans(units: CaseUnits, base: Float64Array, candidate: Float64Array): UnitValues {
  const baseSum = new Float64Array(units.count);
  const candidateSum = new Float64Array(units.count);
  const samples = new Int32Array(units.count);
  for (let pair = 0; pair < units.pairUnit.length; pair++) {
    const unit = units.pairUnit[pair]!;
    if (unit < 0 || Number.isNaN(base[pair]!) || Number.isNaN(candidate[pair]!)) continue;
    baseSum[unit]! += base[pair]!;
    candidateSum[unit]! += candidate[pair]!;
    samples[unit]!++;
  }
  for (let unit = 0; unit < units.count; unit++) {
    const n = samples[unit]!;
    baseSum[unit] = n === 0 ? Number.NaN : baseSum[unit]! / n;
    candidateSum[unit] = n === 0 ? Number.NaN : candidateSum[unit]! / n;
  }
  return { base: baseSum, candidate: candidateSum, samples };
}

/** Per unit, each run's corpus statistics summed over the paired repeats where both runs have them. */
export interface UnitStatistics {
  base: Float64Array;
  candidate: Float64Array;
  baseDims: number;
  candidateDims: number;
  samples: Int32Array;
}

export function summedStatistics(
  units: CaseUnits,
  base: { dims: number; rows: Float64Array },
  candidate: { dims: number; rows: Float64Array },
): UnitStatistics {
  const baseSums = new Float64Array(units.count * base.dims);
  const candidateSums = new Float64Array(units.count * candidate.dims);
  const samples = new Int32Array(units.count);
  for (let pair = 0; pair < units.pairUnit.length; pair++) {
    const unit = units.pairUnit[pair]!;
    // A result without statistics has its row left NaN: checking the first value is enough.
    if (unit < 0 || Number.isNaN(base.rows[pair * base.dims]!)) continue;
    if (Number.isNaN(candidate.rows[pair * candidate.dims]!)) continue;
    for (let d = 0; d < base.dims; d++) baseSums[unit * base.dims + d]! += base.rows[pair * base.dims + d]!;
    for (let d = 0; d < candidate.dims; d++)
      candidateSums[unit * candidate.dims + d]! += candidate.rows[pair * candidate.dims + d]!;
    samples[unit]!++;
  }
  return {
    base: baseSums,
    candidate: candidateSums,
    baseDims: base.dims,
    candidateDims: candidate.dims,
    samples,
  };
}
