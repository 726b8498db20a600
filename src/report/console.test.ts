import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { StoredResult } from '../store/types.js';
import { formatSummary } from './console.js';
import { summarize } from './summary.js';
import {
  fromArray,
  makeGate,
  makeReportInput,
  makeResult,
  makeRun,
  makeScore,
} from './test-helpers/fixtures.js';

function threeTargets(): StoredResult[] {
  const results: StoredResult[] = [];
  for (const targetId of ['gpt-4o-mini-2024-07-18', 'claude-3-5-haiku', 'ollama:llama3.1:8b-instruct']) {
    results.push(
      makeResult({
        caseId: 'a',
        targetId,
        status: 'pass',
        latencyMs: 800,
        tokenUsage: { total: 1200 },
        cost: 0.0012,
        scores: [makeScore('accuracy', 1, true), makeScore('faithfulness-judge', 0.8, true, 0)],
        tags: ['billing'],
      }),
      makeResult({
        caseId: 'b',
        targetId,
        status: 'fail',
        latencyMs: 1200,
        cached: true,
        scores: [makeScore('accuracy', 0, false)],
        tags: ['billing', 'edge'],
      }),
      makeResult({ caseId: 'c', targetId, status: 'error', error: 'HTTP 500', tags: ['refunds'] }),
    );
  }
  return results;
}

describe('formatSummary', () => {
  it('prints targets side by side, slices, gates and the way back to the run', async () => {
    const input = await makeReportInput(threeTargets(), {
      gates: [
        makeGate({
          gate: 'passRate',
          targetId: 'gpt-4o-mini-2024-07-18',
          actual: 1 / 3,
          limit: 0.9,
          pass: false,
        }),
        makeGate({
          gate: 'maxErrorRate',
          targetId: 'claude-3-5-haiku',
          actual: 1 / 3,
          limit: 0.1,
          pass: false,
          incomplete: true,
        }),
        makeGate({
          gate: 'maxLatencyP95Ms',
          targetId: 'claude-3-5-haiku',
          actual: 1180,
          limit: 2000,
          pass: true,
        }),
      ],
    });
    const text = formatSummary(input.run, input.summary, { color: false, maxSlices: 4, width: 80 });
    expect(text).toBe(`✗ 2 of 3 gates failed
Support bot answers · run run-1 · 9 results · 3 targets · 4.32 s
commit 0123456789ab on main
33.3% passed: 3 passed, 3 failed, 3 errors

┌───────────────┬──────────────┬──────────────────┬──────────────────┐
│               │ gpt-4o-mini- │ claude-3-5-haiku │ ollama:llama3.1: │
│               │ 2024-07-18   │                  │ 8b-instruct      │
│ pass rate     │        33.3% │            33.3% │            33.3% │
│ pass/fail/err │    1 / 1 / 1 │        1 / 1 / 1 │        1 / 1 / 1 │
│ accuracy      │        0.500 │            0.500 │            0.500 │
│ faithfulness- │        0.800 │            0.800 │            0.800 │
│ judge         │              │                  │                  │
│ latency p50   │       1.00 s │           1.00 s │           1.00 s │
│ latency p95   │       1.18 s │           1.18 s │           1.18 s │
│ tokens        │        1,200 │            1,200 │            1,200 │
│ cost          │      $0.0012 │          $0.0012 │          $0.0012 │
│ cached        │            1 │                1 │                1 │
└───────────────┴──────────────┴──────────────────┴──────────────────┘

Slices
┌─────────┬─────────────────────────────┬─────────┬────────────────────┐
│ slice   │ target                      │ cases   │ pass rate [95% CI] │
│ billing │ gpt-4o-mini-2024-07-18      │ 2 (few) │   50.0% [9.5–90.5] │
│ billing │ claude-3-5-haiku            │ 2 (few) │   50.0% [9.5–90.5] │
│ billing │ ollama:llama3.1:8b-instruct │ 2 (few) │   50.0% [9.5–90.5] │
│ edge    │ gpt-4o-mini-2024-07-18      │ 1 (few) │    0.0% [0.0–79.3] │
└─────────┴─────────────────────────────┴─────────┴────────────────────┘
scorers per slice with 95% CIs: widen the terminal, or -o report.md/.html
…and 5 more slices (groundtruth runs show run-1 --json)
(few): fewer than 10 cases, too few for the figures to say anything

Gates
  ✗ passRate         gpt-4o-mini-2024-07-18  33.3% (limit 90.0%)
  ✗ maxErrorRate     claude-3-5-haiku        33.3% (limit 10.0%) (incomplete)
  ✓ maxLatencyP95Ms  claude-3-5-haiku        1.18 s (limit 2.00 s)

Run run-1 · see it again: groundtruth runs show run-1
`);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it('colours only when asked', async () => {
    const input = await makeReportInput(threeTargets(), {
      gates: [makeGate({ gate: 'passRate', actual: 1, limit: 1, pass: true })],
    });
    const plain = formatSummary(input.run, input.summary, { color: false });
    const coloured = formatSummary(input.run, input.summary, { color: true });
    expect(plain).not.toContain('\u001b');
    expect(coloured).toContain('\u001b[32m✓\u001b[39m passRate');
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });

  it('shows every scorer per slice with its interval when there is room', async () => {
    const results = [
      makeResult({
        caseId: 'a',
        targetId: 't',
        status: 'pass',
        tags: ['x'],
        scores: [makeScore('exact', 1, true)],
      }),
      makeResult({
        caseId: 'b',
        targetId: 't',
        status: 'fail',
        tags: ['x'],
        scores: [makeScore('exact', 0, false)],
      }),
    ];
    const summary = { ...(await summarize(fromArray(results), { durationMs: 1 })), gates: [] };
    const text = formatSummary(makeRun(), summary, { color: false });
    expect(text).toContain('│ x     │ t      │ 2 (few) │   50.0% [9.5–90.5] │ 0.500 [0.09–0.91] │');
    expect(text).not.toContain('widen the terminal');
  });

  it('reports repeats and quarantined cases', async () => {
    const passes: Record<string, number> = { steady: 3, wobbly: 1 };
    const results = Object.entries(passes).flatMap(([caseId, c]) =>
      [0, 1, 2].map((repeat) =>
        makeResult({ caseId, targetId: 't', repeat, status: repeat < c ? 'pass' : 'fail' }),
      ),
    );
    const summary = {
      ...(await summarize(fromArray(results), { durationMs: 1 })),
      gates: [],
      quarantined: ['wobbly'],
    };
    const text = formatSummary(makeRun(), summary, { color: false });
    expect(text).toContain(
      't: pass@1 66.7% · pass@3 100.0% · pass^3 50.0% · consistency 83.3% · flaky 1 of 2: wobbly',
    );
    expect(text).toContain('Quarantined (run and reported, left out of the gates): wobbly');
  });

  it('keeps escape sequences in tags from reaching the terminal', async () => {
    const input = await makeReportInput([
      makeResult({ caseId: 'a', targetId: 't', status: 'pass', tags: ['evil\u001b]0;pwned\u0007\u001b[2J'] }),
    ]);
    const text = formatSummary(input.run, input.summary, { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('│ evil?]0;pwned??[2J │ t      │ 1 (few) │ 100.0% [20.7–100.0] │');
  });

  it('names target and prompt when the run has several prompts, and says when there are no results', async () => {
    const input = await makeReportInput([
      makeResult({ caseId: 'a', targetId: 't', promptId: 'short', status: 'pass' }),
      makeResult({ caseId: 'a', targetId: 't', promptId: 'long', status: 'pass' }),
    ]);
    expect(formatSummary(input.run, input.summary, { color: false })).toContain(
      '│               │ t/short   │ t/long    │',
    );

    const empty = await makeReportInput([], { run: { status: 'interrupted' } });
    expect(formatSummary(empty.run, empty.summary, { color: false })).toBe(
      '! run interrupted\nSupport bot answers · run run-1 · 0 results · 0 targets · 4.32 s\ncommit 0123456789ab on main\n' +
        '0.0% passed: 0 passed, 0 failed, 0 errors\n\nNo results.\n\nRun run-1 · see it again: groundtruth runs show run-1\n',
    );
  });
});
