// What a run tallies as results arrive: the summary of every result, and, when the suite quarantines
// known-flaky cases, a second summary without them that the gates are evaluated on.
import type { Result } from '../core/index.js';
import { type CorpusFunctions, RunSummarizer, type RunSummaryWithoutGates } from '../report/summary.js';
import type { StoredResult } from '../store/types.js';

export class RunTallies {
  readonly #all: RunSummarizer;
  readonly #gated: RunSummarizer | undefined;
  readonly #found = new Set<string>();

  constructor(
    private readonly quarantine: ReadonlySet<string>,
    options: { corpus: CorpusFunctions; repeat: number },
  ) {
    this.#all = new RunSummarizer(options);
    this.#gated = quarantine.size > 0 ? new RunSummarizer(options) : undefined;
  }

  add(result: Result & Pick<StoredResult, 'tags' | 'slices'>): void {
    this.#all.add(result);
    if (this.quarantine.has(result.caseId)) this.#found.add(result.caseId);
    else this.#gated?.add(result);
  }

  /** The full summary, the one gates read (without quarantined cases), and the quarantined case ids seen. */
  finish(durationMs: number): {
    summary: RunSummaryWithoutGates;
    gated: RunSummaryWithoutGates;
    quarantined: string[];
  } {
    const summary = this.#all.finish({ durationMs });
    const gated = this.#gated ? this.#gated.finish({ durationMs }) : summary;
    return { summary, gated, quarantined: [...this.#found].sort() };
  }
}
