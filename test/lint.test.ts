// Lint, format and type-check are part of the test suite, so CI fails on them like on any test.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

describe('code quality', () => {
  it('passes Biome (lint and format)', () => {
    const res = spawnSync(bin('biome'), ['check', '.'], { cwd: ROOT, encoding: 'utf8' });
    expect(res.stdout + res.stderr).not.toMatch(/Found \d+ error/);
    expect(res.status).toBe(0);
  });

  it('type-checks everything, tests and benchmarks included', () => {
    const res = spawnSync(bin('tsc'), ['-p', 'tsconfig.check.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(res.stdout).toBe('');
    expect(res.status).toBe(0);
  }, 120_000);

  it('type-checks the web app', () => {
    const res = spawnSync(bin('tsc'), ['-p', 'web/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(res.stdout).toBe('');
    expect(res.status).toBe(0);
  }, 120_000);
});
