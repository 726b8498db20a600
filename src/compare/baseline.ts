// Which stored runs a comparison or a regression gate measures: the baseline (`latest`, a run id or
// unique prefix, or a git branch name) and the candidate (`latest`, or a run id or unique prefix).
import { NotFoundError, type Run, UsageError } from '../core/index.js';
import { effectiveStatus } from '../eval/run-status.js';
import type { Store } from '../store/types.js';

export interface BaselineRequest {
  /** Absolute path of the suite file: `latest` and branch names look among this suite's runs. */
  suitePath: string;
  /** `latest`, a run id or unique prefix, or a git branch name. */
  ref: string;
  /** The run being judged: never its own baseline. */
  candidateRunId?: string;
}

const PAGE = 100;

/**
 * The baseline run for `ref`:
 * - `latest`: the latest completed run of the suite, other than the candidate;
 * - a run id: that run (it must be completed), whatever its suite;
 * - a git branch name: the latest completed run of the suite whose `git.branch` is that name;
 * - else a unique run id prefix.
 * An exact run id wins over a branch of the same name, and a branch over a run id prefix.
 * NotFoundError (exit 2) when nothing matches, naming what was looked for.
 */
export async function resolveBaseline(store: Store, request: BaselineRequest): Promise<Run> {
  const ref = request.ref.trim();
  const { suitePath, candidateRunId } = request;
  if (ref === '') throw new UsageError('the baseline is empty: give latest, a run id or a git branch name');
  if (ref === 'latest') {
    const run = await latestCompleted(store, suitePath, (r) => r.id !== candidateRunId);
    if (run) return run;
    throw new NotFoundError(
      `no baseline: no completed run of ${suitePath}${candidateRunId ? ` other than ${candidateRunId}` : ''}`,
      {
        hint: 'run groundtruth eval on the base version first, or name a run id or git branch as the baseline',
      },
    );
  }
  const exact = await store.getRun(ref);
  if (exact) return checkUsable(exact, candidateRunId);
  const onBranch = await latestCompleted(
    store,
    suitePath,
    (r) => r.git?.branch === ref && r.id !== candidateRunId,
  );
  if (onBranch) return onBranch;
  const byPrefix = await store.findRun(ref);
  if (byPrefix) return checkUsable(byPrefix, candidateRunId);
  throw new NotFoundError(
    `no baseline "${ref}": no run id starts with it and no completed run of ${suitePath} was made on git branch "${ref}"`,
    { hint: 'a baseline is latest, a run id (groundtruth runs list shows them) or a git branch name' },
  );
}

/**
 * The run being judged: `latest` (the latest completed run, of `suitePath` when given), or a run id or
 * unique prefix of a run that is not still running. NotFoundError when nothing matches.
 */
export async function resolveCandidate(store: Store, ref: string, suitePath?: string): Promise<Run> {
  if (ref === 'latest') {
    const [run] = await store.listRuns({
      ...(suitePath !== undefined ? { suitePath } : {}),
      status: ['completed'],
      limit: 1,
    });
    if (run) return run;
    throw new NotFoundError(`no completed run${suitePath ? ` of ${suitePath}` : ''} in this store`, {
      hint: 'groundtruth runs list shows the runs',
    });
  }
  const run = await store.findRun(ref);
  if (!run)
    throw new NotFoundError(`no run ${ref} in this store`, { hint: 'groundtruth runs list shows the runs' });
  if (effectiveStatus(run) === 'running')
    throw new UsageError(`run ${run.id} is still running: compare it once it has finished`);
  return run;
}

function checkUsable(run: Run, candidateRunId: string | undefined): Run {
  if (run.id === candidateRunId)
    throw new UsageError(`run ${run.id} is the candidate itself: choose another baseline`);
  if (run.status !== 'completed')
    throw new UsageError(`baseline run ${run.id} is ${run.status}: a baseline must be a completed run`, {
      hint: `finish it with: groundtruth eval --resume ${run.id}`,
    });
  return run;
}

/** Newest first, a page at a time, so a long history is not read whole. */
async function latestCompleted(
  store: Store,
  suitePath: string,
  accept: (run: Run) => boolean,
): Promise<Run | undefined> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listRuns({ suitePath, status: ['completed'], limit: PAGE, offset });
    const found = page.find(accept);
    if (found) return found;
    if (page.length < PAGE) return undefined;
  }
}
