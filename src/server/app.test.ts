// The API against a real server on 127.0.0.1 over a SQLite store filled by real runs: the quick
// start twice and a run of hostile outputs (see test-helpers/fixture-store.ts).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredResult } from '../store/types.js';
import type {
  ApiError,
  HealthResponse,
  ResultResponse,
  ResultsResponse,
  RunResponse,
  RunsResponse,
  SuitesResponse,
} from './api.js';
import { decodeResultId, encodeResultId } from './result-id.js';
import { type RunningServer, startServer } from './start-server.js';
import {
  buildFixtureStore,
  type FixtureStore,
  XSS_ERROR,
  XSS_EXPECTED,
  XSS_METADATA,
  XSS_NOTE,
  XSS_OUTPUTS,
  XSS_TAG,
} from './test-helpers/fixture-store.js';
import { httpGet } from './test-helpers/http.js';

let fixture: FixtureStore;
let server: RunningServer;
const get = <Body>(path: string) => httpGet<Body>(server.url, path);

beforeAll(async () => {
  fixture = await buildFixtureStore();
  server = await startServer({ store: fixture.store, port: 0 });
});
afterAll(async () => {
  await server?.close();
  await fixture?.close();
});

async function allResults(runId: string): Promise<StoredResult[]> {
  const out: StoredResult[] = [];
  for await (const result of fixture.store.results(runId)) out.push(result);
  return out;
}

const keyOf = (r: { caseId: string; targetId: string }) => `${r.caseId}/${r.targetId}`;

describe('GET /api/health', () => {
  it('says the server is up, its version and that no token is needed', async () => {
    const version = (
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
        version: string;
      }
    ).version;
    const res = await get<HealthResponse>('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, version, auth: false });
  });
});

describe('GET /api/runs', () => {
  it('lists runs newest first with their figures', async () => {
    const { base, candidate, xss } = fixture.runs;
    const res = await get<RunsResponse>('/api/runs');
    expect(res.status).toBe(200);
    expect(res.body.items.map((r) => r.id)).toEqual([xss.id, candidate.id, base.id]);
    expect(res.body).toMatchObject({ total: 3, offset: 0, limit: 50 });
    const summary = base.summary!;
    expect(res.body.items[2]).toEqual({
      id: base.id,
      suitePath: fixture.quickstartSuite,
      description: base.description,
      status: 'completed',
      createdAt: base.createdAt,
      finishedAt: base.finishedAt,
      datasetRef: base.datasetRef,
      targets: ['faq-assistant', 'faq-assistant-no-typos'],
      total: 164,
      passRate: summary.passRate,
      cost: 0,
      gates: { passed: summary.gates.filter((g) => g.pass).length, total: summary.gates.length },
    });
    expect(res.body.items[0]).toMatchObject({ targets: ['hostile-app'], total: 5, cost: 0.0004 });
  });

  it('pages, and filters by suite, status and free text, with the total of the filter', async () => {
    const { base, candidate, xss } = fixture.runs;
    const page = await get<RunsResponse>('/api/runs?limit=1&offset=1');
    expect(page.body.items.map((r) => r.id)).toEqual([candidate.id]);
    expect(page.body).toMatchObject({ total: 3, offset: 1, limit: 1 });
    const suite = await get<RunsResponse>(`/api/runs?suite=${encodeURIComponent(fixture.quickstartSuite)}`);
    expect(suite.body.items.map((r) => r.id)).toEqual([candidate.id, base.id]);
    expect(suite.body.total).toBe(2);
    expect((await get<RunsResponse>('/api/runs?status=completed')).body.total).toBe(3);
    expect((await get<RunsResponse>('/api/runs?status=interrupted')).body).toMatchObject({
      items: [],
      total: 0,
    });
    const text = await get<RunsResponse>('/api/runs?q=HOSTILE%20outputs');
    expect(text.body.items.map((r) => r.id)).toEqual([xss.id]);
    expect((await get<RunsResponse>(`/api/runs?q=${xss.id.slice(-6)}`)).body.total).toBe(1);
  });

  it('refuses bad parameters with a 400 naming each and what it expects', async () => {
    const res = await get<ApiError>('/api/runs?limit=201&status=done&sort=asc');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: {
        code: 'bad_request',
        message:
          "unknown query parameter 'sort'; query parameter 'limit' must be <= 200, got \"201\"; query parameter 'status' must be one of running, completed, interrupted, got \"done\"",
        hint: 'this endpoint takes offset, limit, suite, status, q',
      },
    });
    const twice = await get<ApiError>('/api/runs?limit=1&limit=2');
    expect(twice.body.error.message).toBe("query parameter 'limit' is given 2 times; give it once");
    const notInt = await get<ApiError>('/api/runs?offset=1.5');
    expect(notInt.body.error.message).toBe('query parameter \'offset\' must be an integer, got "1.5"');
    // An empty value is no filter, as a search box submitted empty means.
    expect((await get<RunsResponse>('/api/runs?q=&status=')).body.total).toBe(3);
  });
});

describe('GET /api/runs/:id', () => {
  it('gives the run with its saved results and its whole summary', async () => {
    const { base } = fixture.runs;
    const res = await get<RunResponse>(`/api/runs/${base.id}`);
    expect(res.status).toBe(200);
    expect(res.body.run).toMatchObject({
      id: base.id,
      status: 'completed',
      suiteHash: base.suiteHash,
      datasetHash: base.datasetHash,
      caseCount: 82,
      expectedResults: 164,
      savedResults: 164,
      targetConfigs: base.targets,
    });
    expect(res.body.summary).toEqual(JSON.parse(JSON.stringify(base.summary)));
    expect(res.body.summary!.slices.some((s) => s.tag === 'typo' && s.targetId === 'faq-assistant')).toBe(
      true,
    );
  });

  it('finds a run by a unique id prefix, and says what it looked for otherwise', async () => {
    const { xss } = fixture.runs;
    // Ids end in 6 random hex digits: the id without its last character is a unique prefix.
    expect((await get<RunResponse>(`/api/runs/${xss.id.slice(0, -1)}`)).body.run.id).toBe(xss.id);
    const missing = await get<ApiError>('/api/runs/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      error: {
        code: 'not_found',
        message: "no run 'nope' in this store",
        hint: 'GET /api/runs lists the runs',
      },
    });
    const ambiguous = await get<ApiError>('/api/runs/2');
    expect(ambiguous.status).toBe(404);
    expect(ambiguous.body.error.message).toMatch(/^run id prefix '2' matches 3 runs: /);
  });
});

describe('GET /api/runs/:id/results', () => {
  const listAll = async (runId: string, params = '') =>
    (await get<ResultsResponse>(`/api/runs/${runId}/results?limit=500${params}`)).body;

  it('pages a run in written order with the total and an id that finds each result', async () => {
    const { base } = fixture.runs;
    const stored = await allResults(base.id);
    const first = await get<ResultsResponse>(`/api/runs/${base.id}/results?limit=5`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 164, offset: 0, limit: 5 });
    expect(first.body.items.map(keyOf)).toEqual(stored.slice(0, 5).map(keyOf));
    const item = first.body.items[0]!;
    const result = stored[0]!;
    expect(item).toEqual({
      id: item.id,
      caseId: result.caseId,
      targetId: result.targetId,
      promptId: 'default',
      repeat: 0,
      status: result.status,
      score: result.score,
      outputPreview: result.output,
      error: null,
      latencyMs: result.latencyMs,
      tags: result.tags,
      slices: result.slices,
      scores: result.scores.map((s) => ({ name: s.name, value: s.value, pass: s.pass })),
    });
    expect(decodeResultId(item.id).runId).toBe(base.id);
    const last = await get<ResultsResponse>(`/api/runs/${base.id}/results?offset=160&limit=10`);
    expect(last.body.items.map(keyOf)).toEqual(stored.slice(160).map(keyOf));
    expect(last.body.total).toBe(164);
  });

  it('filters on the server exactly as the stored results say, with the filtered total', async () => {
    const { base } = fixture.runs;
    const stored = await allResults(base.id);
    const cases: Array<[string, (r: StoredResult) => boolean]> = [
      ['&target=faq-assistant', (r) => r.targetId === 'faq-assistant'],
      [
        '&status=fail&target=faq-assistant-no-typos',
        (r) => r.status === 'fail' && r.targetId === 'faq-assistant-no-typos',
      ],
      ['&tag=typo', (r) => r.slices.includes('typo')],
      ['&tag=typo&status=pass', (r) => r.slices.includes('typo') && r.status === 'pass'],
      ['&q=TRASH', (r) => (r.output ?? '').toLowerCase().includes('trash')],
      ['&q=typo-', (r) => r.caseId.includes('typo-')],
      ['&prompt=default&status=error', (r) => r.status === 'error'],
      ['&prompt=other', () => false],
    ];
    for (const [params, keep] of cases) {
      const expected = stored.filter(keep).map(keyOf);
      const page = await listAll(base.id, params);
      expect(page.items.map(keyOf), params).toEqual(expected);
      expect(page.total, params).toBe(expected.length);
    }
    expect(stored.filter((r) => r.slices.includes('typo')).length).toBeGreaterThan(10);
  });

  it('never returns another run’s results', async () => {
    const { candidate, xss } = fixture.runs;
    const hostile = await listAll(xss.id);
    expect(hostile.items.map((r) => r.caseId)).toEqual([...Object.keys(XSS_OUTPUTS), 'xss-error']);
    expect((await listAll(xss.id, '&q=sorry')).total).toBe(0);
    expect((await listAll(xss.id, '&tag=typo')).total).toBe(0);
    const others = await listAll(candidate.id);
    expect(others.items.every((r) => decodeResultId(r.id).runId === candidate.id)).toBe(true);
    expect(others.items.some((r) => r.caseId.startsWith('xss'))).toBe(false);
  });

  it('gives hostile outputs, errors and tags back exactly, as data', async () => {
    const { items } = await listAll(fixture.runs.xss.id);
    expect(items.map((r) => r.outputPreview)).toEqual([...Object.values(XSS_OUTPUTS), null]);
    expect(items[4]!.error).toContain(XSS_ERROR);
    expect(items.every((r) => r.tags[0] === XSS_TAG && r.slices.includes(XSS_TAG))).toBe(true);
    const byTag = await listAll(fixture.runs.xss.id, `&tag=${encodeURIComponent(XSS_TAG)}&status=error`);
    expect(byTag.items.map((r) => r.caseId)).toEqual(['xss-error']);
  });

  it('refuses bad parameters and unknown runs', async () => {
    const { base } = fixture.runs;
    const bad = await get<ApiError>(`/api/runs/${base.id}/results?status=maybe&limit=0`);
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      error: {
        code: 'bad_request',
        message:
          'query parameter \'limit\' must be >= 1, got "0"; query parameter \'status\' must be one of pass, fail, error, got "maybe"',
        hint: 'this endpoint takes offset, limit, target, prompt, tag, status, q',
      },
    });
    expect(
      (await get<ApiError>(`/api/runs/${base.id}/results?q=${'x'.repeat(201)}`)).body.error.message,
    ).toMatch(/^query parameter 'q' must be at most 200 characters long, got "x+"$/);
    expect((await get<ApiError>('/api/runs/nope/results')).body.error.message).toBe(
      "no run 'nope' in this store",
    );
  });
});

describe('GET /api/results/:id', () => {
  it('gives one result whole, with its rendered prompt, every score and reason, and its case', async () => {
    const { xss } = fixture.runs;
    const id = encodeResultId(xss.id, 1);
    const res = await get<ResultResponse>(`/api/results/${id}`);
    expect(res.status).toBe(200);
    const stored = (await allResults(xss.id))[0]!;
    expect(res.body.result).toEqual({
      id,
      runId: xss.id,
      caseId: 'xss-img',
      targetId: 'hostile-app',
      promptId: 'default',
      repeat: 0,
      status: 'fail',
      prompt: `Say xss-img ${XSS_NOTE}`,
      output: XSS_OUTPUTS['xss-img'],
      error: null,
      score: 0,
      scores: stored.scores,
      latencyMs: stored.latencyMs,
      tokenUsage: { prompt: 5, completion: 7, total: 12 },
      cost: 0.0001,
      cached: false,
      createdAt: stored.createdAt,
      tags: [XSS_TAG, 'hostile'],
      slices: [XSS_TAG, 'hostile'],
    });
    expect(res.body.result.scores[0]!.reason.length).toBeGreaterThan(0);
    expect(res.body.case).toEqual({
      id: 'xss-img',
      vars: { kind: 'xss-img', note: XSS_NOTE },
      expected: XSS_EXPECTED,
      tags: [XSS_TAG, 'hostile'],
      metadata: XSS_METADATA,
    });
  });

  it('keeps control characters and NUL in outputs exactly', async () => {
    const { xss } = fixture.runs;
    const control = (await get<ResultsResponse>(`/api/runs/${xss.id}/results?q=bell`)).body.items[0]!;
    const res = await get<ResultResponse>(`/api/results/${control.id}`);
    expect(res.body.result.output).toBe(XSS_OUTPUTS['xss-control']);
    expect(control.outputPreview).toBe(XSS_OUTPUTS['xss-control']);
  });

  it('400 for a string that is no result id, 404 for an id of nothing', async () => {
    const bad = await get<ApiError>('/api/results/not-an-id!');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      error: {
        code: 'bad_request',
        message: "'not-an-id!' is not a result id",
        hint: 'result ids come from GET /api/runs/:id/results',
      },
    });
    for (const id of [encodeResultId(fixture.runs.base.id, 9999), encodeResultId('nope', 1)]) {
      const missing = await get<ApiError>(`/api/results/${id}`);
      expect(missing.status).toBe(404);
      expect(missing.body.error).toEqual({
        code: 'not_found',
        message: `no result '${id}' in this store`,
        hint: 'result ids come from GET /api/runs/:id/results',
      });
    }
  });
});

describe('GET /api/suites', () => {
  it('lists the suites with runs, the most recently run first', async () => {
    const { base, candidate, xss } = fixture.runs;
    const res = await get<SuitesResponse>('/api/suites');
    expect(res.body).toEqual({
      items: [
        { suitePath: fixture.xssSuite, description: xss.description, runs: 1, lastRunAt: xss.createdAt },
        {
          suitePath: fixture.quickstartSuite,
          description: candidate.description,
          runs: 2,
          lastRunAt: candidate.createdAt,
        },
      ],
    });
    expect(base.description).toBe(candidate.description);
  });
});
