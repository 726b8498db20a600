// GET /api/runs (newest first, filtered and paged in the store), GET /api/runs/:id (the run page's
// header and summary), GET /api/runs/:id/results (one filtered page of its results).
import { Hono } from 'hono';
import type { RunStatus } from '../../core/index.js';
import { ownerIsAlive } from '../../eval/run-status.js';
import type { RunQuery, Store } from '../../store/types.js';
import {
  type ResultListItem,
  ResultsQuerySchema,
  type ResultsResponse,
  type RunResponse,
  RunsQuerySchema,
  type RunsResponse,
} from '../api.js';
import { findRunOrFail } from '../lookups.js';
import { parseQuery } from '../query.js';
import { encodeResultId } from '../result-id.js';
import { toRunListItem, toRunResponse } from '../run-views.js';

/** Characters of output a results row carries; the whole output comes with GET /api/results/:id. */
export const OUTPUT_PREVIEW_LENGTH = 280;

export function runsRoutes(store: Store): Hono {
  const routes = new Hono();

  routes.get('/runs', async (c) => {
    const query = parseQuery(c, RunsQuerySchema);
    const filter: RunQuery = {
      ...(query.suite !== undefined ? { suitePath: query.suite } : {}),
      ...(query.q !== undefined ? { text: query.q } : {}),
      ...(await statusFilter(store, query.status)),
    };
    const runs = await store.listRuns({ ...filter, offset: query.offset, limit: query.limit });
    const total = await store.countRuns(filter);
    return c.json<RunsResponse>({
      items: runs.map(toRunListItem),
      total,
      offset: query.offset,
      limit: query.limit,
    });
  });

  routes.get('/runs/:id', async (c) => {
    const run = await findRunOrFail(store, c.req.param('id'));
    return c.json<RunResponse>(toRunResponse(run, await store.countResults(run.id)));
  });

  routes.get('/runs/:id/results', async (c) => {
    const query = parseQuery(c, ResultsQuerySchema);
    const run = await findRunOrFail(store, c.req.param('id'));
    const page = await store.queryResults(run.id, {
      offset: query.offset,
      limit: query.limit,
      previewLength: OUTPUT_PREVIEW_LENGTH,
      ...(query.target !== undefined ? { targetId: query.target } : {}),
      ...(query.prompt !== undefined ? { promptId: query.prompt } : {}),
      ...(query.tag !== undefined ? { slice: query.tag } : {}),
      ...(query.status !== undefined ? { status: query.status } : {}),
      ...(query.q !== undefined ? { text: query.q } : {}),
    });
    const items = page.items.map(
      (r): ResultListItem => ({
        id: encodeResultId(run.id, r.seq),
        caseId: r.caseId,
        targetId: r.targetId,
        promptId: r.promptId,
        repeat: r.repeat,
        status: r.status,
        score: r.score,
        outputPreview: r.outputPreview,
        error: r.error,
        latencyMs: r.latencyMs,
        ...(r.cost !== undefined ? { cost: r.cost } : {}),
        tags: r.tags,
        slices: r.slices,
        scores: r.scores.map((s) => ({ name: s.name, value: s.value, pass: s.pass })),
      }),
    );
    return c.json<ResultsResponse>({ items, total: page.total, offset: query.offset, limit: query.limit });
  });

  return routes;
}

/**
 * The status filter on statuses as users see them: a `running` run whose process died reads
 * `interrupted`. Such runs are few, so they are found first and named by id in the query, which
 * keeps paging and the total in the database.
 */
async function statusFilter(store: Store, status: RunStatus | undefined): Promise<RunQuery> {
  if (status === undefined) return {};
  if (status === 'completed') return { status: ['completed'] };
  const dead = (await store.listRuns({ status: ['running'] }))
    .filter((r) => !ownerIsAlive(r))
    .map((r) => r.id);
  return status === 'running'
    ? { status: ['running'], excludeIds: dead }
    : { status: ['interrupted'], includeIds: dead };
}
