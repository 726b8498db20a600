import { describe, expect, it } from 'vitest';
import { jsonlReport, jsonReport, toReportResult } from './json.js';
import {
  collectText,
  fromArray,
  HOSTILE_TEXT,
  hostileResults,
  makeGate,
  makeReportInput,
  makeResult,
  makeScore,
} from './test-helpers/fixtures.js';

describe('JSON report', () => {
  it('writes run, summary and every result in the documented shape', async () => {
    const results = hostileResults();
    results[0] = {
      ...results[0]!,
      tokenUsage: { prompt: 3, completion: 4, total: 7 },
      cost: 0.25,
      cached: true,
    };
    const gate = makeGate({ gate: 'passRate', actual: 1 / 3, limit: 0.9, pass: false });
    const input = await makeReportInput(results, { gates: [gate] });
    const parsed = JSON.parse(await collectText(jsonReport(input)));

    expect(Object.keys(parsed)).toEqual(['run', 'summary', 'results']);
    expect(parsed.run).toEqual({
      id: 'run-1',
      status: 'completed',
      suitePath: '/project/evals/groundtruth.yaml',
      description: 'Support bot answers',
      suiteHash: 'suitehash0001',
      datasetHash: 'datahash0001',
      datasetRef: 'cases.jsonl',
      targets: [{ id: 'model-a', type: 'echo' }],
      git: { commit: '0123456789abcdef0123', branch: 'main', dirty: false },
      createdAt: '2025-01-02T03:04:00.000Z',
      finishedAt: '2025-01-02T03:05:00.000Z',
      caseCount: 3,
      expectedResults: 3,
    });
    expect(parsed.summary).toEqual({
      total: 3,
      passed: 1,
      failed: 1,
      errors: 1,
      passRate: 1 / 3,
      errorRate: 1 / 3,
      durationMs: 4321,
      scorers: input.summary.scorers,
      targets: input.summary.targets,
      slices: input.summary.slices,
      gates: [gate],
    });
    expect(parsed.results).toHaveLength(3);
    expect(parsed.results[0]).toEqual({
      caseId: 'case<1>&"',
      targetId: 'model-a',
      promptId: 'default',
      repeat: 0,
      tags: ['<b>tag</b>', 'ok'],
      prompt: 'Question for case<1>&"',
      output: HOSTILE_TEXT,
      error: null,
      status: 'fail',
      score: 0,
      latencyMs: 100,
      tokenUsage: { prompt: 3, completion: 4, total: 7 },
      cost: 0.25,
      cached: true,
      scores: [
        {
          name: 'exact|match',
          type: 'equals',
          value: 0,
          pass: false,
          reason: `expected ${HOSTILE_TEXT}`,
          weight: 1,
        },
      ],
    });
    expect(parsed.results[1]).toMatchObject({
      caseId: 'case-2',
      status: 'error',
      output: null,
      tokenUsage: null,
      cost: null,
    });
  });

  it('escapes a lone surrogate as \\ud800, so the file is valid UTF-8', async () => {
    const input = await makeReportInput(hostileResults());
    const text = await collectText(jsonReport(input));
    expect(text).toContain('\\ud800');
    expect(text).not.toContain('\uD800');
  });

  it('is valid JSON with no results and an empty run', async () => {
    const input = await makeReportInput([], {
      run: { description: undefined, git: undefined, finishedAt: undefined },
    });
    const text = await collectText(jsonReport(input));
    const parsed = JSON.parse(text);
    expect(parsed.results).toEqual([]);
    expect(parsed.run.description).toBeNull();
    expect(parsed.run.git).toBeNull();
    expect(parsed.run.finishedAt).toBeNull();
    expect(parsed.summary).toMatchObject({
      total: 0,
      passRate: 0,
      errorRate: 0,
      targets: [],
      slices: [],
      gates: [],
    });
  });

  it('writes non-finite numbers as null rather than invalid JSON', async () => {
    const result = makeResult({
      caseId: 'x',
      targetId: 't',
      status: 'fail',
      latencyMs: Number.POSITIVE_INFINITY,
      score: Number.NaN,
      scores: [makeScore('s', Number.NaN, false)],
    });
    const input = await makeReportInput([result], {
      gates: [makeGate({ gate: 'maxCost', actual: Number.NaN, limit: 1, pass: false })],
    });
    const parsed = JSON.parse(await collectText(jsonReport(input)));
    expect(parsed.results[0].latencyMs).toBeNull();
    expect(parsed.results[0].score).toBeNull();
    expect(parsed.results[0].scores[0].value).toBeNull();
    expect(parsed.summary.gates[0].actual).toBeNull();
  });
});

describe('JSONL report', () => {
  it('writes one result a line and nothing else', async () => {
    const results = hostileResults();
    const input = await makeReportInput(results);
    const text = await collectText(jsonlReport(input));
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(3);
    // U+2028 inside a string stays one line for JSON.parse and for line splitting on \n.
    expect(lines.map((line) => JSON.parse(line))).toEqual(
      JSON.parse(JSON.stringify(results.map(toReportResult))),
    );
  });

  it('is empty for a run without results', async () => {
    const input = { ...(await makeReportInput([])), results: () => fromArray([]) };
    expect(await collectText(jsonlReport(input))).toBe('');
  });
});
