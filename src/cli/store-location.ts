// Where the store lives: --db, else $GROUNDTRUTH_DB, else .groundtruth/groundtruth.db next to the suite.
import { type Dirent, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import type { CliIO } from './io.js';

export const DEFAULT_DB = join('.groundtruth', 'groundtruth.db');

export function resolveStoreLocation(options: {
  db?: string | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** A suite file or folder; the default store sits in its folder. */
  suitePath?: string | undefined;
}): string {
  const given = options.db ?? (options.env.GROUNDTRUTH_DB || undefined);
  if (given) return isUrl(given) || given === ':memory:' ? given : resolve(options.cwd, given);
  const suite = resolve(options.cwd, options.suitePath ?? '.');
  const folder = existsSync(suite) && statSync(suite).isFile() ? dirname(suite) : suite;
  return join(folder, DEFAULT_DB);
}

function isUrl(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !isAbsolute(location);
}

/** Opens the store that `--db` / `$GROUNDTRUTH_DB` / `--suite` name, runs `body`, and always closes it. */
export async function withStore<T>(
  options: { db?: string | undefined; suite?: string | undefined },
  io: CliIO,
  body: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStore(
    resolveStoreLocation({ db: options.db, env: io.env, cwd: io.cwd, suitePath: options.suite }),
  );
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

/** Folders a store search never enters: dependencies, build output, version control. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'build', 'coverage']);
const SEARCH_DEPTH = 4;
const SEARCH_FOLDERS = 5_000;

/**
 * The stores (`.groundtruth/groundtruth.db`) in `root` and its subfolders, most recently written
 * first: what `groundtruth serve` opens when run from a project whose suites sit in subfolders (the
 * quick start: `eval examples/quickstart`, then `serve`). The search is bounded (depth 4, 5,000
 * folders) and skips dependencies, build output and hidden folders.
 */
export function findStores(root: string): string[] {
  const found: Array<{ path: string; written: number }> = [];
  const queue: Array<{ dir: string; depth: number }> = [{ dir: root, depth: 0 }];
  let visited = 0;
  while (queue.length > 0 && visited < SEARCH_FOLDERS) {
    const { dir, depth } = queue.shift()!;
    visited++;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable: not ours to report
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      if (entry.name === '.groundtruth') {
        const path = join(dir, DEFAULT_DB);
        if (existsSync(path)) found.push({ path, written: lastWritten(path) });
      } else if (depth < SEARCH_DEPTH && !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) {
        queue.push({ dir: join(dir, entry.name), depth: depth + 1 });
      }
    }
  }
  return found.sort((a, b) => b.written - a.written || a.path.localeCompare(b.path)).map((f) => f.path);
}

/** A WAL store's latest writes may sit in its -wal file. */
function lastWritten(path: string): number {
  const wal = `${path}-wal`;
  return Math.max(statSync(path).mtimeMs, existsSync(wal) ? statSync(wal).mtimeMs : 0);
}
