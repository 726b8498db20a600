// Versioned datasets on the quickstart example, through the built CLI: import (twice: one version),
// an edit (diff exact), export round trips, a suite that runs a stored version and records it, and
// the failures of that run gathered into a dataset for review.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, suiteDir } from './helpers.js';

const QUICKSTART = join(ROOT, 'examples/quickstart');
const CASES = readFileSync(join(QUICKSTART, 'cases.csv'), 'utf8');
const CASE_COUNT = CASES.trim().split('\n').length - 1;

const tmp = suiteDir({});
afterAll(() => tmp.cleanup());
const DB = join(tmp.dir, 'store.db');
const at = (file: string) => join(tmp.dir, file);

async function gt(args: string[]) {
  const res = await runCli([...args, '--db', DB], {
    cwd: tmp.dir,
    env: { OPENAI_API_KEY: '', ANTHROPIC_API_KEY: '' },
  });
  expect(res.stderr).not.toMatch(/internal error/);
  return res;
}

async function json<T>(args: string[]): Promise<T> {
  const res = await gt([...args, '--json']);
  expect(res.code, res.stderr).toBe(0);
  return JSON.parse(res.stdout) as T;
}

/** The quickstart suite, reading its cases from the store instead of cases.csv. */
function storedSuite(datasetName: string): string {
  const suite = readFileSync(join(QUICKSTART, 'groundtruth.yaml'), 'utf8')
    .replace('dataset: cases.csv', `dataset: { name: ${datasetName}, version: latest }`)
    .replaceAll('path: assistant.ts', `path: ${join(QUICKSTART, 'assistant.ts')}`);
  expect(suite).toContain(`name: ${datasetName}`);
  return suite;
}

interface Imported {
  name: string;
  version: string;
  cases: number;
  created: boolean;
}

describe('groundtruth dataset on the quickstart', () => {
  let v1: string;
  let v2: string;
  /** The first data row, edited in v2, and the case v2 adds. */
  const [header, firstRow] = CASES.split('\n') as [string, string];
  const editedId = firstRow.split(',')[0]!;

  it('imports the dataset once: the same content is the same version', async () => {
    const first = await json<Imported>(['dataset', 'import', join(QUICKSTART, 'cases.csv'), '--name', 'faq']);
    expect(first).toMatchObject({ name: 'faq', cases: CASE_COUNT, created: true });
    expect(first.version).toMatch(/^[0-9a-f]{64}$/);
    v1 = first.version;
    const again = await gt(['dataset', 'import', join(QUICKSTART, 'cases.csv'), '--name', 'faq']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      `unchanged: faq@${v1.slice(0, 12)} already holds these ${CASE_COUNT} cases (version 1)\n`,
    );
  });

  it('diffs an edit of one case and an added case exactly', async () => {
    const edited = firstRow.replace(/,([^,]*),([^,]*)$/, ',a different answer,$2');
    expect(edited).not.toBe(firstRow);
    writeFileSync(
      at('cases-v2.csv'),
      CASES.replace(firstRow, edited) + 'new-case,Is there a new question?,yes,billing\n',
    );
    v2 = (await json<Imported>(['dataset', 'import', 'cases-v2.csv', '--name', 'faq'])).version;
    expect(v2).not.toBe(v1);
    expect(await json(['dataset', 'diff', 'faq', v1.slice(0, 8), 'latest'])).toEqual({
      added: ['new-case'],
      removed: [],
      changed: [editedId],
      fields: { [editedId]: ['expected'] },
    });
    const versions = await json<Array<{ id: string; number: number; parent?: string; note: string }>>([
      'dataset',
      'versions',
      'faq',
    ]);
    expect(versions.map((v) => [v.id, v.number, v.parent, v.note])).toEqual([
      [v2, 2, v1, 'imported from cases-v2.csv'],
      [v1, 1, undefined, `imported from ${join(QUICKSTART, 'cases.csv')}`],
    ]);
    const list = await gt(['dataset', 'list']);
    expect(list.stdout).toMatch(new RegExp(`│ faq +│ 2 +│ ${v2.slice(0, 12)} │ ${CASE_COUNT + 1} +│`));
    const show = await gt(['dataset', 'show', `faq@${v1.slice(0, 12)}`]);
    expect(show.stdout).toContain(`cases    ${CASE_COUNT} (${CASE_COUNT} with expected, 0 adversarial)`);
    expect(show.stdout).toMatch(/tags {5}.*billing \d+/);
  });

  it('exports versions that import back to themselves, in every format', async () => {
    for (const file of ['v1.csv', 'v1.jsonl', 'v1.json', 'v1.yaml']) {
      const exported = await gt(['dataset', 'export', `faq@${v1.slice(0, 12)}`, '-o', file]);
      expect(exported.stdout).toBe(`wrote ${CASE_COUNT} cases of faq@${v1.slice(0, 12)} to ${file}\n`);
      expect(await json<Imported>(['dataset', 'import', file, '--name', 'faq'])).toEqual({
        name: 'faq',
        version: v1,
        cases: CASE_COUNT,
        created: false,
      });
    }
    expect(readFileSync(at('v1.csv'), 'utf8').split('\n')[0]).toBe(header);
  });

  let runId: string;
  it('runs a suite that names the stored version, and records exactly that version', async () => {
    writeFileSync(at('groundtruth.yaml'), storedSuite('faq'));
    const run = await gt(['eval', '.', '--no-progress', '-o', 'report.json']);
    expect([0, 1]).toContain(run.code);
    runId = /run (\d{8}-\d{6}-[0-9a-f]{6})/.exec(run.stderr)![1]!;
    const shown = await json<{ datasetHash: string; datasetRef: string; caseCount: number }>([
      'runs',
      'show',
      runId,
    ]);
    expect(shown).toMatchObject({
      datasetHash: v2,
      datasetRef: `faq@${v2.slice(0, 12)}`,
      caseCount: CASE_COUNT + 1,
    });
    const text = await gt(['runs', 'show', runId]);
    expect(text.stdout).toContain(`dataset    faq@${v2.slice(0, 12)} (sha256 ${v2.slice(0, 16)})`);
  });

  it('gathers the failures of that run into a dataset for review', async () => {
    const report = JSON.parse(readFileSync(at('report.json'), 'utf8')) as {
      results: Array<{ caseId: string; status: string }>;
    };
    const failing = [...new Set(report.results.filter((r) => r.status !== 'pass').map((r) => r.caseId))];
    const failedResults = report.results.filter((r) => r.status !== 'pass').length;
    expect(failing.length).toBeGreaterThan(0);
    const added = await json<{
      version: string;
      cases: number;
      created: boolean;
      added: string[];
      results: number;
    }>(['dataset', 'add-from-run', runId, '--name', 'faq-review', '--failed']);
    expect(added).toMatchObject({
      cases: failing.length,
      created: true,
      results: failedResults,
    });
    expect([...added.added].sort()).toEqual([...failing].sort());
    await gt(['dataset', 'export', 'faq-review', '-o', 'review.jsonl']);
    const reviewed = readFileSync(at('review.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; metadata: Record<string, unknown> });
    expect(reviewed.map((c) => c.id).sort()).toEqual([...failing].sort());
    for (const c of reviewed) {
      expect(c.metadata).toMatchObject({ fromRun: runId, target: expect.any(String) });
      expect(typeof c.metadata.candidate).toBe('string');
    }
  });

  it('refuses a suite naming an unknown dataset, at its key, before anything runs (exit 2)', async () => {
    writeFileSync(at('typo.yaml'), storedSuite('fqa'));
    const res = await gt(['eval', 'typo.yaml', '--no-progress']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(
      `typo.yaml: dataset.name: no dataset named fqa; did you mean faq? (datasets: faq, faq-review)`,
    );
  });
});
