// Slices pivoted for display: one row per tag, one column per target (× prompt), as the Markdown and
// HTML reports lay them out.
import type { RunSummary, SliceSummary } from '../core/index.js';

export interface SliceGrid {
  tags: string[];
  /** One entry per target summary, in the summary's order: the slices of each tag for that target. */
  columns: Array<{ targetId: string; promptId: string; byTag: Map<string, SliceSummary> }>;
}

export function pivotSlices(summary: Pick<RunSummary, 'targets' | 'slices'>): SliceGrid {
  const columns = summary.targets.map((t) => ({
    targetId: t.targetId,
    promptId: t.promptId,
    byTag: new Map<string, SliceSummary>(),
  }));
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const slice of summary.slices) {
    if (!seen.has(slice.tag)) {
      seen.add(slice.tag);
      tags.push(slice.tag);
    }
    const column = columns.find((c) => c.targetId === slice.targetId && c.promptId === slice.promptId);
    column?.byTag.set(slice.tag, slice);
  }
  return { tags, columns };
}
