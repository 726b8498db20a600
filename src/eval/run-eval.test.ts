// The runner in-process, on a real (in-memory) store: complete runs, errors, interruption and
// resume, the response cache, and refusals that happen before anything is sent.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetError, InterruptedError, UsageError } from '../core/index.js';
import { corpusBleu, corpusChrf, sentenceBleu } from '../metrics/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { loadSuite } from '../suite/index.js';
import { runEval } from './run-eval.js';

// A module target that counts its calls in a global, sleeps a little, and fails on demand.
const TARGET = `
export default async function answer({ prompt, vars }) {
  globalThis.__gtCalls = (globalThis.__gtCalls ?? 0) + 1;
  await new Promise((r) => setTimeout(r, Number(vars.sleep ?? 2)));
  if (vars.fail === 'yes') throw new Error('the app crashed on ' + prompt);
  return { output: 'answer to ' + prompt, tokenUsage: { prompt: 3, completion: 4, total: 7 }, cost: 0.001 };
}
`;

declare global {
  // eslint-disable-next-line no-var
  var __gtCalls: number | undefined;
}

let dir: string;
let store: Store;

function suiteFile(
  extra = '',
  cases = 'id,q,fail,sleep\n' + Array.from({ length: 30 }, (_, i) => `c${i},q${i},no,2`).join('\n'),
) {
  writeFileSync(join(dir, 'app.mjs'), TARGET);
  writeFileSync(join(dir, 'cases.csv'), `${cases}\n`);
  writeFileSync(
    join(dir, 'groundtruth.yaml'),
    `prompt: "{{q}}"
targets:
  - id: app
    type: module
    path: app.mjs
dataset: cases.csv
scorers:
  - type: contains
    value: "answer to"
gates:
  maxErrorRate: 0.5
concurrency: 4
${extra}`,
  );
  return loadSuite(dir);
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gt-run-eval-'));
  store = await openStore(':memory:');
  globalThis.__gtCalls = 0;
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('runEval', () => {
  it('runs every case × target × repeat, stores and summarises them', async () => {
    const suite = await suiteFile('repeat: 2\n');
    const { run, summary } = await runEval({ suite, store });
    expect(run.status).toBe('completed');
    expect(await store.countResults(run.id)).toBe(60);
    expect(globalThis.__gtCalls).toBe(60);
    expect(summary).toMatchObject({ total: 60, passed: 60, errors: 0, passRate: 1 });
    expect(summary.targets[0]).toMatchObject({ targetId: 'app', tokens: { total: 420 } });
    expect(summary.targets[0]!.cost).toBeCloseTo(0.06, 12);
    const stored = await store.getRun(run.id);
    expect(stored).toMatchObject({
      status: 'completed',
      caseCount: 30,
      expectedResults: 60,
      options: { repeat: 2 },
    });
    expect(stored!.summary).toEqual(summary);
  });

  it('keeps a target failure as an error result with its message, and goes on', async () => {
    const suite = await suiteFile('', 'id,q,fail,sleep\nok,fine,no,1\nbad,boom,yes,1');
    const { run, summary } = await runEval({ suite, store });
    expect(summary).toMatchObject({ total: 2, passed: 1, errors: 1 });
    const results = [];
    for await (const r of store.results(run.id)) results.push(r);
    const bad = results.find((r) => r.caseId === 'bad')!;
    expect(bad).toMatchObject({ status: 'error', output: null, scores: [] });
    expect(bad.error).toMatch(/the app crashed on boom/);
  });

  it('is interrupted by its signal, keeps what completed, and a resume sends only the rest', async () => {
    const suite = await suiteFile(
      '',
      'id,q,fail,sleep\n' + Array.from({ length: 40 }, (_, i) => `c${i},q${i},no,15`).join('\n'),
    );
    const controller = new AbortController();
    let runId = '';
    const first = runEval({
      suite,
      store,
      signal: controller.signal,
      onStart: (run) => {
        runId = run.id;
      },
      onProgress: (p) => {
        if (p.done === 10) controller.abort('SIGINT');
      },
    });
    await expect(first).rejects.toBeInstanceOf(InterruptedError);
    const saved = await store.countResults(runId);
    expect(saved).toBeGreaterThanOrEqual(10);
    expect(saved).toBeLessThan(40);
    expect((await store.getRun(runId))!.status).toBe('interrupted');
    const callsBefore = globalThis.__gtCalls!;

    const resumed = await runEval({ suite, store, resume: (await store.getRun(runId))! });
    expect(resumed.run.id).toBe(runId);
    expect(resumed.summary.total).toBe(40);
    expect(await store.countResults(runId)).toBe(40);
    expect(globalThis.__gtCalls! - callsBefore).toBe(40 - saved);
    expect((await store.resultKeys(runId)).size).toBe(40);
  });

  it('refuses to resume when the suite changed, and when the run is complete', async () => {
    const suite = await suiteFile();
    const { run } = await runEval({ suite, store });
    await expect(runEval({ suite, store, resume: run })).rejects.toThrow(/already completed/);
    const changed = await suiteFile('repeat: 3\n');
    await expect(
      runEval({ suite: changed, store, resume: { ...run, status: 'interrupted' } }),
    ).rejects.toThrow(/the suite changed since run/);
  });

  it('reuses cached responses of a cacheable target, per repeat, unless told not to', async () => {
    const suite = await suiteFile('repeat: 2\n');
    suite.targets[0]!.cache = true;
    await runEval({ suite, store });
    expect(globalThis.__gtCalls).toBe(60);
    const second = await runEval({ suite, store });
    expect(globalThis.__gtCalls).toBe(60);
    expect(second.summary.targets[0]!.cached).toBe(60);
    await runEval({ suite, store, cache: false });
    expect(globalThis.__gtCalls).toBe(120);
  });

  it('fails before creating a run when a case lacks a prompt variable, naming file, line and case', async () => {
    const suite = await suiteFile('', 'id,other\nc0,x\n');
    const error = await runEval({ suite, store }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toMatch(
      /cases\.csv:2: case c0: prompt "default": .*\{\{ q \}\} is undefined/,
    );
    expect(await store.listRuns()).toEqual([]);
  });

  it('filters by tag and says which tags exist when none match', async () => {
    const suite = await suiteFile('', 'id,q,tags\na,x,red\nb,y,blue;red\nc,z,green');
    const { summary } = await runEval({ suite, store, filterTags: ['red'] });
    expect(summary.total).toBe(2);
    await expect(runEval({ suite, store, filterTags: ['purple'] })).rejects.toThrow(
      new UsageError('no case has tag purple (tags in the dataset: blue, green, red)'),
    );
  });

  it('reports BLEU and chrF at corpus level, from summed statistics, not as a mean of sentence scores', async () => {
    const rows = [
      ['a', 'The cat sat on the mat.', 'The cat is on the mat.'],
      ['b', 'It is raining in Paris today.', 'Today it rains in Paris.'],
      ['c', 'Nothing matches here at all', 'Completely different sentence'],
    ];
    writeFileSync(
      join(dir, 'cases.jsonl'),
      rows.map(([id, q, ref]) => JSON.stringify({ id, vars: { q }, expected: ref })).join('\n'),
    );
    writeFileSync(
      join(dir, 'groundtruth.yaml'),
      'prompt: "{{q}}"\ntargets:\n  - type: echo\ndataset: cases.jsonl\nscorers:\n  - type: bleu\n  - type: chrf\n    wordOrder: 2\ngates: {}\n',
    );
    const { summary } = await runEval({ suite: await loadSuite(dir), store });
    const [bleu, chrf] = summary.targets[0]!.scorers;
    const hyps = rows.map((r) => r[1]!);
    const refs = rows.map((r) => [r[2]!]);
    expect(bleu!.corpus).toBeCloseTo(corpusBleu(hyps, refs).score / 100, 12);
    expect(chrf!.corpus).toBeCloseTo(corpusChrf(hyps, refs, { wordOrder: 2 }).score / 100, 12);
    const meanOfSentences = hyps.reduce((sum, h, i) => sum + sentenceBleu(h, refs[i]!).score / 100, 0) / 3;
    expect(bleu!.mean).toBeCloseTo(meanOfSentences, 12);
    expect(Math.abs(bleu!.corpus! - bleu!.mean)).toBeGreaterThan(1e-3); // the two aggregations really differ here
  });

  it('repeats per tag, flags flaky cases, gates on maxFlakyRate and leaves quarantined cases out', async () => {
    // A target that alternates pass/fail on the cases whose `mode` is flaky, deterministically.
    writeFileSync(
      join(dir, 'flaky.mjs'),
      `const seen = new Map();
export default function answer({ vars }) {
  const n = (seen.get(vars.q) ?? 0) + 1;
  seen.set(vars.q, n);
  return vars.mode === 'flaky' && n % 2 === 0 ? 'wrong' : 'right';
}`,
    );
    const cases = [
      { id: 'f1', vars: { q: 'f1', mode: 'flaky' }, tags: ['hot'] },
      { id: 'f2', vars: { q: 'f2', mode: 'flaky' } },
      ...Array.from({ length: 8 }, (_, i) => ({
        id: `s${i}`,
        vars: { q: `s${i}`, mode: 'steady' },
        source: 'production',
        metadata: { lang: i % 2 ? 'en' : 'fr' },
      })),
    ];
    writeFileSync(join(dir, 'cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n'));
    const suiteText = (extra: string) =>
      `prompt: "{{q}}"\ntargets:\n  - id: app\n    type: module\n    path: flaky.mjs\ndataset: cases.jsonl\nscorers:\n  - type: equals\n    value: right\nrepeat: 2\nrepeatPerTag:\n  hot: 4\nsliceBy: [lang]\ngates:\n  maxFlakyRate: 0.1\n${extra}`;
    writeFileSync(join(dir, 'groundtruth.yaml'), suiteText(''));
    const { run, summary } = await runEval({ suite: await loadSuite(dir), store });
    // f1 has the tag `hot`: 4 samples; the nine others 2 each.
    expect(run.expectedResults).toBe(4 + 9 * 2);
    expect(summary.total).toBe(22);
    const repeats = summary.targets[0]!.repeats!;
    expect(repeats).toMatchObject({ k: 2, cases: 10, flakyCount: 2, flakyRate: 0.2 });
    expect(summary.gates).toMatchObject([{ gate: 'maxFlakyRate', actual: 0.2, pass: false }]);
    // Slices: tags, source and sliceBy fields.
    expect(summary.slices.map((s) => s.tag).sort()).toEqual([
      'hot',
      'lang:en',
      'lang:fr',
      'source:production',
    ]);

    writeFileSync(join(dir, 'groundtruth.yaml'), suiteText('quarantine: [f2]\n'));
    const quarantined = await runEval({ suite: await loadSuite(dir), store });
    expect(quarantined.summary.quarantined).toEqual(['f2']);
    // Reported in full, gated without f2: 1 flaky case of 9.
    expect(quarantined.summary.targets[0]!.repeats!.flakyCount).toBe(2);
    expect(quarantined.summary.gates[0]).toMatchObject({ gate: 'maxFlakyRate', pass: false });
    expect(quarantined.summary.gates[0]!.actual).toBeCloseTo(1 / 9, 12);
    expect(quarantined.summary.gates[0]!.message).toMatch(/1 quarantined case left out/);
  });
});
