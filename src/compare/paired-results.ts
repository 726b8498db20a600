// Reads two runs from the store, page by page, and pairs their results by case, target, prompt and
// repeat. Only numbers are kept per pair (status, scorer values, corpus statistics) in typed arrays:
// outputs and prompts are dropped as each page is read, so two 100,000-result runs fit in a few MB.
import { type ResultStatus, type Run, RunError } from '../core/index.js';
import type { Store, StoredResult } from '../store/types.js';

export const PASS = 0;
export const FAIL = 1;
export const ERROR = 2;
/** The other run has no such result. */
export const ABSENT = 3;

const STATUS_CODES: Record<ResultStatus, number> = { pass: PASS, fail: FAIL, error: ERROR };

export interface GroupKey {
  target: string;
  prompt: string;
}

/** One scorer's value per pair (NaN: no finite value), and the groups in which each run has it. */
export interface ScorerColumn {
  name: string;
  /** The candidate run's weight when it has the scorer, else the base run's. */
  weight: number;
  baseGroups: Set<number>;
  candidateGroups: Set<number>;
  base: Float64Array;
  candidate: Float64Array | undefined;
}

/** One run's side of a corpus metric: `dims` statistics per pair, NaN-filled where a result has none. */
export interface CorpusColumnSide {
  dims: number;
  rows: Float64Array;
  figure: (sum: readonly number[]) => number;
}

export interface CorpusColumn {
  base: CorpusColumnSide | undefined;
  candidate: CorpusColumnSide | undefined;
}

/** How each run turns a scorer's summed statistics into its corpus figure, by scorer name. */
export interface CorpusFigures {
  base: ReadonlyMap<string, (sum: readonly number[]) => number>;
  candidate: ReadonlyMap<string, (sum: readonly number[]) => number>;
}

export interface PairedResults {
  /** Results of the base run, each a pair slot (paired or not), in the order they were written. */
  pairs: number;
  caseIds: string[];
  groups: GroupKey[];
  pairCase: Int32Array;
  pairGroup: Int32Array;
  baseStatus: Uint8Array;
  /** ABSENT where the candidate has no such result. */
  candidateStatus: Uint8Array;
  /** Per case: its slice set (an index into sliceSets), from the candidate run when it has the case. */
  caseSliceSet: number[];
  sliceSets: string[][];
  scorers: Map<string, ScorerColumn>;
  /** Scorers that are corpus metrics in both runs. */
  corpus: Map<string, CorpusColumn>;
  /** Per group: results only the candidate has. */
  candidateOnly: number[];
  /** Results of excluded cases, both runs together. */
  excluded: number;
}

class Interner {
  readonly values: string[] = [];
  readonly #index = new Map<string, number>();

  intern(value: string): number {
    let index = this.#index.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.#index.set(value, index);
    }
    return index;
  }

  get(value: string): number | undefined {
    return this.#index.get(value);
  }
}

/** Pairs the results of `base` and `candidate`, leaving out the cases in `excludeCases`. */
export async function readPairedResults(
  store: Store,
  base: Run,
  candidate: Run,
  corpusFigures: CorpusFigures,
  excludeCases: ReadonlySet<string>,
): Promise<PairedResults> {
  const capacity = await store.countResults(base.id);
  const cases = new Interner();
  const groups = new Interner();
  const sliceSets = new Interner();
  const groupKeys: GroupKey[] = [];
  const caseSliceSet: number[] = [];
  const pairIndex = new Map<string, number>();
  const pairCase = new Int32Array(capacity);
  const pairGroup = new Int32Array(capacity);
  const baseStatus = new Uint8Array(capacity);
  const scorers = new Map<string, ScorerColumn>();
  const corpus = new Map<string, CorpusColumn>();
  for (const name of corpusFigures.base.keys()) {
    if (corpusFigures.candidate.has(name)) corpus.set(name, { base: undefined, candidate: undefined });
  }
  const candidateOnly: number[] = [];
  let excluded = 0;
  let pairs = 0;

  const groupOf = (result: StoredResult): number => {
    const key = `${result.targetId}\u0000${result.promptId}`;
    const index = groups.intern(key);
    if (index === groupKeys.length) {
      groupKeys.push({ target: result.targetId, prompt: result.promptId });
      candidateOnly.push(0);
    }
    return index;
  };
  const sliceSetValues: string[][] = [];
  const recordSliceSet = (caseIndex: number, result: StoredResult) => {
    const index = sliceSets.intern(result.slices.join('\u0000'));
    if (index === sliceSetValues.length) sliceSetValues.push([...result.slices]);
    caseSliceSet[caseIndex] = index;
  };

  for await (const result of store.results(base.id)) {
    if (excludeCases.has(result.caseId)) {
      excluded++;
      continue;
    }
    if (pairs === capacity) throw changedWhileRead(base);
    const caseIndex = cases.intern(result.caseId);
    if (caseIndex === caseSliceSet.length) recordSliceSet(caseIndex, result);
    const group = groupOf(result);
    pairIndex.set(`${caseIndex}\u0000${group}\u0000${result.repeat}`, pairs);
    pairCase[pairs] = caseIndex;
    pairGroup[pairs] = group;
    baseStatus[pairs] = STATUS_CODES[result.status];
    for (const score of result.scores) {
      let column = scorers.get(score.name);
      if (!column) {
        column = {
          name: score.name,
          weight: score.weight,
          baseGroups: new Set(),
          candidateGroups: new Set(),
          base: new Float64Array(capacity).fill(Number.NaN),
          candidate: undefined,
        };
        scorers.set(score.name, column);
      }
      column.baseGroups.add(group);
      if (Number.isFinite(score.value)) column.base[pairs] = score.value;
      const corpusColumn = corpus.get(score.name);
      if (corpusColumn && score.statistics && score.statistics.length > 0) {
        corpusColumn.base ??= newSide(score.statistics.length, capacity, corpusFigures.base.get(score.name)!);
        storeStatistics(corpusColumn.base, pairs, score.statistics, base, result);
      }
    }
    pairs++;
  }

  const candidateStatus = new Uint8Array(pairs).fill(ABSENT);
  for await (const result of store.results(candidate.id)) {
    if (excludeCases.has(result.caseId)) {
      excluded++;
      continue;
    }
    const group = groupOf(result);
    const caseIndex = cases.get(result.caseId);
    const pair =
      caseIndex === undefined ? undefined : pairIndex.get(`${caseIndex}\u0000${group}\u0000${result.repeat}`);
    if (caseIndex === undefined || pair === undefined) {
      candidateOnly[group]!++;
      continue;
    }
    recordSliceSet(caseIndex, result);
    candidateStatus[pair] = STATUS_CODES[result.status];
    for (const score of result.scores) {
      const column = scorers.get(score.name);
      if (!column) continue; // a scorer the base run never had cannot be compared
      if (column.candidate === undefined) {
        column.candidate = new Float64Array(pairs).fill(Number.NaN);
        column.weight = score.weight;
      }
      column.candidateGroups.add(group);
      if (Number.isFinite(score.value)) column.candidate[pair] = score.value;
      const corpusColumn = corpus.get(score.name);
      if (corpusColumn && score.statistics && score.statistics.length > 0) {
        corpusColumn.candidate ??= newSide(
          score.statistics.length,
          pairs,
          corpusFigures.candidate.get(score.name)!,
        );
        storeStatistics(corpusColumn.candidate, pair, score.statistics, candidate, result);
      }
    }
  }

  return {
    pairs,
    caseIds: cases.values,
    groups: groupKeys,
    pairCase: pairCase.subarray(0, pairs),
    pairGroup: pairGroup.subarray(0, pairs),
    baseStatus: baseStatus.subarray(0, pairs),
    candidateStatus,
    caseSliceSet,
    sliceSets: sliceSetValues,
    scorers,
    corpus,
    candidateOnly,
    excluded,
  };
}

function newSide(dims: number, slots: number, figure: (sum: readonly number[]) => number): CorpusColumnSide {
  return { dims, rows: new Float64Array(slots * dims).fill(Number.NaN), figure };
}

function storeStatistics(
  side: CorpusColumnSide,
  pair: number,
  statistics: readonly number[],
  run: Run,
  result: StoredResult,
): void {
  if (statistics.length !== side.dims) {
    throw new RunError(
      `run ${run.id}: case ${result.caseId}, target ${result.targetId}: scorer statistics have ${statistics.length} values where earlier results have ${side.dims}`,
    );
  }
  for (let d = 0; d < side.dims; d++) side.rows[pair * side.dims + d] = statistics[d]!;
}

function changedWhileRead(run: Run): RunError {
  return new RunError(`run ${run.id} gained results while it was being read`, {
    hint: 'compare runs once they have finished',
  });
}
