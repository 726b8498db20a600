// `dataset add-from-run`: the cases behind a run's results (all, failed only, one tag) become a new
// version of a dataset, each with the run's output kept as a candidate answer for a reviewer to
// correct into gold. The base is the name's latest version; a case already in it is replaced in place.
import { type Case, contentHash, NotFoundError, type Run, RunError } from '../core/index.js';
import type { DatasetVersion, Store, StoredResult } from '../store/index.js';
import { checkDatasetName, LATEST } from './dataset-spec.js';

export interface AddFromRunRequest {
  /** Run id or unique prefix. */
  runId: string;
  name: string;
  /** Only results that failed or errored. */
  failedOnly: boolean;
  /** Only results whose case has this tag. */
  tag?: string;
}

export interface AddFromRunOutcome {
  run: Run;
  /** Results that passed the filters. */
  results: number;
  /** The resulting version; undefined when no result passed the filters (nothing is stored then). */
  version?: DatasetVersion;
  /** false: the cases were already exactly so (the base, or an earlier version, is returned). */
  created: boolean;
  base?: DatasetVersion;
  /** Case ids new to the dataset, and ids of the base whose content this replaced. */
  added: string[];
  changed: string[];
}

/** What one result contributes: its place among the case's results, and its output or error. */
interface Candidate {
  targetId: string;
  promptId: string;
  repeat: number;
  output: string | null;
  error: string | null;
}

/** Metadata keys this command writes; an earlier add-from-run's values are replaced, not merged. */
const CANDIDATE_KEYS = ['fromRun', 'target', 'candidate', 'candidates', 'error'] as const;

export async function addFromRun(store: Store, request: AddFromRunRequest): Promise<AddFromRunOutcome> {
  const name = checkDatasetName(request.name);
  const run = await store.findRun(request.runId);
  if (run === undefined) {
    throw new NotFoundError(`no run ${request.runId} in this store`, {
      hint: 'groundtruth runs list shows the runs',
    });
  }
  const picked = await pickResults(store, run.id, request);
  const results = [...picked.values()].reduce((sum, list) => sum + list.length, 0);
  if (picked.size === 0) return { run, results, created: false, added: [], changed: [] };

  const targetOrder = new Map(run.targets.map((t, i) => [t.id, i]));
  const replacements = new Map<string, Case>();
  for (const [caseId, candidates] of picked) {
    const stored = await store.getCase(run.id, caseId);
    if (stored === undefined)
      throw new RunError(`run ${run.id} has results for case ${caseId} but not the case`);
    replacements.set(caseId, withCandidates(stored, candidates, run.id, targetOrder));
  }

  const base = await store.findDatasetVersion(name, LATEST);
  const { added, changed } = await compareWithBase(store, base, replacements);
  const { version, created } = await store.putDatasetVersion({
    name,
    cases: () => mergeIntoBase(store, base, replacements),
    note: describeSelection(run.id, request),
    ...(base ? { parent: base.id } : {}),
  });
  return { run, results, version, created, ...(base ? { base } : {}), added, changed };
}

async function pickResults(
  store: Store,
  runId: string,
  request: AddFromRunRequest,
): Promise<Map<string, Candidate[]>> {
  const picked = new Map<string, Candidate[]>();
  for await (const result of store.results(runId)) {
    if (!selected(result, request)) continue;
    const candidate: Candidate = {
      targetId: result.targetId,
      promptId: result.promptId,
      repeat: result.repeat,
      output: result.output,
      error: result.error,
    };
    const list = picked.get(result.caseId);
    if (list) list.push(candidate);
    else picked.set(result.caseId, [candidate]);
  }
  return picked;
}

function selected(result: StoredResult, request: AddFromRunRequest): boolean {
  if (request.failedOnly && result.status === 'pass') return false;
  return request.tag === undefined || result.tags.includes(request.tag);
}

/**
 * The run's case with `metadata.fromRun`, `metadata.target` and `metadata.candidate` (the first
 * output, by target order, prompt and repeat; null with `metadata.error` when every result errored),
 * and with several results `metadata.candidates`: each target's distinct outputs.
 */
function withCandidates(
  stored: Case,
  candidates: readonly Candidate[],
  runId: string,
  targetOrder: ReadonlyMap<string, number>,
): Case {
  const ordered = [...candidates].sort(
    (a, b) =>
      (targetOrder.get(a.targetId) ?? Number.MAX_SAFE_INTEGER) -
        (targetOrder.get(b.targetId) ?? Number.MAX_SAFE_INTEGER) ||
      compareText(a.promptId, b.promptId) ||
      a.repeat - b.repeat,
  );
  const first = ordered.find((c) => c.output !== null) ?? ordered[0]!;
  const metadata: Record<string, unknown> = { ...stored.metadata };
  if (metadata.fromRun !== undefined) for (const key of CANDIDATE_KEYS) delete metadata[key];
  metadata.fromRun = runId;
  metadata.target = first.targetId;
  metadata.candidate = first.output;
  if (first.output === null && first.error !== null) metadata.error = first.error;
  if (ordered.length > 1) {
    const perTarget: Record<string, string[]> = {};
    for (const c of ordered) {
      perTarget[c.targetId] ??= [];
      const outputs = perTarget[c.targetId]!;
      if (c.output !== null && !outputs.includes(c.output)) outputs.push(c.output);
    }
    metadata.candidates = perTarget;
  }
  return { ...stored, metadata };
}

async function compareWithBase(
  store: Store,
  base: DatasetVersion | undefined,
  replacements: ReadonlyMap<string, Case>,
): Promise<{ added: string[]; changed: string[] }> {
  const inBase = new Set<string>();
  const changed: string[] = [];
  if (base) {
    for await (const c of store.datasetCases(base.id)) {
      const replacement = replacements.get(c.id);
      if (replacement === undefined) continue;
      inBase.add(c.id);
      if (contentHash(replacement) !== contentHash(c)) changed.push(c.id);
    }
  }
  return { added: [...replacements.keys()].filter((id) => !inBase.has(id)), changed };
}

/** The base's cases in order, each replaced where the run has it, then the run's new cases. */
async function* mergeIntoBase(
  store: Store,
  base: DatasetVersion | undefined,
  replacements: ReadonlyMap<string, Case>,
): AsyncIterable<Case> {
  const pending = new Set(replacements.keys());
  if (base) {
    for await (const c of store.datasetCases(base.id)) {
      if (pending.delete(c.id)) yield replacements.get(c.id)!;
      else yield c;
    }
  }
  for (const id of pending) yield replacements.get(id)!;
}

function describeSelection(runId: string, request: AddFromRunRequest): string {
  const filters = [request.failedOnly ? 'failed' : '', request.tag === undefined ? '' : `tag ${request.tag}`]
    .filter((f) => f !== '')
    .join(', ');
  return `from run ${runId}${filters === '' ? '' : ` (${filters})`}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
