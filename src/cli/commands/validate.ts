// `groundtruth validate`: everything `eval` checks before it sends anything, and nothing more.
import { relative } from 'node:path';
import { openSuiteDataset } from '../../benchmarks/suite-dataset.js';
import { ExitCode } from '../../core/index.js';
import { planRun } from '../../eval/plan.js';
import { loadSuite, openDataset } from '../../suite/index.js';
import { type CliIO, writeLine } from '../io.js';
import { withStore } from '../store-location.js';

export async function validateCommand(
  path: string | undefined,
  options: { json: boolean; db?: string },
  io: CliIO,
): Promise<number> {
  const suite = await loadSuite(path ?? io.cwd, { env: io.env });
  const shape = { repeat: suite.repeat, filterTags: [], cache: suite.cache };
  // A stored dataset version is read from the store (which validate otherwise never opens).
  const plan =
    suite.dataset.kind === 'stored'
      ? await withStore({ db: options.db, suite: suite.path }, io, async (store) =>
          planRun(suite, await openSuiteDataset(suite, store), shape),
        )
      : await planRun(suite, openDataset(suite.dataset), shape);
  const figures = {
    suite: suite.path,
    cases: plan.caseCount,
    targets: suite.targets.map((t) => t.id),
    prompts: suite.prompts.map((p) => p.id),
    scorers: suite.scorers.map((s) => s.name),
    results: plan.expectedResults,
    datasetHash: plan.datasetHash,
    suiteHash: suite.hash,
  };
  if (options.json) {
    writeLine(io.stdout, JSON.stringify(figures, null, 2));
  } else {
    const where = relative(io.cwd, suite.path) || suite.path;
    writeLine(
      io.stdout,
      `✓ ${where} is valid: ${plan.caseCount} cases × ${suite.targets.length} target(s) × ${suite.prompts.length} prompt(s)` +
        ` → ${plan.expectedResults} results per run; scorers: ${figures.scorers.join(', ') || 'none'}`,
    );
  }
  return ExitCode.ok;
}
