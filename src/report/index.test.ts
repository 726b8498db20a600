import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../core/index.js';
import type { StoredResult } from '../store/types.js';
import { reportFormatFor, summarize, writeReport } from './index.js';
import { hostileResults, makeReportInput, makeResult, makeRun, makeScore } from './test-helpers/fixtures.js';
import { parseXml } from './test-helpers/xml.js';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'groundtruth-report-test-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('reportFormatFor', () => {
  it.each([
    ['out/report.json', 'json'],
    ['results.JSONL', 'jsonl'],
    ['junit.xml', 'xml'],
    ['comment.md', 'md'],
    ['report.Html', 'html'],
  ])('%s is %s', (path, format) => {
    expect(reportFormatFor(path)).toBe(format);
  });

  it('rejects other extensions with the supported list', () => {
    expect(() => reportFormatFor('report.txt')).toThrow(
      new UsageError(
        'cannot write report report.txt: .txt is not a report format; use .json, .jsonl, .xml (JUnit), .md or .html',
      ),
    );
    expect(() => reportFormatFor('report')).toThrow(
      'cannot write report report: no extension is not a report format; use .json, .jsonl, .xml (JUnit), .md or .html',
    );
    expect(() => reportFormatFor('report.htm')).toThrow(UsageError);
  });
});

describe('writeReport', () => {
  it('writes each format by its extension, creating folders as needed', async () => {
    const input = await makeReportInput(hostileResults());
    const base = join(directory, 'nested', 'deeper');
    for (const extension of ['json', 'jsonl', 'xml', 'md', 'html']) {
      await writeReport(join(base, `report.${extension}`), input);
    }
    const read = (extension: string) => readFile(join(base, `report.${extension}`), 'utf8');
    expect(JSON.parse(await read('json')).results).toHaveLength(3);
    expect(
      (await read('jsonl'))
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).caseId),
    ).toEqual(['case<1>&"', 'case-2', 'case-3']);
    expect(parseXml(await read('xml')).name).toBe('testsuites');
    expect(await read('md')).toMatch(/^## ✅ Groundtruth: 33\.3% passed \(no gates\)\n/);
    expect(await read('html')).toMatch(/^<!doctype html>\n/);
    expect((await readdir(base)).sort()).toEqual([
      'report.html',
      'report.json',
      'report.jsonl',
      'report.md',
      'report.xml',
    ]);
  });

  it('leaves no file behind, and keeps the previous one, when the results fail midway', async () => {
    const path = join(directory, 'atomic.json');
    await writeFile(path, 'previous');
    const input = await makeReportInput([]);
    input.results = async function* () {
      yield makeResult({ caseId: 'a', targetId: 't', status: 'pass' });
      throw new Error('database is locked');
    };
    await expect(writeReport(path, input)).rejects.toThrow('database is locked');
    expect(await readFile(path, 'utf8')).toBe('previous');
    expect((await readdir(directory)).filter((f) => f.startsWith('atomic.json'))).toEqual(['atomic.json']);
  });

  it('reports an unwritable path as a usage error naming the file', async () => {
    const blocker = join(directory, 'a-file');
    await writeFile(blocker, '');
    const path = join(blocker, 'report.json');
    const error = await writeReport(path, await makeReportInput([])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(
      `cannot write report ${path}: EEXIST: file already exists, mkdir '${blocker}'`,
    );
    expect(existsSync(path)).toBe(false);
  });
});

describe('streaming 100,000 results', () => {
  const COUNT = 100_000;
  const TARGETS = ['gpt-4o', 'claude', 'llama'];
  const output = 'The refund window is 30 days from delivery. '.repeat(5);

  function* generate(): Generator<StoredResult> {
    for (let i = 0; i < COUNT; i++) {
      const pass = i % 7 !== 0;
      const error = i % 50 === 0;
      yield makeResult({
        caseId: `case-${Math.floor(i / TARGETS.length)}`,
        targetId: TARGETS[i % TARGETS.length]!,
        status: error ? 'error' : pass ? 'pass' : 'fail',
        output: error ? null : `${output}${i}`,
        error: error ? 'HTTP 503 after 3 attempts' : null,
        latencyMs: 200 + (i % 997),
        tokenUsage: { prompt: 120, completion: 40, total: 160 },
        cost: 0.00021,
        score: pass ? 1 : 0,
        scores: [
          makeScore('accuracy', pass ? 1 : 0, pass, 1, pass ? '' : 'expected 30 days'),
          makeScore('tone', 0.5, true, 0),
        ],
        tags: [i % 2 ? 'billing' : 'shipping', `lang-${i % 5}`],
      });
    }
  }

  it('keeps heap growth small for every format', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let peak = 0;
    async function* source(): AsyncGenerator<StoredResult> {
      let n = 0;
      for (const result of generate()) {
        if (++n % 5_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
        yield result;
      }
    }

    gc();
    const baseline = process.memoryUsage().heapUsed;
    let started = performance.now();
    const summary = await summarize(source(), { durationMs: 1 });
    console.log(`summarize: ${COUNT} results in ${Math.round(performance.now() - started)} ms`);
    expect(summary.total).toBe(COUNT);
    expect(summary.targets.map((t) => t.targetId)).toEqual(TARGETS);
    const input = { run: makeRun(), summary: { ...summary, gates: [] }, results: source };

    for (const extension of ['json', 'jsonl', 'xml', 'html', 'md']) {
      const path = join(directory, `big.${extension}`);
      peak = 0;
      gc();
      const before = process.memoryUsage().heapUsed;
      started = performance.now();
      await writeReport(path, input);
      const elapsed = Math.round(performance.now() - started);
      gc();
      const after = process.memoryUsage().heapUsed;
      const size = (await stat(path)).size;
      const growth = (Math.max(peak, after) - before) / 2 ** 20;
      console.log(
        `${extension}: ${COUNT} results in ${elapsed} ms, ${(size / 2 ** 20).toFixed(1)} MB file, ` +
          `heap +${growth.toFixed(1)} MB at peak, +${((after - baseline) / 2 ** 20).toFixed(1)} MB after`,
      );
      expect(growth).toBeLessThan(50);
      await rm(path);
    }
    await mkdir(directory, { recursive: true });
  }, 120_000);
});
