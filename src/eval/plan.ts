// The first pass of a run: which cases it covers, that every prompt renders for each of them, and how
// many results the run will have. Nothing is sent to a target before this succeeds.
import { type Case, DatasetError, repeatsOf, type Suite, UsageError } from '../core/index.js';
import type { Dataset } from '../suite/index.js';
import { TemplateError } from '../template/index.js';
import { renderPrompt } from './render-prompt.js';

/** Choices that shape which results a run has; stored with the run so a resume makes the same ones. */
export interface RunShape {
  repeat: number;
  filterTags: string[];
  cache: boolean;
}

export interface RunPlan {
  datasetHash: string;
  caseCount: number;
  expectedResults: number;
}

/**
 * First pass over the dataset: validates every row, checks that every prompt renders for every
 * selected case (a missing variable fails here, before anything is sent), and counts the work.
 */
export async function planRun(suite: Suite, dataset: Dataset, shape: RunShape): Promise<RunPlan> {
  let caseCount = 0;
  let expectedResults = 0;
  const perCase = suite.targets.length * suite.prompts.length;
  const scan = await dataset.scan((c, origin) => {
    if (!selected(c, shape.filterTags)) return;
    for (const prompt of suite.prompts) {
      try {
        renderPrompt(prompt, c.vars);
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        throw new DatasetError(`case ${c.id}: prompt "${prompt.id}": ${error.message}`, origin);
      }
    }
    caseCount++;
    expectedResults += perCase * repeatsOf(c, shape.repeat, suite.repeatPerTag);
  });
  if (shape.filterTags.length > 0 && caseCount === 0) {
    const known = [...scan.tags.keys()].sort().join(', ') || 'none';
    throw new UsageError(`no case has tag ${shape.filterTags.join(' or ')} (tags in the dataset: ${known})`);
  }
  return { datasetHash: scan.hash, caseCount, expectedResults };
}

export function selected(c: Case, filterTags: readonly string[]): boolean {
  return filterTags.length === 0 || c.tags.some((t) => filterTags.includes(t));
}
