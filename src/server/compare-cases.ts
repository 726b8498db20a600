// The compare page's cases: result pairs of the comparison's flips (regressed, then fixed, then still
// failing, in the comparison's order), then with `all` the pairs whose outcome did not change, each
// with both outputs. A flip of a case with repeats is one row per paired repeat. Only the page's
// results are read whole.
import type { CaseFlip, FlipChange, RunComparison } from '../compare/index.js';
import type { Run } from '../core/index.js';
import type { ResultPair, SequencedResult, Store } from '../store/types.js';
import type { CompareCasesQuery, CompareCasesResponse, ComparedCase } from './api.js';
import { encodeResultId } from './result-id.js';

const CHANGES: Record<CompareCasesQuery['change'], readonly FlipChange[]> = {
  regressed: ['regressed'],
  fixed: ['fixed'],
  stillFailing: ['stillFailing'],
  changed: ['regressed', 'fixed'],
  all: ['regressed', 'fixed', 'stillFailing'],
};

const unitKey = (caseId: string, target: string, prompt: string) => `${caseId}\u0000${target}\u0000${prompt}`;

export async function compareCasesPage(
  store: Store,
  base: Run,
  candidate: Run,
  comparison: RunComparison,
  query: CompareCasesQuery,
): Promise<CompareCasesResponse> {
  const inTarget = (target: string) => query.target === undefined || target === query.target;
  const wanted = new Set<FlipChange>(CHANGES[query.change]);
  const flips = comparison.flips.cases.filter((f) => wanted.has(f.change) && inTarget(f.target));
  const flipRows = flips.reduce((sum, f) => sum + f.samples, 0);
  let total = flipRows;
  if (query.change === 'all') {
    // Every paired result is a row: flips first, then the rest.
    total = comparison.metrics
      .filter((m) => m.scorer === 'passRate' && inTarget(m.target))
      .reduce((sum, m) => sum + m.samples, 0);
  }
  const end = Math.min(total, query.offset + query.limit);
  const items: ComparedCase[] = [];
  if (query.offset < Math.min(end, flipRows)) {
    items.push(...(await flipPage(store, base, candidate, flips, query.offset, Math.min(end, flipRows))));
  }
  if (end > flipRows) {
    const flipped = new Set(flips.map((f) => unitKey(f.caseId, f.target, f.prompt)));
    const skip = Math.max(0, query.offset - flipRows);
    items.push(
      ...(await unchangedPage(store, base, candidate, flipped, query.target, skip, end - flipRows - skip)),
    );
  }
  return { items, total, offset: query.offset, limit: query.limit };
}

/** Rows [from, to) of the flips, each flip standing for `samples` rows. */
async function flipPage(
  store: Store,
  base: Run,
  candidate: Run,
  flips: readonly CaseFlip[],
  from: number,
  to: number,
): Promise<ComparedCase[]> {
  const covered: Array<{ flip: CaseFlip; skip: number }> = [];
  let start = 0;
  for (const flip of flips) {
    const stop = start + flip.samples;
    if (stop > from && start < to) covered.push({ flip, skip: Math.max(0, from - start) });
    if (stop >= to) break;
    start = stop;
  }
  const caseIds = covered.map((c) => c.flip.caseId);
  const [baseResults, candidateResults] = await Promise.all([
    store.resultsOfCases(base.id, caseIds),
    store.resultsOfCases(candidate.id, caseIds),
  ]);
  const baseByUnit = byUnit(baseResults);
  const candidateByUnit = byUnit(candidateResults);
  const rows: ComparedCase[] = [];
  for (const { flip, skip } of covered) {
    const key = unitKey(flip.caseId, flip.target, flip.prompt);
    const baseRepeats = baseByUnit.get(key) ?? new Map<number, SequencedResult>();
    const candidateRepeats = candidateByUnit.get(key) ?? new Map<number, SequencedResult>();
    const paired = [...baseRepeats.keys()].filter((r) => candidateRepeats.has(r)).sort((a, b) => a - b);
    for (const repeat of paired.slice(skip)) {
      rows.push(row(flip.change, baseRepeats.get(repeat)!, candidateRepeats.get(repeat)!, base, candidate));
    }
  }
  return rows.slice(0, to - from);
}

/** `count` pairs whose unit did not flip, after skipping `skip` of them, in the base run's order. */
async function unchangedPage(
  store: Store,
  base: Run,
  candidate: Run,
  flipped: ReadonlySet<string>,
  target: string | undefined,
  skip: number,
  count: number,
): Promise<ComparedCase[]> {
  const pairs: ResultPair[] = [];
  let skipped = 0;
  for await (const pair of store.resultPairs(
    base.id,
    candidate.id,
    target === undefined ? {} : { targetId: target },
  )) {
    if (flipped.has(unitKey(pair.caseId, pair.targetId, pair.promptId))) continue;
    if (skipped < skip) {
      skipped++;
      continue;
    }
    pairs.push(pair);
    if (pairs.length === count) break;
  }
  const caseIds = pairs.map((p) => p.caseId);
  const [baseResults, candidateResults] = await Promise.all([
    store.resultsOfCases(base.id, caseIds),
    store.resultsOfCases(candidate.id, caseIds),
  ]);
  const baseBySeq = new Map(baseResults.map((r) => [r.seq, r]));
  const candidateBySeq = new Map(candidateResults.map((r) => [r.seq, r]));
  return pairs.map((p) =>
    row('unchanged', baseBySeq.get(p.base.seq)!, candidateBySeq.get(p.candidate.seq)!, base, candidate),
  );
}

function byUnit(results: readonly SequencedResult[]): Map<string, Map<number, SequencedResult>> {
  const units = new Map<string, Map<number, SequencedResult>>();
  for (const result of results) {
    const key = unitKey(result.caseId, result.targetId, result.promptId);
    let repeats = units.get(key);
    if (repeats === undefined) {
      repeats = new Map();
      units.set(key, repeats);
    }
    repeats.set(result.repeat, result);
  }
  return units;
}

function row(
  change: ComparedCase['change'],
  baseResult: SequencedResult,
  candidateResult: SequencedResult,
  base: Run,
  candidate: Run,
): ComparedCase {
  const side = (run: Run, result: SequencedResult) => ({
    resultId: encodeResultId(run.id, result.seq),
    status: result.status,
    output: result.output,
    error: result.error,
  });
  return {
    caseId: baseResult.caseId,
    targetId: baseResult.targetId,
    promptId: baseResult.promptId,
    repeat: baseResult.repeat,
    change,
    base: side(base, baseResult),
    candidate: side(candidate, candidateResult),
  };
}
