// Gates decide the exit code: 0 when they hold, 1 when one fails (each failing gate printed with its
// figure), 3 when the error rate says the run could not complete.
import { describe, expect, it } from 'vitest';
import { runCli, suiteDir } from './helpers.js';

// echo returns the prompt; cases whose expected text is in the question pass, the others fail.
const CASES = [
  'id,question,expected,tags',
  'a,apple pie,apple,fruit',
  'b,banana bread,banana,fruit',
  'c,carrot cake,cherry,veg',
  'd,date loaf,date,fruit',
].join('\n');

const suite = (gates: string, extraTarget = '') => `prompt: "{{question}}"
targets:
  - id: echo
    type: echo
${extraTarget}dataset: cases.csv
scorers:
  - type: contains
    value: "{{expected}}"
${gates}`;

async function evalWith(yaml: string) {
  const { dir, cleanup } = suiteDir({ 'groundtruth.yaml': yaml, 'cases.csv': `${CASES}\n` });
  try {
    return await runCli(['eval', dir], { cwd: dir });
  } finally {
    cleanup();
  }
}

describe('gates and exit codes', () => {
  it('exit 0 when every gate holds', async () => {
    const res = await evalWith(suite('gates:\n  passRate: 0.75\n  minMean:\n    contains: 0.7\n'));
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/✓ passRate +echo +75\.0% \(limit 75\.0%\)/);
  });

  it('exit 1 when a gate fails, printing the figure', async () => {
    const res = await evalWith(suite('gates:\n  passRate: 0.9\n'));
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/✗ passRate +echo +75\.0% \(limit 90\.0%\)/);
  });

  it('without gates every result must pass', async () => {
    const res = await evalWith(suite(''));
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/✗ passRate +echo +75\.0% \(limit 100\.0%\)/);
  });

  it('`gates: {}` turns gating off', async () => {
    const res = await evalWith(suite('gates: {}\n'));
    expect(res.code).toBe(0);
  });

  it('a target with gate: false is reported but not gated', async () => {
    const extra =
      '  - id: broken\n    type: exec\n    command: "false"\n    maxRetries: 0\n    gate: false\n';
    const res = await evalWith(suite('gates:\n  passRate: 0.75\n', extra));
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/broken/);
  });

  it('exit 3 when the error rate is over maxErrorRate', async () => {
    const extra = '  - id: broken\n    type: exec\n    command: "false"\n    maxRetries: 0\n';
    const res = await evalWith(suite('gates:\n  maxErrorRate: 0.2\n', extra));
    expect(res.code).toBe(3);
    expect(res.stdout).toMatch(/✗ maxErrorRate +broken +100\.0% \(limit 20\.0%\) \(incomplete\)/);
  });
});
