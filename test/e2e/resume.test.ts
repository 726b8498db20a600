// Interruptions lose nothing: after `kill -9` or Ctrl-C mid-run, `eval --resume` finishes only the
// missing results; every case ends with exactly one result per repeat, and a case whose result was
// stored is never sent to the target again.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../../src/targets/test-helpers/fake-openai.js';
import { runCli, startCli, suiteDir } from './helpers.js';

const CASES = 150;
const REPEAT = 2;

const suite = (baseUrl: string) => `prompt: "question {{n}}"
targets:
  - id: slow
    type: openai
    model: mock
    baseUrl: ${baseUrl}
    apiKey: x
dataset: cases.csv
scorers:
  - type: contains
    value: "question"
repeat: ${REPEAT}
concurrency: 6
`;

function casesCsv(): string {
  const rows = ['id,n'];
  for (let i = 0; i < CASES; i++) rows.push(`c${i},${i}`);
  return `${rows.join('\n')}\n`;
}

function storedKeys(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (
      db.prepare('SELECT case_id, repeat FROM results').all() as Array<{ case_id: string; repeat: number }>
    ).map((r) => `${r.case_id}#${r.repeat}`);
  } finally {
    db.close();
  }
}

async function waitFor(predicate: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The prompt of a request, e.g. "question 17". */
function promptOf(body: unknown): string {
  return (body as { messages: Array<{ content: string }> }).messages.at(-1)!.content;
}

describe('interrupt and resume', () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI({ latencyMs: 25 });
  });
  afterAll(() => server.close());

  for (const how of ['SIGKILL', 'SIGINT'] as const) {
    it(`finishes a run stopped by ${how} without losing or repeating a result`, async () => {
      const { dir, cleanup } = suiteDir({
        'groundtruth.yaml': suite(server.baseUrl),
        'cases.csv': casesCsv(),
      });
      const db = join(dir, 'store.db');
      try {
        const before = server.requestCount();
        const first = startCli(['eval', dir, '--db', db], { cwd: dir });
        await waitFor(() => server.requestCount() - before >= 100);
        // Kill only once a batch is committed, so there is something to keep and something to finish.
        await waitFor(() => {
          try {
            return existsSync(db) && storedKeys(db).length > 0;
          } catch {
            return false; // the store is still being created
          }
        });
        first.child.kill(how);
        const stopped = await first.done;
        if (how === 'SIGINT') {
          expect(stopped.code).toBe(130);
          expect(stopped.stderr).toMatch(/interrupted/);
          expect(stopped.stderr).toMatch(/--resume/);
        } else {
          expect(stopped.signal).toBe('SIGKILL');
        }
        const firstSession = server.requests.slice(before).map((r) => promptOf(r.body));
        const saved = new Set(storedKeys(db));
        expect(saved.size).toBeGreaterThan(0);
        expect(saved.size).toBeLessThan(CASES * REPEAT);

        const list = await runCli(['runs', 'list', '--db', db, '--json'], { cwd: dir });
        const [run] = JSON.parse(list.stdout) as Array<{ id: string; status: string }>;
        expect(run!.status).toBe('interrupted');

        const resumeStart = server.requestCount();
        const out = join(dir, 'report.json');
        const resumed = await runCli(['eval', dir, '--db', db, '--resume', '-o', out], { cwd: dir });
        expect(resumed.stderr).toContain(`resuming ${run!.id}`);
        expect(resumed.code).toBe(0);

        const report = JSON.parse(readFileSync(out, 'utf8')) as {
          run: { id: string; status: string };
          results: Array<{ caseId: string; repeat: number; status: string }>;
        };
        expect(report.run).toMatchObject({ id: run!.id, status: 'completed' });
        const keys = report.results.map((r) => `${r.caseId}#${r.repeat}`);
        expect(keys).toHaveLength(CASES * REPEAT);
        expect(new Set(keys).size).toBe(CASES * REPEAT);
        expect(report.results.every((r) => r.status === 'pass')).toBe(true);

        // The resumed session sent exactly the missing results, nothing already stored.
        const secondSession = server.requests.slice(resumeStart).map((r) => promptOf(r.body));
        expect(secondSession).toHaveLength(CASES * REPEAT - saved.size);
        const perPrompt = new Map<string, number>();
        for (const p of secondSession) perPrompt.set(p, (perPrompt.get(p) ?? 0) + 1);
        for (const key of saved) {
          const [caseId] = key.split('#');
          const prompt = `question ${caseId!.slice(1)}`;
          const storedRepeats = [...saved].filter((k) => k.startsWith(`${caseId}#`)).length;
          expect(perPrompt.get(prompt) ?? 0).toBe(REPEAT - storedRepeats);
        }
        expect(firstSession.length).toBeGreaterThanOrEqual(saved.size);
      } finally {
        cleanup();
      }
    });
  }

  it('refuses --resume when there is nothing to resume', async () => {
    const { dir, cleanup } = suiteDir({
      'groundtruth.yaml': suite(server.baseUrl),
      'cases.csv': 'id,n\nc0,0\n',
    });
    try {
      const res = await runCli(['eval', dir, '--resume'], { cwd: dir });
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/no interrupted run of .*groundtruth\.yaml to resume/);
    } finally {
      cleanup();
    }
  });
});
