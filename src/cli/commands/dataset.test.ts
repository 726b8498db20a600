import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../store/index.js';
import { makeCase, makeResult, makeRun } from '../../store/test-helpers/fixtures.js';
import { runMain } from '../test-helpers/capture-io.js';

const dir = mkdtempSync(join(tmpdir(), 'gt-dataset-'));
writeFileSync(
  join(dir, 'v1.csv'),
  'id,question,expected,tags\na,A?,x,billing\nb,B?,y,billing;typo\nc,C?,,\n',
);
writeFileSync(
  join(dir, 'v2.csv'),
  'id,question,expected,tags\na,A?,x,billing\nb,B again?,z,billing;typo\nd,D?,w,\n',
);
writeFileSync(
  join(dir, 'odd.jsonl'),
  '{"id":"esc\\u001b[31m","vars":{"q":"line\\nbreak"},"metadata":{"k":1},"source":"redteam","adversarial":true}\n',
);

let storeCount = 0;
/** Each test its own store file, so they can run in any order. */
const freshDb = () => join(dir, `store-${++storeCount}.db`);

function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return runMain(args, dir);
}

async function importFile(db: string, file: string, name = 'faq'): Promise<string> {
  const res = await cli(['dataset', 'import', file, '--name', name, '--db', db, '--json']);
  expect(res.code).toBe(0);
  return (JSON.parse(res.out) as { version: string }).version;
}

describe('groundtruth dataset', () => {
  it('import prints the version, and says when the content is already stored', async () => {
    const db = freshDb();
    const first = await cli(['dataset', 'import', 'v1.csv', '--name', 'faq', '--db', db]);
    expect(first.code).toBe(0);
    const id = /^stored faq@([0-9a-f]{12}): 3 cases \(version 1 of faq\)\n$/.exec(first.out)?.[1];
    expect(id).toBeDefined();
    const json = await cli(['dataset', 'import', 'v1.csv', '--name', 'faq', '--db', db, '--json']);
    expect(JSON.parse(json.out)).toEqual({
      name: 'faq',
      version: expect.stringMatching(`^${id}`),
      cases: 3,
      created: false,
    });
    const second = await cli(['dataset', 'import', 'v2.csv', '--name', 'faq', '--db', db]);
    expect(second.out).toMatch(
      new RegExp(`^stored faq@[0-9a-f]{12}: 3 cases \\(version 2 of faq, parent ${id}\\)\\n$`),
    );
    const older = await cli(['dataset', 'import', 'v1.csv', '--name', 'faq', '--db', db]);
    expect(older.out).toMatch(
      new RegExp(
        `^unchanged: faq@${id} already holds these 3 cases \\(version 1\\); the latest is faq@[0-9a-f]{12}\\n$`,
      ),
    );
  });

  it('import of a bad file exits 2 with the located error', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'id,q\na,1\nb\n');
    const res = await cli(['dataset', 'import', 'bad.csv', '--name', 'faq', '--db', freshDb()]);
    expect(res.code).toBe(2);
    expect(res.err).toBe(`error: ${join(dir, 'bad.csv')}:3: row has 1 field but the header has 2\n`);
  });

  it('list, versions, show and diff describe what is stored', async () => {
    const db = freshDb();
    const v1 = await importFile(db, 'v1.csv');
    const v2 = await importFile(db, 'v2.csv');
    const [s1, s2] = [v1.slice(0, 12), v2.slice(0, 12)];

    const list = await cli(['dataset', 'list', '--db', db]);
    expect(list.out).toMatch(
      new RegExp(`│ faq +│ 2 +│ ${s2} │ 3 +│ \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d │`),
    );
    const listJson = JSON.parse((await cli(['dataset', 'list', '--db', db, '--json'])).out);
    expect(listJson).toEqual([
      {
        name: 'faq',
        versions: 2,
        latest: v2,
        cases: 3,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);

    const versions = await cli(['dataset', 'versions', 'faq', '--db', db]);
    const rows = versions.out.split('\n').filter((line) => line.includes('imported'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(new RegExp(`^│ ${s2} │ 2 │ .* │ 3 +│ imported from v2.csv │ ${s1} │$`));
    expect(rows[1]).toMatch(new RegExp(`^│ ${s1} │ 1 │ .* │ 3 +│ imported from v1.csv │ +│$`));

    const show = await cli(['dataset', 'show', `faq@${s1}`, '--db', db, '--first', '2']);
    expect(show.code).toBe(0);
    expect(show.out).toContain(`dataset  faq@${s1} (version 1)\nid       ${v1}\n`);
    expect(show.out).toContain(
      'note     imported from v1.csv\ncases    3 (2 with expected, 0 adversarial)\nsources  unset 3\ntags     billing 2, typo 1\n',
    );
    expect(show.out).toContain('first 2 of 3 cases');
    expect(show.out).toMatch(/│ b +│ \{"question":"B\?"\} +│ y +│ billing, typo │/);

    const diff = await cli(['dataset', 'diff', 'faq', s1, 'latest', '--db', db]);
    expect(diff.out).toBe(
      `faq ${s1} → ${s2}: 1 added, 1 removed, 1 changed\n+ d\n- c\n~ b: vars.question, expected\n`,
    );
    const diffJson = await cli(['dataset', 'diff', 'faq', s1, s2, '--db', db, '--json']);
    expect(JSON.parse(diffJson.out)).toEqual({
      added: ['d'],
      removed: ['c'],
      changed: ['b'],
      fields: { b: ['vars.question', 'expected'] },
    });
  });

  it('show escapes control characters and reports source and adversarial', async () => {
    const db = freshDb();
    await importFile(db, 'odd.jsonl', 'odd');
    const show = await cli(['dataset', 'show', 'odd', '--db', db]);
    expect(show.out).not.toContain('\u001b');
    expect(show.out).toContain('esc\\u001b[31m');
    expect(show.out).toContain('sources  redteam 1\n');
    expect(show.out).toContain('cases    1 (0 with expected, 1 adversarial)');
    const json = JSON.parse((await cli(['dataset', 'show', 'odd', '--db', db, '--json'])).out);
    expect(json).toMatchObject({
      name: 'odd',
      number: 1,
      latest: true,
      cases: 1,
      adversarial: 1,
      sources: { redteam: 1 },
    });
    expect(json.first[0].id).toBe('esc\u001b[31m');
  });

  it('export writes the file; CSV refuses what it cannot hold', async () => {
    const db = freshDb();
    await importFile(db, 'v1.csv');
    const out = await cli(['dataset', 'export', 'faq', '-o', 'out.jsonl', '--db', db]);
    expect(out.out).toMatch(/^wrote 3 cases of faq@[0-9a-f]{12} to out.jsonl\n$/);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').split('\n')[0]).toBe(
      '{"id":"a","vars":{"question":"A?"},"expected":"x","tags":["billing"]}',
    );
    await importFile(db, 'odd.jsonl', 'odd');
    const refused = await cli(['dataset', 'export', 'odd', '-o', 'odd.csv', '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^error: cannot export odd@[0-9a-f]{12} as CSV: case esc/);
    expect(refused.err).toContain(': it has metadata, which CSV has no column for\n');
    expect(refused.err).toContain('hint: export to .jsonl, .json or .yaml, which hold every case\n');
  });

  it('names what exists when a dataset or version is unknown (exit 2)', async () => {
    const db = freshDb();
    await importFile(db, 'v1.csv');
    const name = await cli(['dataset', 'show', 'faqs', '--db', db]);
    expect(name.code).toBe(2);
    expect(name.err).toBe('error: no dataset named faqs; did you mean faq? (datasets: faq)\n');
    const version = await cli(['dataset', 'versions', 'fq', '--db', db]);
    expect(version.err).toMatch(/^error: no dataset named fq; did you mean faq\?/);
    const diff = await cli(['dataset', 'diff', 'faq', 'nothex', 'latest', '--db', db]);
    expect(diff.code).toBe(2);
    expect(diff.err).toMatch(
      /^error: dataset faq has no version nothex \(versions, newest first: [0-9a-f]{12}\)\n/,
    );
  });

  it('add-from-run stores the failures of a run as a new version', async () => {
    const db = freshDb();
    const store = await openStore(db);
    const run = makeRun({ id: 'run-0001', targets: [{ id: 'gpt', type: 'openai' }] });
    await store.createRun(run);
    await store.write({
      runId: run.id,
      cases: [makeCase(0), makeCase(1)],
      results: [
        makeResult(run.id, 0),
        makeResult(run.id, 1, { targetId: 'gpt', status: 'fail', output: 'no' }),
      ],
    });
    await store.close();
    const res = await cli(['dataset', 'add-from-run', 'run-0', '--name', 'found', '--failed', '--db', db]);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(
      /^stored found@[0-9a-f]{12}: 1 cases added, 0 changed from 1 failed results of run run-0001 \(version 1, 1 cases\)\n/,
    );
    const none = await cli([
      'dataset',
      'add-from-run',
      'run-0001',
      '--name',
      'found',
      '--tag',
      'nope',
      '--db',
      db,
    ]);
    expect(none.out).toBe('no results of run run-0001 with tag nope: nothing added to found\n');
    const json = JSON.parse(
      (
        await cli([
          'dataset',
          'add-from-run',
          'run-0001',
          '--name',
          'found',
          '--failed',
          '--db',
          db,
          '--json',
        ])
      ).out,
    );
    expect(json).toMatchObject({
      name: 'found',
      cases: 1,
      created: false,
      run: 'run-0001',
      results: 1,
      added: [],
      changed: [],
    });
  });
});
