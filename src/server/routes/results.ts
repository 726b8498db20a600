// GET /api/results/:id: one result whole (rendered prompt, output, every score and reason, usage)
// and the case as its run stored it.
import { Hono } from 'hono';
import { NotFoundError } from '../../core/index.js';
import type { Store } from '../../store/types.js';
import type { ResultResponse } from '../api.js';
import { decodeResultId, encodeResultId } from '../result-id.js';

export function resultsRoutes(store: Store): Hono {
  const routes = new Hono();
  routes.get('/results/:id', async (c) => {
    const id = c.req.param('id');
    const { runId, seq } = decodeResultId(id);
    const result = await store.getResult(runId, seq);
    if (result === undefined) {
      throw new NotFoundError(`no result '${id}' in this store`, {
        hint: 'result ids come from GET /api/runs/:id/results',
      });
    }
    const { seq: _, ...stored } = result;
    const response: ResultResponse = { result: { ...stored, id: encodeResultId(runId, seq) } };
    const testCase = await store.getCase(runId, result.caseId);
    if (testCase !== undefined) response.case = testCase;
    return c.json(response);
  });
  return routes;
}
