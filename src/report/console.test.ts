import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { StoredResult } from '../store/types.js';
import { formatSummary } from './console.js';
import { makeGate, makeReportInput, makeResult, makeScore } from './test-helpers/fixtures.js';

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
    const text = formatSummary(input.run, input.summary, { color: false, maxSlices: 4 });
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
┌─────────┬─────────────────────────────┬───┬───────────┐
│ tag     │ target                      │ n │ pass rate │
│ billing │ gpt-4o-mini-2024-07-18      │ 2 │     50.0% │
│ billing │ claude-3-5-haiku            │ 2 │     50.0% │
│ billing │ ollama:llama3.1:8b-instruct │ 2 │     50.0% │
│ edge    │ gpt-4o-mini-2024-07-18      │ 1 │      0.0% │
└─────────┴─────────────────────────────┴───┴───────────┘
…and 5 more slices (groundtruth runs show run-1 --json)

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

  it('keeps escape sequences in tags from reaching the terminal', async () => {
    const input = await makeReportInput([
      makeResult({ caseId: 'a', targetId: 't', status: 'pass', tags: ['evil\u001b]0;pwned\u0007\u001b[2J'] }),
    ]);
    const text = formatSummary(input.run, input.summary, { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('│ evil?]0;pwned??[2J │ t      │ 1 │    100.0% │');
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
