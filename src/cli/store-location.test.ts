import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStores, resolveStoreLocation } from './store-location.js';

describe('resolveStoreLocation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gt-store-location-'));
  writeFileSync(join(dir, 'suite.yaml'), '');

  it('puts the store next to the suite, whether given as a file or a folder', () => {
    expect(resolveStoreLocation({ env: {}, cwd: '/', suitePath: join(dir, 'suite.yaml') })).toBe(
      join(dir, '.groundtruth/groundtruth.db'),
    );
    expect(resolveStoreLocation({ env: {}, cwd: dir })).toBe(join(dir, '.groundtruth/groundtruth.db'));
  });

  it('prefers --db, then GROUNDTRUTH_DB, resolving relative paths against the working folder', () => {
    const env = { GROUNDTRUTH_DB: 'from-env.db' };
    expect(resolveStoreLocation({ db: 'x.db', env, cwd: dir })).toBe(join(dir, 'x.db'));
    expect(resolveStoreLocation({ env, cwd: dir })).toBe(join(dir, 'from-env.db'));
    expect(resolveStoreLocation({ env: { GROUNDTRUTH_DB: '' }, cwd: dir })).toBe(
      join(dir, '.groundtruth/groundtruth.db'),
    );
  });

  it('passes URLs and :memory: through untouched', () => {
    expect(resolveStoreLocation({ db: 'postgres://u@h/db', env: {}, cwd: dir })).toBe('postgres://u@h/db');
    expect(resolveStoreLocation({ db: ':memory:', env: {}, cwd: dir })).toBe(':memory:');
  });
});

describe('findStores', () => {
  /** Writes an empty store file at `folder`/.groundtruth/groundtruth.db, last written at `seconds`. */
  function storeAt(root: string, folder: string, seconds: number): string {
    const path = join(root, folder, '.groundtruth', 'groundtruth.db');
    mkdirSync(join(root, folder, '.groundtruth'), { recursive: true });
    writeFileSync(path, '');
    utimesSync(path, seconds, seconds);
    return path;
  }

  it('finds the stores below a folder, most recently written first, a write to the WAL counting', () => {
    const root = mkdtempSync(join(tmpdir(), 'gt-find-stores-'));
    const old = storeAt(root, 'examples/quickstart', 1_000);
    const newer = storeAt(root, 'suites/a', 2_000);
    const walWritten = storeAt(root, 'suites/b', 500);
    writeFileSync(`${walWritten}-wal`, '');
    utimesSync(`${walWritten}-wal`, 3_000, 3_000);
    expect(findStores(root)).toEqual([walWritten, newer, old]);
  });

  it('skips dependencies, build output and hidden folders, and stops at depth 4', () => {
    const root = mkdtempSync(join(tmpdir(), 'gt-find-stores-'));
    storeAt(root, 'node_modules/pkg', 1);
    storeAt(root, 'dist', 1);
    storeAt(root, '.git/x', 1);
    storeAt(root, 'a/b/c/d/e', 1);
    const deepest = storeAt(root, 'a/b/c/d', 1);
    expect(findStores(root)).toEqual([deepest]);
    expect(findStores(join(root, 'missing'))).toEqual([]);
  });
});
