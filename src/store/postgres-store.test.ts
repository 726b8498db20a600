import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../core/index.js';
import { MIGRATION_TABLE } from './migrate.js';
import { STORE_MIGRATIONS } from './migrations/index.js';
import { openStore } from './open-store.js';
import { parsePostgresLocation } from './postgres-store.js';
import { scrubPassword } from './postgres-url.js';
import { makeCase, makeResult, makeRun, STORE_TABLES } from './test-helpers/fixtures.js';
import { storeFactories } from './test-helpers/store-factories.js';
import type { Store } from './types.js';

const run = promisify(execFile);
const ALL_MIGRATIONS = Object.keys(STORE_MIGRATIONS);

describe('PostgreSQL locations', () => {
  it('takes the schema out of the URL into the search_path, and hides the password', () => {
    const parsed = parsePostgresLocation(
      'postgres://gt:s3cret@db.example:6543/evals?schema=team_a&sslmode=disable',
    );
    expect(parsed).toEqual({
      connectionString:
        'postgres://gt:s3cret@db.example:6543/evals?sslmode=disable&options=-c+search_path%3Dteam_a',
      schema: 'team_a',
      display: 'postgres://gt@db.example:6543/evals?sslmode=disable&schema=team_a',
      hostPort: 'db.example:6543',
    });
    expect(parsePostgresLocation('postgresql://localhost/evals')).toEqual({
      connectionString: 'postgresql://localhost/evals',
      display: 'postgresql://localhost/evals',
      hostPort: 'localhost:5432',
    });
  });

  it('refuses a schema name that would need quoting, without showing the password', () => {
    const parse = () => parsePostgresLocation('postgres://gt:s3cret@localhost/evals?schema=Team-A');
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow(/the schema 'Team-A' in postgres:\/\/gt@localhost\/evals/);
    expect(parse).not.toThrow(/s3cret/);
  });

  it('scrubs the password of any URL, and leaves paths alone', () => {
    expect(scrubPassword('postgres://gt:p@ss@host/db')).toBe('postgres://gt@host/db');
    expect(scrubPassword('postgres://gt@host/db')).toBe('postgres://gt@host/db');
    expect(scrubPassword('postgresql://gt:secret@host:5432/db')).toBe('postgresql://gt@host:5432/db');
    expect(scrubPassword('/tmp/store.db')).toBe('/tmp/store.db');
  });

  it('reports a server that does not answer as a ConfigError naming host:port, not the password', async () => {
    const opening = openStore('postgres://gt:s3cret@127.0.0.1:1/evals?schema=x');
    await expect(opening).rejects.toBeInstanceOf(ConfigError);
    const error = (await opening.catch((e: unknown) => e)) as ConfigError;
    expect(error.message).toMatch(
      /^cannot connect to PostgreSQL at 127\.0\.0\.1:1 \(postgres:\/\/gt@127\.0\.0\.1:1\/evals\?schema=x\): .*ECONNREFUSED/,
    );
    expect(error.message).not.toContain('s3cret');
  });
});

for (const factory of storeFactories().filter((f) => f.name === 'postgres')) {
  describe('the PostgreSQL store', () => {
    const open: Store[] = [];
    afterEach(async () => {
      for (const store of open.splice(0)) await store.close();
      await factory.cleanup();
    });
    const openAt = async (location: string) => {
      const store = await factory.open(location);
      open.push(store);
      return store;
    };

    it('creates its schema, migrates it once, and keeps the data across opens', async () => {
      const location = factory.location();
      const first = await openAt(location);
      await first.createRun(makeRun());
      await first.close();
      const second = await openAt(location);
      expect((await second.getRun('run-0001'))?.id).toBe('run-0001');
      const schema = new URL(location).searchParams.get('schema');
      const tables = await factory.rows(
        location,
        `select table_name from information_schema.tables where table_schema = ? order by table_name`,
        [schema],
      );
      expect(tables.flat()).toEqual(STORE_TABLES);
      expect(
        (await factory.rows(location, `select name from ${MIGRATION_TABLE} order by name`)).flat(),
      ).toEqual(ALL_MIGRATIONS);
    });

    it('refuses a schema migrated by a newer version, naming the unknown migrations', async () => {
      const location = factory.location();
      await (await factory.open(location)).close();
      await factory.run(location, `insert into ${MIGRATION_TABLE} (name, timestamp) values (?, ?)`, [
        '0009-review-queues',
        '2030-01-01T00:00:00.000Z',
      ]);
      const opening = factory.open(location);
      await expect(opening).rejects.toThrow(ConfigError);
      await expect(opening).rejects.toThrow(/unknown schema migration 0009-review-queues/);
    });

    it('keeps stores in two schemas of one database apart', async () => {
      const a = await openAt(factory.location());
      const b = await openAt(factory.location());
      await a.createRun(makeRun({ id: 'only-in-a' }));
      expect(await b.countRuns()).toBe(0);
      expect((await a.listRuns()).map((r) => r.id)).toEqual(['only-in-a']);
    });

    it('gives unique seqs and one result per key when two processes write the same run at once', async () => {
      const location = factory.location();
      const first = await openAt(location);
      const second = await openAt(location);
      await first.createRun(makeRun());
      const cases = Array.from({ length: 40 }, (_, i) => makeCase(i));
      const results = (from: number, to: number) =>
        Array.from({ length: to - from }, (_, i) => makeResult('run-0001', from + i));
      await Promise.all([
        ...[0, 10, 20].map((from) =>
          first.write({ runId: 'run-0001', cases, results: results(from, from + 15) }),
        ),
        ...[5, 15, 25].map((from) =>
          second.write({ runId: 'run-0001', cases, results: results(from, from + 15) }),
        ),
      ]);
      const seqs = (await factory.rows(location, 'select seq from results order by seq')).flat();
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(await first.countResults('run-0001')).toBe(40);
      const positions = (
        await factory.rows(location, 'select position from run_cases order by position')
      ).flat();
      expect(positions).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    });

    it('searches ignoring ASCII case only, as the SQLite store does', async () => {
      const store = await openAt(factory.location());
      await store.createRun(makeRun({ description: 'Élan VITAL' }));
      expect(await store.countRuns({ text: 'vital' })).toBe(1);
      expect(await store.countRuns({ text: 'élan' })).toBe(0);
      expect(await store.countRuns({ text: 'Élan' })).toBe(1);
    });

    it('stores an eval run of the quick start through the CLI, which then lists it', {
      timeout: 120_000,
    }, async () => {
      const bin = join(process.cwd(), 'dist', 'cli', 'bin.js');
      expect(existsSync(bin), `${bin} is missing: run npm run build first`).toBe(true);
      const location = factory.location();
      const env = { ...process.env, NO_COLOR: '1', GROUNDTRUTH_DB: '' };
      const exitCode = await run(process.execPath, [bin, 'eval', 'examples/quickstart', '--db', location], {
        env,
      }).then(
        () => 0,
        (error: { code?: number; stderr: string }) => {
          // A failing gate exits 1 with the run stored; anything else is a failure of the test.
          if (error.code !== 1) throw error;
          return 1;
        },
      );
      expect([0, 1]).toContain(exitCode);
      const store = await openAt(location);
      const [stored] = await store.listRuns();
      expect(stored).toMatchObject({ status: 'completed' });
      expect(await store.countResults(stored!.id)).toBe(stored!.expectedResults);
      const listed = await run(process.execPath, [bin, 'runs', 'list', '--db', location], { env });
      expect(listed.stdout).toContain(stored!.id.slice(0, 8));
    });
  });
}
