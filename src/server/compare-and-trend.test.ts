// The compare and trend endpoints against a real server over the fixture store: the quick start as
// shipped (base) and without typo correction (candidate), whose typo cases regress.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareRuns, type RunComparison } from '../compare/index.js';
import type { ApiError, CompareCasesResponse, ComparedCase, ResultResponse, TrendResponse } from './api.js';
import { type RunningServer, startServer } from './start-server.js';
import { buildFixtureStore, type FixtureStore } from './test-helpers/fixture-store.js';
import { httpGet } from './test-helpers/http.js';

let fixture: FixtureStore;
let server: RunningServer;
let expected: RunComparison;
const get = <Body>(path: string) => httpGet<Body>(server.url, path);

beforeAll(async () => {
  fixture = await buildFixtureStore();
  server = await startServer({ store: fixture.store, port: 0 });
  expected = JSON.parse(
    JSON.stringify(await compareRuns(fixture.store, fixture.runs.base, fixture.runs.candidate)),
  ) as RunComparison;
});
afterAll(async () => {
  await server?.close();
  await fixture?.close();
});

const pair = () => `base=${fixture.runs.base.id}&candidate=${fixture.runs.candidate.id}`;
const unit = (c: { caseId: string; targetId: string; promptId: string }) =>
  `${c.caseId}/${c.targetId}/${c.promptId}`;

describe('GET /api/compare', () => {
  it('gives the comparison of src/compare, with typo cases regressed for faq-assistant', async () => {
    const res = await get<RunComparison>(`/api/compare?${pair()}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expected);
    expect(res.body.flips.regressed.filter((id) => id.startsWith('typo')).length).toBeGreaterThan(3);
  });

  it('names runs as groundtruth compare does: latest, prefixes, and a given alpha', async () => {
    const { base, candidate } = fixture.runs;
    // latest as the base: the latest completed run of the candidate's suite other than the candidate.
    const latest = await get<RunComparison>(
      `/api/compare?base=latest&candidate=${candidate.id.slice(0, -1)}`,
    );
    expect(latest.body.baseRun.id).toBe(base.id);
    expect(latest.body.candidateRun.id).toBe(candidate.id);
    const alpha = await get<RunComparison>(`/api/compare?${pair()}&alpha=0.2`);
    expect(alpha.body.settings.alpha).toBe(0.2);
  });

  it('says why a comparison cannot be made', async () => {
    const { candidate, xss } = fixture.runs;
    // The latest run of the store is the hostile one, whose suite has no other run.
    const noBase = await get<ApiError>('/api/compare?base=latest&candidate=latest');
    expect(noBase.status).toBe(404);
    expect(noBase.body.error).toEqual({
      code: 'not_found',
      message: `no baseline: no completed run of ${fixture.xssSuite} other than ${xss.id}`,
      hint: 'run groundtruth eval on the base version first, or name a run id or git branch as the baseline',
    });
    const itself = await get<ApiError>(`/api/compare?base=${candidate.id}&candidate=${candidate.id}`);
    expect(itself.status).toBe(400);
    expect(itself.body.error.message).toBe(
      `run ${candidate.id} is the candidate itself: choose another baseline`,
    );
    const missing = await get<ApiError>('/api/compare?base=latest&alpha=1');
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe(
      "query parameter 'candidate' is required; query parameter 'alpha' must be < 1, got \"1\"",
    );
  });
});

describe('GET /api/compare/cases', () => {
  const cases = (params: string) => get<CompareCasesResponse>(`/api/compare/cases?${pair()}${params}`);

  it('lists the changed cases, regressed first, with both outputs as stored', async () => {
    const changed = expected.flips.cases.filter((f) => f.change !== 'stillFailing');
    const res = await cases('&limit=200');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(changed.length);
    expect(res.body.items.map((c) => [c.caseId, c.targetId, c.change])).toEqual(
      changed.map((f) => [f.caseId, f.target, f.change]),
    );
    expect(res.body.items[0]!.change).toBe('regressed');
    for (const item of res.body.items.slice(0, 3)) {
      for (const side of ['base', 'candidate'] as const) {
        const result = (await get<ResultResponse>(`/api/results/${item[side].resultId}`)).body.result;
        expect(result.runId).toBe(fixture.runs[side].id);
        expect(unit(result)).toBe(unit(item));
        expect([result.status, result.output, result.error]).toEqual([
          item[side].status,
          item[side].output,
          item[side].error,
        ]);
      }
      expect([item.base.status, item.candidate.status]).toEqual(
        item.change === 'regressed' ? ['pass', 'fail'] : ['fail', 'pass'],
      );
    }
  });

  it('filters by change and target, and pages', async () => {
    const stillFailing = expected.flips.cases.filter(
      (f) => f.change === 'stillFailing' && f.target === 'faq-assistant',
    );
    const res = await cases('&change=stillFailing&target=faq-assistant&limit=3&offset=1');
    expect(res.body.total).toBe(stillFailing.length);
    expect(res.body).toMatchObject({ offset: 1, limit: 3 });
    expect(res.body.items.map((c) => c.caseId)).toEqual(stillFailing.slice(1, 4).map((f) => f.caseId));
    const none = await cases('&change=fixed&target=faq-assistant-no-typos');
    expect(none.body).toEqual({ items: [], total: 0, offset: 0, limit: 50 });
  });

  it('with change=all, gives every paired result once: the flips, then the unchanged', async () => {
    const flips = expected.flips.cases;
    const items: ComparedCase[] = [];
    let total = 0;
    for (let offset = 0; ; offset += 37) {
      const page = (await cases(`&change=all&limit=37&offset=${offset}`)).body;
      total = page.total;
      items.push(...page.items);
      if (page.items.length < 37) break;
    }
    expect(total).toBe(expected.paired);
    expect(items).toHaveLength(expected.paired);
    expect(new Set(items.map(unit)).size).toBe(expected.paired);
    expect(items.slice(0, flips.length).map((c) => c.change)).toEqual(flips.map((f) => f.change));
    expect(items.slice(flips.length).every((c) => c.change === 'unchanged')).toBe(true);
    expect(
      items.slice(flips.length).every((c) => c.base.status === 'pass' && c.candidate.status === 'pass'),
    ).toBe(true);
    // A page across the boundary between flips and unchanged results.
    const across = (await cases(`&change=all&offset=${flips.length - 1}&limit=2`)).body.items;
    expect(across.map((c) => c.change)).toEqual([flips.at(-1)!.change, 'unchanged']);
  });
});

describe('GET /api/metrics/trend', () => {
  it('gives the pass rate per target over the suite’s runs in time order, from their summaries', async () => {
    const { base, candidate } = fixture.runs;
    const res = await get<TrendResponse>(
      `/api/metrics/trend?suite=${encodeURIComponent(fixture.quickstartSuite)}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.scorer).toBe('passRate');
    expect(res.body.scorers).toEqual(['key-fact', 'fits-widget', 'fast']);
    const expectedPoints = [base, candidate].flatMap((run) =>
      run.summary!.targets.map((t) => ({
        runId: run.id,
        createdAt: run.createdAt,
        targetId: t.targetId,
        promptId: t.promptId,
        value: t.passRate,
        ci: t.passRateCi,
        n: 82,
      })),
    );
    expect(res.body.points).toEqual(expectedPoints);
  });

  it('gives a scorer’s mean for one target, and 404 for a suite without runs', async () => {
    const { base, candidate } = fixture.runs;
    const suite = encodeURIComponent(fixture.quickstartSuite);
    const res = await get<TrendResponse>(
      `/api/metrics/trend?suite=${suite}&scorer=key-fact&target=faq-assistant`,
    );
    const means = [base, candidate].map(
      (run) =>
        run
          .summary!.targets.find((t) => t.targetId === 'faq-assistant')!
          .scorers.find((s) => s.name === 'key-fact')!,
    );
    expect(res.body.points.map((p) => [p.runId, p.targetId, p.value, p.n])).toEqual([
      [base.id, 'faq-assistant', means[0]!.mean, means[0]!.count],
      [candidate.id, 'faq-assistant', means[1]!.mean, means[1]!.count],
    ]);
    expect(res.body.points[1]!.value).toBeLessThan(res.body.points[0]!.value);
    const unknown = await get<TrendResponse>(`/api/metrics/trend?suite=${suite}&scorer=nope`);
    expect(unknown.body.points).toEqual([]);
    const missing = await get<ApiError>('/api/metrics/trend?suite=/nowhere.yaml');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({
      code: 'not_found',
      message: 'no runs of suite /nowhere.yaml in this store',
      hint: 'GET /api/suites lists the suites with runs, by the suite path their runs recorded',
    });
    expect((await get<ApiError>('/api/metrics/trend')).body.error.message).toBe(
      "query parameter 'suite' is required",
    );
  });
});
