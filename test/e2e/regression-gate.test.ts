// The regression gate in `eval`, as CI uses it: against the previous run, a candidate that is only
// noisily worse (3 more failures out of 200) passes, and one that is really worse (40 more) fails with
// exit 1, naming the gate, its figures and the regressed cases.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, suiteDir } from './helpers.js';

// The system under test fails exactly the cases listed in failing.json.
const APP = `import { readFileSync } from 'node:fs';
const failing = new Set(JSON.parse(readFileSync(new URL('./failing.json', import.meta.url), 'utf8')));
export default ({ vars }) => (failing.has(vars.q) ? 'wrong' : 'right');
`;
const cases = ['id,q,expected', ...Array.from({ length: 200 }, (_, i) => `c${i},c${i},right`)].join('\n');
const failing = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `c${i}`));

describe('regression gate', () => {
  it('passes a noisily worse candidate and fails a really worse one', async () => {
    const { dir, cleanup } = suiteDir({
      'app.mjs': APP,
      'cases.csv': `${cases}\n`,
      'failing.json': failing(10),
      'groundtruth.yaml': `prompt: "{{q}}"
targets:
  - id: app
    type: module
    path: app.mjs
dataset: cases.csv
scorers:
  - type: equals
gates:
  regression:
    baseline: latest
    maxDrop: 0.02
    alpha: 0.05
`,
    });
    try {
      const run = (...args: string[]) => runCli(['eval', dir, '--no-progress', ...args], { cwd: dir });
      // The first run has nothing to compare with: the gate says so (exit 2), and the run, complete and
      // stored, becomes the baseline of the next one.
      const first = await run();
      expect(first.code).toBe(2);
      expect(first.stderr).toMatch(/no baseline/);
      expect(first.stdout).toMatch(/pass rate/); // the completed run's summary is still printed
      // A baseline that names nothing is an error too, never a silent pass.
      const named = await run('--baseline', 'no-such-branch');
      expect(named.code).toBe(2);

      writeFileSync(join(dir, 'failing.json'), failing(13));
      const noisy = await run();
      expect(noisy.stderr).not.toMatch(/internal error/);
      expect(noisy.code).toBe(0);
      expect(noisy.stdout).toMatch(/✓ regression\.passRate +app +−1\.5 pts/);
      expect(noisy.stdout).toMatch(/3 regressed: c10, c11, c12/);

      writeFileSync(join(dir, 'failing.json'), failing(53));
      const worse = await run();
      expect(worse.code).toBe(1);
      expect(worse.stdout).toMatch(/✗ regression\.passRate +app +−20\.0 pts/);
      expect(worse.stdout).toMatch(/40 regressed: c13, c14/);
    } finally {
      cleanup();
    }
  });
});
