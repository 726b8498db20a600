// Where the store lives: --db, else $GROUNDTRUTH_DB, else .groundtruth/groundtruth.db next to the suite.
import { existsSync, statSync } from 'node:fs';
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
