// Dataset versions over Kysely: content-addressed cases, named versions and their lookups, in queries
// that compile the same for SQLite and PostgreSQL. KyselyStore delegates its dataset methods here.
import { type Kysely, sql, type Transaction } from 'kysely';
import { type Case, DatasetError, NotFoundError } from '../core/index.js';
import type { DatasetCaseRow, DatasetVersionRow, StoreDatabase } from './database.js';
import { DatasetContentHasher, shortVersionId } from './dataset-hash.js';
import { checkCount, DEFAULT_PAGE_SIZE, keysetPages } from './paging.js';
import { caseColumns, rowToCase } from './rows.js';
import { isSqliteDatabase } from './sql-text.js';
import type { DatasetSummary, DatasetVersion, NewDatasetVersion, PutDatasetVersionOutcome } from './types.js';

/** Cases written per transaction while a new content is stored. */
const WRITE_PAGE = 1000;
/** Rows per INSERT: 10 columns × 200 rows stays far below every dialect's parameter limit. */
const INSERT_ROWS = 200;
/** Candidates an ambiguous prefix error lists. */
const PREFIX_CANDIDATES = 5;
const HEX = /^[0-9a-f]+$/;

type VersionWithCount = DatasetVersionRow & { case_count: number };

export class DatasetStore {
  readonly #db: Kysely<StoreDatabase>;

  constructor(db: Kysely<StoreDatabase>) {
    this.#db = db;
  }

  /**
   * Two reads of the cases: the first hashes them (the id) and the second, only for a content the
   * store does not hold yet, writes them a page per transaction. The content row comes last, with
   * the version, in one transaction: until then no reader sees any of the cases. A write that dies
   * half-way leaves rows no version points at, which the next store of that content overwrites.
   */
  async put(input: NewDatasetVersion): Promise<PutDatasetVersionOutcome> {
    const hasher = new DatasetContentHasher(input.name);
    for await (const c of input.cases()) hasher.add(c);
    const id = hasher.digest();
    const count = hasher.count;
    if (!(await this.#contentExists(id))) await this.#writeCases(input, id, count);
    const now = new Date().toISOString();
    return this.#db.transaction().execute(async (trx) => {
      // Two processes numbering versions of one name at once would both take the next number. SQLite
      // lets one writer in at a time; PostgreSQL serialises them on a lock per name, held to commit.
      if (!isSqliteDatabase(this.#db)) {
        await sql`select pg_advisory_xact_lock(hashtext(${`groundtruth.dataset:${input.name}`}))`.execute(
          trx,
        );
      }
      await trx
        .insertInto('dataset_contents')
        .values({ id, case_count: count, created_at: now })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      const existing = await trx
        .selectFrom('dataset_versions')
        .selectAll()
        .where('name', '=', input.name)
        .where('content_id', '=', id)
        .executeTakeFirst();
      if (existing !== undefined)
        return { version: rowToVersion({ ...existing, case_count: count }), created: false };
      const row: DatasetVersionRow = {
        name: input.name,
        number: (await lastNumber(trx, input.name)) + 1,
        content_id: id,
        note: input.note ?? null,
        parent_id: input.parent ?? null,
        created_at: now,
      };
      await trx.insertInto('dataset_versions').values(row).execute();
      return { version: rowToVersion({ ...row, case_count: count }), created: true };
    });
  }

  async list(): Promise<DatasetSummary[]> {
    const rows = await this.#versions()
      .innerJoin(
        (eb) =>
          eb
            .selectFrom('dataset_versions')
            .select((agg) => [
              'name',
              agg.fn.countAll<number | string | bigint>().as('versions'),
              agg.fn.max('number').as('latest'),
              agg.fn.min('created_at').as('first_created'),
            ])
            .groupBy('name')
            .as('a'),
        (join) => join.onRef('a.name', '=', 'v.name').onRef('a.latest', '=', 'v.number'),
      )
      .select(['a.versions', 'a.first_created'])
      .orderBy('v.name')
      .execute();
    return rows.map(({ versions, first_created, ...row }) => ({
      name: row.name,
      // PostgreSQL returns count(*) as a bigint string.
      versions: Number(versions),
      latest: rowToVersion(row),
      createdAt: first_created,
    }));
  }

  async listVersions(name: string): Promise<DatasetVersion[]> {
    const rows = await this.#versions().where('v.name', '=', name).orderBy('v.number', 'desc').execute();
    return rows.map(rowToVersion);
  }

  async find(name: string, ref: string): Promise<DatasetVersion | undefined> {
    if (ref === 'latest') {
      const row = await this.#versions()
        .where('v.name', '=', name)
        .orderBy('v.number', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row === undefined ? undefined : rowToVersion(row);
    }
    const prefix = ref.toLowerCase();
    // Ids are lowercase hex: anything else matches nothing, and the LIKE pattern needs no escaping.
    if (!HEX.test(prefix)) return undefined;
    const candidates = await this.#versions()
      .where('v.name', '=', name)
      .where('v.content_id', 'like', `${prefix}%`)
      .orderBy('v.number', 'desc')
      .limit(PREFIX_CANDIDATES + 1)
      .execute();
    if (candidates.length <= 1) return candidates[0] === undefined ? undefined : rowToVersion(candidates[0]);
    const listed = candidates.slice(0, PREFIX_CANDIDATES).map((c) => shortVersionId(c.content_id));
    throw new NotFoundError(
      `version prefix '${ref}' of dataset ${name} matches several versions: ${listed.join(', ')}${
        candidates.length > PREFIX_CANDIDATES ? ', ...' : ''
      }`,
      { hint: 'give more characters of the version id' },
    );
  }

  /** Pages on position (see keysetPages). */
  async *cases(versionId: string, options: { pageSize?: number } = {}): AsyncIterable<Case> {
    const pageSize = checkCount('pageSize', options.pageSize ?? DEFAULT_PAGE_SIZE, 1);
    const pages = keysetPages(
      pageSize,
      (after, limit) =>
        this.#db
          .selectFrom('dataset_cases')
          .selectAll()
          .where('content_id', '=', versionId)
          .where('position', '>', after)
          .orderBy('position')
          .limit(limit)
          .execute(),
      (row) => row.position,
    );
    for await (const page of pages) for (const row of page) yield rowToCase(row);
  }

  #versions() {
    return this.#db
      .selectFrom('dataset_versions as v')
      .innerJoin('dataset_contents as c', 'c.id', 'v.content_id')
      .select([
        'v.name',
        'v.number',
        'v.content_id',
        'v.note',
        'v.parent_id',
        'v.created_at',
        'c.case_count',
      ]);
  }

  async #contentExists(id: string): Promise<boolean> {
    const row = await this.#db
      .selectFrom('dataset_contents')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row !== undefined;
  }

  async #writeCases(input: NewDatasetVersion, id: string, count: number): Promise<void> {
    // The second read is hashed again: a source that changed in between must not be stored under
    // the first read's id.
    const check = new DatasetContentHasher(input.name);
    try {
      let page: DatasetCaseRow[] = [];
      for await (const c of input.cases()) {
        const normalised = check.add(c);
        page.push({ content_id: id, position: check.count, ...caseColumns(normalised) });
        if (page.length === WRITE_PAGE) {
          await this.#insertCases(page);
          page = [];
        }
      }
      if (page.length > 0) await this.#insertCases(page);
      if (check.count !== count || check.digest() !== id) {
        throw new DatasetError(
          `dataset ${input.name}: the cases changed while they were being stored; nothing was stored`,
          undefined,
          { hint: 'import again once the file is no longer being written' },
        );
      }
    } catch (error) {
      await this.#discardUnfinished(id);
      throw error;
    }
  }

  async #insertCases(rows: DatasetCaseRow[]): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += INSERT_ROWS) {
        await trx
          .insertInto('dataset_cases')
          .values(rows.slice(i, i + INSERT_ROWS))
          // Rows left by a write that died half-way are replaced, never trusted.
          .onConflict((oc) =>
            oc.columns(['content_id', 'position']).doUpdateSet((eb) => ({
              case_id: eb.ref('excluded.case_id'),
              vars_json: eb.ref('excluded.vars_json'),
              expected_json: eb.ref('excluded.expected_json'),
              tags_json: eb.ref('excluded.tags_json'),
              metadata_json: eb.ref('excluded.metadata_json'),
              source: eb.ref('excluded.source'),
              adversarial: eb.ref('excluded.adversarial'),
              repeat: eb.ref('excluded.repeat'),
            })),
          )
          .execute();
      }
    });
  }

  /** Removes the rows of a content that no version can point at yet; a finished content is kept. */
  async #discardUnfinished(id: string): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      if (await trx.selectFrom('dataset_contents').select('id').where('id', '=', id).executeTakeFirst())
        return;
      await trx.deleteFrom('dataset_cases').where('content_id', '=', id).execute();
    });
  }
}

async function lastNumber(trx: Transaction<StoreDatabase>, name: string): Promise<number> {
  const { last } = await trx
    .selectFrom('dataset_versions')
    .select((eb) => eb.fn.max('number').as('last'))
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return last === null ? 0 : Number(last);
}

function rowToVersion(row: VersionWithCount): DatasetVersion {
  const version: DatasetVersion = {
    name: row.name,
    id: row.content_id,
    number: row.number,
    caseCount: row.case_count,
    createdAt: row.created_at,
  };
  if (row.note !== null) version.note = row.note;
  if (row.parent_id !== null) version.parent = row.parent_id;
  return version;
}
