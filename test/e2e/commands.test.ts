// init → validate → eval → runs list → runs show: the everyday commands on a fresh folder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, suiteDir } from './helpers.js';

describe('everyday commands', () => {
  it('init writes a suite that validates and runs offline, and runs list/show find the run', async () => {
    const { dir, cleanup } = suiteDir({});
    try {
      const init = await runCli(['init', 'my-suite'], { cwd: dir });
      expect(init.code).toBe(0);
      expect(existsSync(join(dir, 'my-suite/groundtruth.yaml'))).toBe(true);
      const again = await runCli(['init', 'my-suite'], { cwd: dir });
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/already exists/);

      const valid = await runCli(['validate', 'my-suite'], { cwd: dir });
      expect(valid.code).toBe(0);
      expect(valid.stdout).toMatch(/3 cases × 1 target\(s\) × 1 prompt\(s\) → 3 results per run/);

      const run = await runCli(['eval', 'my-suite', '--filter-tag', 'geography'], { cwd: dir });
      expect(run.code).toBe(0);
      const id = /run (\d{8}-\d{6}-[0-9a-f]{6})/.exec(run.stderr)?.[1];
      expect(id).toBeDefined();

      const list = await runCli(['runs', 'list', '--suite', 'my-suite'], { cwd: dir });
      expect(list.code).toBe(0);
      expect(list.stdout).toContain(id);
      expect(list.stdout).toMatch(/completed/);

      const show = await runCli(['runs', 'show', id!.slice(0, 15), '--suite', 'my-suite', '-o', 'again.md'], {
        cwd: dir,
      });
      expect(show.code).toBe(0);
      expect(show.stdout).toContain(id);
      expect(show.stdout).toMatch(/results +2 of 2/);
      expect(readFileSync(join(dir, 'again.md'), 'utf8')).toMatch(/echo/);

      const json = await runCli(['runs', 'show', id!, '--suite', 'my-suite', '--json'], { cwd: dir });
      expect(JSON.parse(json.stdout)).toMatchObject({
        id,
        status: 'completed',
        caseCount: 2,
        expectedResults: 2,
      });

      const missing = await runCli(['runs', 'show', 'nope', '--suite', 'my-suite'], { cwd: dir });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/no run nope/);

      const badTag = await runCli(['eval', 'my-suite', '--filter-tag', 'nothing'], { cwd: dir });
      expect(badTag.code).toBe(2);
      expect(badTag.stderr).toMatch(/no case has tag nothing \(tags in the dataset: arithmetic, geography\)/);
    } finally {
      cleanup();
    }
  });

  it('prints help and version with exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/eval \[options\] \[path\]/);
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
