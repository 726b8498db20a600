// A model server that rate-limits, fails, hangs and returns garbage: the run still completes, and
// every case ends as exactly one scored or `error` result, with the reason kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../../src/targets/test-helpers/fake-openai.js';
import { runCli, suiteDir } from './helpers.js';

const SUITE = (baseUrl: string) => `prompt: "{{question}}"
targets:
  - id: flaky-model
    type: openai
    model: mock
    baseUrl: ${baseUrl}
    apiKey: x
    timeoutMs: 400
    maxRetries: 2
dataset: cases.jsonl
scorers:
  - type: contains
    value: "{{expected}}"
gates:
  maxErrorRate: 0.5
concurrency: 8
`;

const CASES = [
  { id: 'fine-1', vars: { question: 'fine one' }, expected: 'fine one' },
  { id: 'fine-2', vars: { question: 'fine two' }, expected: 'fine two' },
  { id: 'rate-limited', vars: { question: 'rate limited' }, expected: 'rate limited' },
  { id: 'server-error-twice', vars: { question: 'server error twice' }, expected: 'server error twice' },
  { id: 'always-500', vars: { question: 'always 500' }, expected: 'always 500' },
  { id: 'hangs', vars: { question: 'hangs' }, expected: 'hangs' },
  { id: 'garbage', vars: { question: 'garbage' }, expected: 'garbage' },
  { id: 'unauthorized', vars: { question: 'unauthorized' }, expected: 'unauthorized' },
];

describe('faults at the target', () => {
  let server: FakeOpenAI;
  const attempts = new Map<string, number[]>();
  beforeAll(async () => {
    server = await startFakeOpenAI({
      behave: (_n, body) => {
        const question = (body as { messages: Array<{ content: string }> }).messages.at(-1)!.content;
        const times = attempts.get(question) ?? [];
        times.push(Date.now());
        attempts.set(question, times);
        const attempt = times.length;
        switch (question) {
          case 'rate limited':
            return attempt === 1
              ? { status: 429, headers: { 'retry-after': '1' }, body: { error: { message: 'slow down' } } }
              : 'ok';
          case 'server error twice':
            return attempt <= 2 ? { status: 500, body: { error: { message: 'boom' } } } : 'ok';
          case 'always 500':
            return { status: 500, body: { error: { message: 'still broken' } } };
          case 'hangs':
            return 'hang';
          case 'garbage':
            return 'invalid-json';
          case 'unauthorized':
            return { status: 401, body: { error: { message: 'bad key' } } };
          default:
            return 'ok';
        }
      },
    });
  });
  afterAll(() => server.close());

  it('completes with one result per case, retrying what is worth retrying', async () => {
    const { dir, cleanup } = suiteDir({
      'groundtruth.yaml': SUITE(server.baseUrl),
      'cases.jsonl': `${CASES.map((c) => JSON.stringify(c)).join('\n')}\n`,
    });
    try {
      const out = join(dir, 'report.json');
      const started = Date.now();
      const res = await runCli(['eval', dir, '-o', out], { cwd: dir });
      const elapsed = Date.now() - started;
      expect(res.stderr).not.toMatch(/internal error/);
      // 4 of 8 results are errors: over maxErrorRate 0.5? No: 0.5 is allowed, so the gate holds.
      expect(res.code).toBe(0);
      const report = JSON.parse(readFileSync(out, 'utf8')) as {
        results: Array<{ caseId: string; status: string; output: string | null; error: string | null }>;
      };
      const byCase = new Map(report.results.map((r) => [r.caseId, r]));
      expect(report.results).toHaveLength(CASES.length);
      expect(byCase.size).toBe(CASES.length);

      expect(byCase.get('fine-1')).toMatchObject({ status: 'pass', error: null });
      expect(byCase.get('rate-limited')).toMatchObject({ status: 'pass', error: null });
      expect(byCase.get('server-error-twice')).toMatchObject({ status: 'pass', error: null });
      expect(byCase.get('always-500')).toMatchObject({ status: 'error', output: null });
      expect(byCase.get('always-500')!.error).toMatch(/500/);
      expect(byCase.get('always-500')!.error).toMatch(/3 attempts/);
      expect(byCase.get('hangs')!.error).toMatch(/timed out after 400 ms/);
      expect(byCase.get('garbage')!.status).toBe('error');
      expect(byCase.get('unauthorized')!.error).toMatch(/401/);

      // Retry-After: 1 was honoured; 401 was not retried; retries stopped at maxRetries.
      const rate = attempts.get('rate limited')!;
      expect(rate).toHaveLength(2);
      expect(rate[1]! - rate[0]!).toBeGreaterThanOrEqual(950);
      expect(attempts.get('unauthorized')).toHaveLength(1);
      expect(attempts.get('always 500')).toHaveLength(3);
      expect(attempts.get('hangs')).toHaveLength(3);
      expect(elapsed).toBeLessThan(20_000);
    } finally {
      cleanup();
    }
  });

  it('exits 3 when the error rate is over maxErrorRate, naming the gate', async () => {
    const { dir, cleanup } = suiteDir({
      'groundtruth.yaml': SUITE(server.baseUrl).replace('maxErrorRate: 0.5', 'maxErrorRate: 0.1'),
      'cases.jsonl': `${CASES.filter((c) => c.id !== 'hangs')
        .map((c) => JSON.stringify(c))
        .join('\n')}\n`,
    });
    attempts.clear();
    try {
      const res = await runCli(['eval', dir, '--no-cache'], { cwd: dir });
      expect(res.code).toBe(3);
      expect(res.stdout + res.stderr).toMatch(/maxErrorRate/);
    } finally {
      cleanup();
    }
  });
});
