// Finding what a URL names, or a NotFoundError (404) that says what was looked for.
import { NotFoundError, type Run } from '../core/index.js';
import type { Store } from '../store/types.js';

/** A run by full id or unique prefix; an ambiguous prefix is a 404 naming the candidates. */
export async function findRunOrFail(store: Store, idOrPrefix: string): Promise<Run> {
  const run = await store.findRun(idOrPrefix);
  if (run === undefined) {
    throw new NotFoundError(`no run '${idOrPrefix}' in this store`, {
      hint: 'GET /api/runs lists the runs',
    });
  }
  return run;
}
