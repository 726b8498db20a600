// The reads a results browser needs: one filtered page of a run with its total, one result by
// position, the results of a few cases, and two runs' results paired by key. Every query is bounded
// by a page or by the caller's list, and filters run in the database on indexed columns.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { StoreDatabase } from './database.js';
import { checkCount, DEFAULT_PAGE_SIZE, keysetPages } from './paging.js';
import { rowToResultPreview, rowToStoredResult } from './rows.js';
import { containsText, isSqliteDatabase } from './sql-text.js';
import type {
  ResultFilter,
  ResultPage,
  ResultPageQuery,
  ResultPair,
  SequencedResult,
  StoredResult,
} from './types.js';

/** Bound parameters per `in (...)` list: far below SQLite's and PostgreSQL's limits. */
const IN_LIST_CHUNK = 500;
const DEFAULT_PAIR_PAGE = 2000;

const RESULT_COLUMNS = [
  'r.run_id',
  'r.case_id',
  'r.target_id',
  'r.prompt_id',
  'r.repeat',
  'r.prompt',
  'r.output',
  'r.error',
  'r.status',
  'r.score',
  'r.scores_json',
  'r.latency_ms',
  'r.tokens_prompt',
  'r.tokens_completion',
  'r.tokens_total',
  'r.cost',
  'r.cached',
  'r.created_at',
] as const;

export class ResultQueries {
  readonly #db: Kysely<StoreDatabase>;
  readonly #sqlite: boolean;

  constructor(db: Kysely<StoreDatabase>) {
    this.#db = db;
    this.#sqlite = isSqliteDatabase(db);
  }

  async page(runId: string, query: ResultPageQuery): Promise<ResultPage> {
    const limit = checkCount('limit', query.limit, 1);
    const offset = checkCount('offset', query.offset, 0);
    const previewLength = checkCount('previewLength', query.previewLength, 0);
    const filtered = this.#filtered(runId, query);
    const rows = await filtered
      .innerJoin('run_cases as c', (join) =>
        join.onRef('c.run_id', '=', 'r.run_id').onRef('c.case_id', '=', 'r.case_id'),
      )
      .select([
        'r.seq',
        'r.case_id',
        'r.target_id',
        'r.prompt_id',
        'r.repeat',
        'r.status',
        'r.score',
        'r.scores_json',
        'r.latency_ms',
        'r.cost',
        'r.error',
        this.#outputHead(previewLength).as('output_preview'),
        'c.tags_json',
        'c.slices_json',
      ])
      .orderBy('r.seq')
      .limit(limit)
      .offset(offset)
      .execute();
    // A short first page is the whole list: no need to count it again.
    const total =
      offset === 0 && rows.length < limit
        ? rows.length
        : Number(
            (await filtered.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow()).count,
          );
    return { items: rows.map((row) => rowToResultPreview(row, previewLength)), total };
  }

  /** Pages on seq (see keysetPages), in the order the results were written. */
  async *stream(runId: string, options: { pageSize?: number } = {}): AsyncIterable<StoredResult> {
    const pageSize = checkCount('pageSize', options.pageSize ?? DEFAULT_PAGE_SIZE, 1);
    const pages = keysetPages(
      pageSize,
      (afterSeq, limit) =>
        this.#withCase()
          .where('r.run_id', '=', runId)
          .where('r.seq', '>', afterSeq)
          .orderBy('r.seq')
          .limit(limit)
          .execute(),
      (row) => row.seq,
    );
    for await (const page of pages) for (const row of page) yield rowToStoredResult(row);
  }

  async get(runId: string, seq: number): Promise<SequencedResult | undefined> {
    const row = await this.#withCase()
      .where('r.run_id', '=', runId)
      .where('r.seq', '=', seq)
      .executeTakeFirst();
    return row === undefined ? undefined : { ...rowToStoredResult(row), seq: row.seq };
  }

  async ofCases(runId: string, caseIds: readonly string[]): Promise<SequencedResult[]> {
    const unique = [...new Set(caseIds)];
    const found: SequencedResult[] = [];
    for (let start = 0; start < unique.length; start += IN_LIST_CHUNK) {
      const rows = await this.#withCase()
        .where('r.run_id', '=', runId)
        .where('r.case_id', 'in', unique.slice(start, start + IN_LIST_CHUNK))
        .execute();
      for (const row of rows) found.push({ ...rowToStoredResult(row), seq: row.seq });
    }
    return found.sort((a, b) => a.seq - b.seq);
  }

  /** Keyset pages on the base run's seq; the candidate side is a lookup on its unique result key. */
  async *pairs(
    baseRunId: string,
    candidateRunId: string,
    options: { targetId?: string; pageSize?: number } = {},
  ): AsyncIterable<ResultPair> {
    const pageSize = checkCount('pageSize', options.pageSize ?? DEFAULT_PAIR_PAGE, 1);
    const pages = keysetPages(
      pageSize,
      (afterSeq, limit) => {
        let select = this.#db
          .selectFrom('results as b')
          .innerJoin('results as c', (join) =>
            join
              .on('c.run_id', '=', candidateRunId)
              .onRef('c.case_id', '=', 'b.case_id')
              .onRef('c.target_id', '=', 'b.target_id')
              .onRef('c.prompt_id', '=', 'b.prompt_id')
              .onRef('c.repeat', '=', 'b.repeat'),
          )
          .select([
            'b.seq as base_seq',
            'b.status as base_status',
            'c.seq as candidate_seq',
            'c.status as candidate_status',
            'b.case_id',
            'b.target_id',
            'b.prompt_id',
            'b.repeat',
          ])
          .where('b.run_id', '=', baseRunId)
          .where('b.seq', '>', afterSeq);
        if (options.targetId !== undefined) select = select.where('b.target_id', '=', options.targetId);
        return select.orderBy('b.seq').limit(limit).execute();
      },
      (row) => row.base_seq,
    );
    for await (const page of pages) {
      for (const row of page) {
        yield {
          caseId: row.case_id,
          targetId: row.target_id,
          promptId: row.prompt_id,
          repeat: row.repeat,
          base: { seq: row.base_seq, status: row.base_status as ResultPair['base']['status'] },
          candidate: {
            seq: row.candidate_seq,
            status: row.candidate_status as ResultPair['candidate']['status'],
          },
        };
      }
    }
  }

  /**
   * Enough of the output for a preview of `length` characters. SQLite's text functions stop at a NUL
   * character, which model output may hold, so there the head is cut from the bytes (at most 4 per
   * character) and decoded in rowToResultPreview; PostgreSQL text cannot hold a NUL.
   */
  #outputHead(length: number): RawBuilder<string | Uint8Array | null> {
    return this.#sqlite
      ? sql`substr(cast(${sql.ref('r.output')} as blob), 1, ${length * 4})`
      : sql`substr(${sql.ref('r.output')}, 1, ${length})`;
  }

  #withCase() {
    return this.#db
      .selectFrom('results as r')
      .innerJoin('run_cases as c', (join) =>
        join.onRef('c.run_id', '=', 'r.run_id').onRef('c.case_id', '=', 'r.case_id'),
      )
      .select([...RESULT_COLUMNS, 'r.seq', 'c.tags_json', 'c.slices_json']);
  }

  #filtered(runId: string, filter: ResultFilter) {
    let select = this.#db.selectFrom('results as r').where('r.run_id', '=', runId);
    if (filter.targetId !== undefined) select = select.where('r.target_id', '=', filter.targetId);
    if (filter.promptId !== undefined) select = select.where('r.prompt_id', '=', filter.promptId);
    if (filter.status !== undefined) select = select.where('r.status', '=', filter.status);
    if (filter.slice !== undefined) {
      const slice = filter.slice;
      select = select.where('r.case_id', 'in', (eb) =>
        eb
          .selectFrom('case_slices as s')
          .select('s.case_id')
          .where('s.run_id', '=', runId)
          .where('s.slice', '=', slice),
      );
    }
    if (filter.text !== undefined && filter.text !== '') {
      const text = filter.text;
      select = select.where((eb) =>
        eb.or([
          containsText(eb.ref('r.case_id'), text, this.#sqlite),
          containsText(eb.ref('r.output'), text, this.#sqlite),
          containsText(eb.ref('r.error'), text, this.#sqlite),
        ]),
      );
    }
    return select;
  }
}
