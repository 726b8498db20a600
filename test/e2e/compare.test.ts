// `groundtruth compare` through the built CLI on runs the engine made: the quickstart with its typo
// correction switched off, and the regression gate's noisy-versus-real pair on 200 cases.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricComparison, RunComparison } from '../../src/compare/index.js';
import { range, writeRegressionSuite } from '../../src/compare/test-helpers/regression-suite.js';
import { ROOT, runCli } from './helpers.js';

const env = { OPENAI_API_KEY: '', ANTHROPIC_API_KEY: '' };

async function latestRunId(dir: string): Promise<string> {
  const res = await runCli(['runs', 'list', '--suite', dir, '--json', '--limit', '1'], { cwd: dir, env });
  return (JSON.parse(res.stdout) as Array<{ id: string }>)[0]!.id;
}

function passRateOf(comparison: RunComparison, target: string): MetricComparison {
  return comparison.metrics.find((m) => m.target === target && m.scorer === 'passRate')!;
}

describe('compare on the quickstart: the assistant without typo correction', () => {
  let dir: string;
  let json: RunComparison;
  let table: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gt-e2e-compare-'));
    cpSync(join(ROOT, 'examples/quickstart'), dir, { recursive: true });
    // Outside this repository the copy needs its own ESM marker for assistant.ts to load as ESM.
    writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n');
    expect((await runCli(['eval', dir, '--no-progress'], { cwd: dir, env })).code).toBe(0);
    const suiteFile = join(dir, 'groundtruth.yaml');
    const yaml = readFileSync(suiteFile, 'utf8');
    const changed = yaml.replace(
      /(- id: faq-assistant\n(\s+)type: module\n\s+path: assistant\.ts\n)/,
      '$1$2export: answerWithoutTypoTolerance\n',
    );
    expect(changed).not.toBe(yaml);
    writeFileSync(suiteFile, changed);
    // The candidate may fail the suite's own gates: it is the comparison that matters here.
    expect((await runCli(['eval', dir, '--no-progress'], { cwd: dir, env })).code).not.toBe(2);
    const res = await runCli(
      ['compare', 'latest', 'latest', '--suite', dir, '--json', '-o', join(dir, 'report.md')],
      {
        cwd: dir,
        env,
      },
    );
    expect(res.stderr).not.toMatch(/error/);
    expect(res.code).toBe(0);
    json = JSON.parse(res.stdout) as RunComparison;
    table = (await runCli(['compare', 'latest', 'latest', '--suite', dir], { cwd: dir, env })).stdout;
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the regressed typo cases and a significant drop on the typo slice only for that target', () => {
    expect(json.unpaired.base + json.unpaired.candidate).toBe(0);
    expect(json.flips.regressed.length).toBeGreaterThan(3);
    expect(json.flips.regressed.filter((id) => id.startsWith('typo')).length).toBeGreaterThan(3);
    const changed = json.flips.cases.filter((f) => f.change !== 'stillFailing');
    expect(changed.every((f) => f.target === 'faq-assistant')).toBe(true);
    const typo = json.slices.find(
      (s) => s.slice === 'typo' && s.target === 'faq-assistant' && s.scorer === 'passRate',
    )!;
    expect(typo.delta).toBeLessThan(-0.3);
    expect(typo.significant).toBe(true);
    const untouched = passRateOf(json, 'faq-assistant-no-typos');
    expect(untouched).toMatchObject({ delta: 0, pValue: 1, significant: false });
    expect(passRateOf(json, 'faq-assistant').delta).toBeLessThan(0);
  });

  it('prints the regressed cases before the metrics and writes a Markdown report', () => {
    expect(table.indexOf('Regressed (')).toBeGreaterThan(0);
    expect(table.indexOf('Regressed (')).toBeLessThan(table.indexOf('Metrics'));
    expect(table).toMatch(/│ typo +│ faq-assistant +│/);
    const markdown = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(markdown.indexOf('### Regressed cases')).toBeLessThan(markdown.indexOf('### Metrics'));
    expect(markdown).toMatch(/\| typo-\S+ \| faq-assistant \| 1\/1 \| 0\/1 \|/);
  });
});

describe('compare --json: only noisily worse versus really worse, on 200 cases', () => {
  let dir: string;
  let base: string;
  const evaluate = async (failing: number[]) => {
    writeRegressionSuite(dir, failing);
    expect((await runCli(['eval', dir, '--no-progress'], { cwd: dir, env })).code).toBe(0);
    return latestRunId(dir);
  };
  const compare = async (candidate: string) => {
    const res = await runCli(['compare', base, candidate, '--suite', dir, '--json'], { cwd: dir, env });
    expect(res.code).toBe(0);
    return JSON.parse(res.stdout) as RunComparison;
  };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gt-e2e-regression-'));
    base = await evaluate(range(1, 20));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('3 more failures out of 200: a drop, but not a significant one', async () => {
    const comparison = await compare(await evaluate(range(1, 23)));
    expect(comparison.flips.regressed).toEqual(['c21', 'c22', 'c23']);
    expect(passRateOf(comparison, 'model')).toMatchObject({
      base: 0.9,
      candidate: 0.885,
      pValue: 0.25,
      significant: false,
    });
  });

  it('40 more failures out of 200: significant, and far beyond a 2-point tolerance', async () => {
    const comparison = await compare(await evaluate(range(1, 60)));
    expect(comparison.flips.regressed).toHaveLength(40);
    const passRate = passRateOf(comparison, 'model');
    expect(passRate).toMatchObject({ base: 0.9, candidate: 0.7, significant: true, test: 'mcnemar-exact' });
    expect(passRate.delta!).toBeCloseTo(-0.2, 12);
    expect(passRate.pValue!).toBeLessThan(1e-11);
    expect(passRate.ciHigh!).toBeLessThan(-0.02);
  });
});
