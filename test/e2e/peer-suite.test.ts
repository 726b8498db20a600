// The issue's own suite file, exactly as written, against a real OpenAI-compatible server on
// 127.0.0.1:18080: both targets run, every result is stored and reported, and the key stays secret.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_SUITE as PEER_SUITE } from '../../src/suite/test-helpers/fixtures.js';
import { type FakeOpenAI, startFakeOpenAI } from '../../src/targets/test-helpers/fake-openai.js';
import { runCli, suiteDir } from './helpers.js';

const CASES = 40;
function casesCsv(): string {
  const rows = ['id,question,expected,tags'];
  for (let i = 0; i < CASES; i++)
    rows.push(`q${i},Which shelf holds item ${i}?,Item ${i},${i % 2 ? 'odd' : 'even'};shelf`);
  return `${rows.join('\n')}\n`;
}

interface JsonReport {
  run: { id: string; status: string; targets: Array<Record<string, unknown>> };
  summary: { total: number; passed: number; failed: number; errors: number; passRate: number };
  results: Array<{
    caseId: string;
    targetId: string;
    repeat: number;
    output: string | null;
    error: string | null;
    latencyMs: number;
    scores: Array<{ name: string; value: number; pass: boolean; reason: string }>;
  }>;
}

describe('the peer benchmark suite from the issue', () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    // The model answers with the item it was asked about, in lower case.
    server = await startFakeOpenAI({
      port: 18080,
      latencyMs: 5,
      reply: (body) =>
        `Sure: that is ${/item \d+/i.exec(JSON.stringify(body))?.[0]?.toLowerCase() ?? 'unknown'}.`,
    });
  });
  afterAll(() => server.close());

  it('runs both targets, scores, gates, stores and reports every result', async () => {
    const { dir, cleanup } = suiteDir({ 'groundtruth.yaml': PEER_SUITE, 'cases.csv': casesCsv() });
    try {
      const out = join(dir, 'report.json');
      const res = await runCli(['eval', dir, '-o', out], { cwd: dir });
      expect(res.stderr).not.toMatch(/internal error/);
      expect(res.code).toBe(0);
      expect(res.stdout).toMatch(/echo/);
      expect(res.stdout).toMatch(/mock/);
      expect(server.requestCount()).toBe(CASES);

      const report = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
      expect(report.run.status).toBe('completed');
      expect(report.summary).toMatchObject({
        total: 2 * CASES,
        passed: 2 * CASES,
        failed: 0,
        errors: 0,
        passRate: 1,
      });
      expect(report.results).toHaveLength(2 * CASES);
      const mock = report.results.find((r) => r.targetId === 'mock' && r.caseId === 'q7')!;
      expect(mock.output).toBe('Sure: that is item 7.');
      expect(mock.error).toBeNull();
      expect(mock.scores.map((s) => [s.name, s.value, s.pass])).toEqual([
        ['contains', 1, true],
        ['regex', 1, true],
      ]);
      const echo = report.results.find((r) => r.targetId === 'echo' && r.caseId === 'q7')!;
      expect(echo.output).toBe('Which shelf holds item 7?');
      // The API key is configuration, never data: not in the report, the logs or the store.
      const mockConfig = report.run.targets.find((t) => t.id === 'mock')!;
      expect(mockConfig.apiKey).toBe('[redacted]');
    } finally {
      cleanup();
    }
  });

  it('never prints or stores an API key given through the environment', async () => {
    const secret = 'sk-e2e-very-secret-0123456789';
    const suite = PEER_SUITE.replace('apiKey: x ', 'apiKey: ${MOCK_API_KEY} ');
    const { dir, cleanup } = suiteDir({ 'groundtruth.yaml': suite, 'cases.csv': casesCsv() });
    try {
      const files = ['r.json', 'r.jsonl', 'r.xml', 'r.md', 'r.html'].map((f) => join(dir, f));
      const res = await runCli(['eval', dir, ...files.flatMap((f) => ['-o', f]), '--no-cache'], {
        cwd: dir,
        env: { MOCK_API_KEY: secret },
      });
      expect(res.code).toBe(0);
      expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${secret}`);
      const db = readFileSync(join(dir, '.groundtruth/groundtruth.db'));
      const wal = (() => {
        try {
          return readFileSync(join(dir, '.groundtruth/groundtruth.db-wal'));
        } catch {
          return Buffer.alloc(0);
        }
      })();
      for (const text of [res.stdout, res.stderr, ...files.map((f) => readFileSync(f, 'utf8'))]) {
        expect(text).not.toContain(secret);
      }
      expect(db.includes(secret)).toBe(false);
      expect(wal.includes(secret)).toBe(false);
    } finally {
      cleanup();
    }
  });
});
