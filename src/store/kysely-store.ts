// The Store over Kysely: every read and the run bookkeeping, in queries that compile the same for
// SQLite and PostgreSQL. Only the bulk write differs per dialect, so it comes in as a BatchWriter.
import { type Kysely, sql } from 'kysely';
import { type Case, NotFoundError, type Run, RunError } from '../core/index.js';
import type { RunRow, StoreDatabase } from './database.js';
import { DatasetStore } from './dataset-store.js';
import { toJsonColumn, toNullableJsonColumn } from './json-column.js';
import { checkCount } from './paging.js';
import { ResultQueries } from './result-queries.js';
import { cacheRowToResponse, rowToCase, rowToRun, runToRow } from './rows.js';
import { containsText, escapeLike, isSqliteDatabase, jsonTextField } from './sql-text.js';
import {
  type CachedResponse,
  type DatasetSummary,
  type DatasetVersion,
  type NewDatasetVersion,
  type PutDatasetVersionOutcome,
  type ResultPage,
  type ResultPageQuery,
  type ResultPair,
  type RunPatch,
  type RunQuery,
  resultKey,
  type SequencedResult,
  type Store,
  type StoredResult,
  type SuiteRuns,
  type WriteBatch,
} from './types.js';

/** Writes one batch atomically; each dialect brings the fastest way it has. */
export interface BatchWriter {
  write(batch: WriteBatch): Promise<void>;
}

/** Candidates an ambiguous prefix error lists. */
const PREFIX_CANDIDATES = 5;
/** SQLite needs a LIMIT before an OFFSET; this one means "no limit" on both dialects. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

export class KyselyStore implements Store {
  readonly #db: Kysely<StoreDatabase>;
  readonly #writer: BatchWriter;
  readonly #datasets: DatasetStore;
  readonly #results: ResultQueries;
  readonly #sqlite: boolean;
  #closed = false;

  constructor(db: Kysely<StoreDatabase>, writer: BatchWriter) {
    this.#db = db;
    this.#writer = writer;
    this.#datasets = new DatasetStore(db);
    this.#results = new ResultQueries(db);
    this.#sqlite = isSqliteDatabase(db);
  }

  async createRun(run: Run): Promise<void> {
    const inserted = await this.#db
      .insertInto('runs')
      .values(runToRow(run))
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows === 0n) {
      throw new RunError(`run '${run.id}' already exists in the store`);
    }
  }

  /**
   * Writes only the fields present in the patch. An optional field present with the value
   * undefined (finishedAt, summary, owner) is cleared, as a resumed run needs; required fields
   * set to undefined are left alone. The heartbeat (updatedAt) moves forward too.
   */
  async updateRun(id: string, patch: RunPatch): Promise<void> {
    const set: Partial<RunRow> = { updated_at: new Date().toISOString() };
    if (patch.status !== undefined) set.status = patch.status;
    if (patch.caseCount !== undefined) set.case_count = patch.caseCount;
    if (patch.expectedResults !== undefined) set.expected_results = patch.expectedResults;
    if (patch.options !== undefined) set.options_json = toJsonColumn(patch.options);
    if ('finishedAt' in patch) set.finished_at = patch.finishedAt ?? null;
    if ('summary' in patch) set.summary_json = toNullableJsonColumn(patch.summary);
    if ('owner' in patch) set.owner_json = toNullableJsonColumn(patch.owner);
    const updated = await this.#db.updateTable('runs').set(set).where('id', '=', id).executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw new NotFoundError(`run '${id}' is not in the store`);
  }

  async getRun(id: string): Promise<Run | undefined> {
    const row = await this.#db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : rowToRun(row);
  }

  async findRun(idOrPrefix: string): Promise<Run | undefined> {
    if (idOrPrefix === '') return undefined;
    const exact = await this.getRun(idOrPrefix);
    if (exact !== undefined) return exact;
    // SQLite's LIKE ignores ASCII case, so the substr comparison keeps the match case-sensitive.
    const matching = this.#db
      .selectFrom('runs')
      .where(sql<boolean>`${sql.ref('id')} like ${`${escapeLike(idOrPrefix)}%`} escape '\\'`)
      // substr counts characters (code points) on both dialects.
      .where(sql<boolean>`substr(${sql.ref('id')}, 1, ${[...idOrPrefix].length}) = ${idOrPrefix}`);
    const candidates = await matching
      .select('id')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(PREFIX_CANDIDATES + 1)
      .execute();
    if (candidates.length === 0) return undefined;
    if (candidates.length === 1) return this.getRun(candidates[0]!.id);
    const { count } = await matching.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
    const total = Number(count);
    const listed = candidates.slice(0, PREFIX_CANDIDATES).map((c) => c.id);
    throw new NotFoundError(
      `run id prefix '${idOrPrefix}' matches ${total} runs: ${listed.join(', ')}${total > listed.length ? ', ...' : ''}`,
      { hint: 'give more characters of the run id' },
    );
  }

  async listRuns(query: RunQuery = {}): Promise<Run[]> {
    let select = this.#matchingRuns(query).selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc');
    if (query.limit !== undefined || query.offset !== undefined) {
      select = select.limit(checkCount('limit', query.limit ?? NO_LIMIT, 1));
      if (query.offset !== undefined) select = select.offset(checkCount('offset', query.offset, 0));
    }
    const rows = await select.execute();
    return rows.map(rowToRun);
  }

  async countRuns(query: RunQuery = {}): Promise<number> {
    const { count } = await this.#matchingRuns(query)
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    return Number(count);
  }

  async listSuites(): Promise<SuiteRuns[]> {
    const rows = await this.#db
      .selectFrom('runs as r')
      .select((eb) => [
        'r.suite_path',
        eb.fn.countAll().as('runs'),
        eb.fn.max('r.created_at').as('last_run_at'),
        // The description of the suite's latest run: a suite's description changes with its file.
        eb
          .selectFrom('runs as latest')
          .select('latest.description')
          .whereRef('latest.suite_path', '=', 'r.suite_path')
          .orderBy('latest.created_at', 'desc')
          .orderBy('latest.id', 'desc')
          .limit(1)
          .as('description'),
      ])
      .groupBy('r.suite_path')
      .orderBy('last_run_at', 'desc')
      .orderBy('r.suite_path')
      .execute();
    return rows.map((row) => {
      const suite: SuiteRuns = {
        suitePath: row.suite_path,
        runs: Number(row.runs),
        lastRunAt: row.last_run_at,
      };
      if (row.description !== null) suite.description = row.description;
      return suite;
    });
  }

  #matchingRuns(query: RunQuery) {
    let select = this.#db.selectFrom('runs');
    if (query.suitePath !== undefined) select = select.where('suite_path', '=', query.suitePath);
    // An empty status list filters nothing, like an absent one: `in ()` is not valid SQL anyway.
    if (query.status !== undefined && query.status.length > 0) {
      const status = query.status;
      const included = query.includeIds ?? [];
      select = select.where((eb) =>
        included.length > 0
          ? eb.or([eb('status', 'in', status), eb('id', 'in', included)])
          : eb('status', 'in', status),
      );
    }
    if (query.excludeIds !== undefined && query.excludeIds.length > 0) {
      select = select.where('id', 'not in', query.excludeIds);
    }
    if (query.text !== undefined && query.text !== '') {
      const text = query.text;
      select = select.where((eb) =>
        eb.or([
          containsText(eb.ref('id'), text, this.#sqlite),
          containsText(eb.ref('suite_path'), text, this.#sqlite),
          containsText(eb.ref('description'), text, this.#sqlite),
          containsText(jsonTextField(eb.ref('git_json'), 'branch', this.#sqlite), text, this.#sqlite),
          containsText(jsonTextField(eb.ref('git_json'), 'commit', this.#sqlite), text, this.#sqlite),
        ]),
      );
    }
    return select;
  }

  async write(batch: WriteBatch): Promise<void> {
    await this.#writer.write(batch);
  }

  async countResults(runId: string): Promise<number> {
    const { count } = await this.#db
      .selectFrom('results')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('run_id', '=', runId)
      .executeTakeFirstOrThrow();
    // PostgreSQL returns count(*) as a bigint string.
    return Number(count);
  }

  async resultKeys(runId: string): Promise<Set<string>> {
    const rows = await this.#db
      .selectFrom('results')
      .select(['case_id', 'target_id', 'prompt_id', 'repeat'])
      .where('run_id', '=', runId)
      .execute();
    const keys = new Set<string>();
    for (const row of rows) keys.add(resultKey(row.case_id, row.target_id, row.prompt_id, row.repeat));
    return keys;
  }

  results(runId: string, options?: { pageSize?: number }): AsyncIterable<StoredResult> {
    return this.#results.stream(runId, options);
  }

  queryResults(runId: string, query: ResultPageQuery): Promise<ResultPage> {
    return this.#results.page(runId, query);
  }

  getResult(runId: string, seq: number): Promise<SequencedResult | undefined> {
    return this.#results.get(runId, seq);
  }

  resultsOfCases(runId: string, caseIds: readonly string[]): Promise<SequencedResult[]> {
    return this.#results.ofCases(runId, caseIds);
  }

  resultPairs(
    baseRunId: string,
    candidateRunId: string,
    options?: { targetId?: string; pageSize?: number },
  ): AsyncIterable<ResultPair> {
    return this.#results.pairs(baseRunId, candidateRunId, options);
  }

  async getCase(runId: string, caseId: string): Promise<Case | undefined> {
    const row = await this.#db
      .selectFrom('run_cases')
      .selectAll()
      .where('run_id', '=', runId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    return row === undefined ? undefined : rowToCase(row);
  }

  async getCachedResponse(key: string): Promise<CachedResponse | undefined> {
    const row = await this.#db
      .selectFrom('response_cache')
      .select(['output', 'token_usage_json', 'cost', 'latency_ms'])
      .where('key', '=', key)
      .executeTakeFirst();
    return row === undefined ? undefined : cacheRowToResponse(row);
  }

  putDatasetVersion(version: NewDatasetVersion): Promise<PutDatasetVersionOutcome> {
    return this.#datasets.put(version);
  }

  listDatasets(): Promise<DatasetSummary[]> {
    return this.#datasets.list();
  }

  listDatasetVersions(name: string): Promise<DatasetVersion[]> {
    return this.#datasets.listVersions(name);
  }

  findDatasetVersion(name: string, ref: string): Promise<DatasetVersion | undefined> {
    return this.#datasets.find(name, ref);
  }

  datasetCases(versionId: string, options?: { pageSize?: number }): AsyncIterable<Case> {
    return this.#datasets.cases(versionId, options);
  }

  /** Idempotent: a second close does nothing. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#db.destroy();
  }
}
