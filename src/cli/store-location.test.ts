import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStoreLocation } from './store-location.js';

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
