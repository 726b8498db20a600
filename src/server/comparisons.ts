// Comparisons for the compare page: runs named as `groundtruth compare` names them, and the last few
// comparisons kept, since the page asks for the figures and then pages through the cases of the same
// pair. A run that changes (a resumed run writing) moves its updatedAt, which is part of the key.
import { compareRuns, type RunComparison, resolveBaseline, resolveCandidate } from '../compare/index.js';
import type { Run } from '../core/index.js';
import type { Store } from '../store/types.js';

export interface ResolvedComparison {
  base: Run;
  candidate: Run;
  comparison: RunComparison;
}

export interface ComparisonRequest {
  /** `latest`, a run id or unique prefix, or a git branch name (among the candidate's suite's runs). */
  base: string;
  /** `latest` (the latest completed run), or a run id or unique prefix. */
  candidate: string;
  alpha?: number;
}

const DEFAULT_CAPACITY = 4;

export class ComparisonCache {
  readonly #store: Store;
  readonly #capacity: number;
  /** Insertion order is recency order: a hit is moved to the end, the first entry is evicted. */
  readonly #entries = new Map<string, Promise<RunComparison>>();

  constructor(store: Store, capacity = DEFAULT_CAPACITY) {
    this.#store = store;
    this.#capacity = capacity;
  }

  async compare(request: ComparisonRequest): Promise<ResolvedComparison> {
    const candidate = await resolveCandidate(this.#store, request.candidate);
    const base = await resolveBaseline(this.#store, {
      suitePath: candidate.suitePath,
      ref: request.base,
      candidateRunId: candidate.id,
    });
    const key = [base.id, base.updatedAt, candidate.id, candidate.updatedAt, request.alpha ?? ''].join(
      '\u0000',
    );
    let pending = this.#entries.get(key);
    if (pending === undefined) {
      pending = compareRuns(
        this.#store,
        base,
        candidate,
        request.alpha === undefined ? {} : { alpha: request.alpha },
      );
      // Two requests for the same pair share one computation; a failed one is not kept.
      pending.catch(() => this.#entries.delete(key));
      if (this.#entries.size >= this.#capacity) this.#entries.delete(this.#entries.keys().next().value!);
    } else {
      this.#entries.delete(key);
    }
    this.#entries.set(key, pending);
    return { base, candidate, comparison: await pending };
  }

  get size(): number {
    return this.#entries.size;
  }
}
