// The GitHub Actions example must stay runnable: valid YAML, the steps the docs describe, and only
// groundtruth commands and flags that exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from './helpers.js';

interface Workflow {
  on: Record<string, unknown>;
  env: Record<string, string>;
  jobs: Record<
    string,
    { steps: Array<{ name?: string; uses?: string; run?: string; with?: Record<string, unknown> }> }
  >;
}

describe('examples/ci', () => {
  const workflow = parse(readFileSync(join(ROOT, 'examples/ci/groundtruth.yml'), 'utf8')) as Workflow;
  const steps = workflow.jobs.eval!.steps;

  it('runs on pull requests and on pushes to main, with the store cached between them', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.env.GROUNDTRUTH_DB).toBe('.groundtruth/groundtruth.db');
    const uses = steps.map((s) => s.uses ?? '');
    expect(uses).toEqual(
      expect.arrayContaining([
        'actions/cache/restore@v4',
        'actions/cache/save@v4',
        'marocchino/sticky-pull-request-comment@v2',
        'actions/upload-artifact@v4',
      ]),
    );
  });

  it('uses only groundtruth flags that exist, and the suite it names validates', async () => {
    const commands = steps
      .flatMap((s) => (s.run ?? '').split('\n'))
      .filter((line) => line.includes('npx groundtruth'));
    expect(commands.length).toBeGreaterThanOrEqual(2);
    const help = (await runCli(['eval', '--help'])).stdout;
    for (const command of commands) {
      for (const flag of command.match(/\s(--?[a-z][\w-]*)/g) ?? []) expect(help).toContain(flag.trim());
    }
    expect(commands.some((c) => c.includes('--baseline main'))).toBe(true);
    const suite = workflow.env.SUITE!;
    expect((await runCli(['validate', suite])).code).toBe(0);
  });
});
