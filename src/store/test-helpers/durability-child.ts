// Child process for the durability test: commits one batch through the store, then leaves a second
// write open on another connection, reports both on stdout and waits to be killed with SIGKILL.
import Database from 'better-sqlite3';
import { openStore } from '../open-store.js';
import { applyConnectionPragmas } from '../sqlite-store.js';
import { makeCase, makeResult, makeRun } from './fixtures.js';

const [location, countText] = process.argv.slice(2);
if (location === undefined || countText === undefined)
  throw new Error('usage: durability-child <db> <count>');
const count = Number(countText);

const store = await openStore(location);
const run = makeRun({ id: 'run-durable', caseCount: count, expectedResults: count });
await store.createRun(run);
const cases = Array.from({ length: count }, (_, i) => makeCase(i));
const results = cases.map((_, i) => makeResult(run.id, i));
await store.write({ runId: run.id, cases, results });
process.stdout.write('committed\n');

// An uncommitted transaction at the moment of the kill must leave no trace.
const other = new Database(location);
applyConnectionPragmas(other);
other.exec('begin immediate');
other.prepare(`update runs set status = 'completed', description = 'uncommitted' where id = ?`).run(run.id);
process.stdout.write('pending\n');
setInterval(() => {}, 1000);
