// The CLI in-process: exit codes for usage errors, typed errors and bugs, and where output goes.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIO } from './io.js';
import { main } from './main.js';

function io(cwd = process.cwd()): CliIO & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  return { stdout, stderr, env: { NO_COLOR: '1' }, cwd, out: () => out, err: () => err };
}

describe('main', () => {
  it('unknown commands and options are usage errors (exit 2) with a suggestion', async () => {
    const a = io();
    expect(await main(['evl'], a)).toBe(2);
    expect(a.err()).toMatch(/unknown command 'evl'/);
    expect(a.err()).toMatch(/eval/);
    const b = io();
    expect(await main(['eval', '--concurrency', 'many'], b)).toBe(2);
    expect(b.err()).toMatch(/expected a positive integer/);
  });

  it('a typed error prints its message and hint and returns its exit code', async () => {
    const a = io('/nonexistent-folder-for-groundtruth');
    expect(await main(['validate'], a)).toBe(2);
    expect(a.err()).toMatch(/^error: .*nonexistent-folder-for-groundtruth/m);
  });

  it('help goes to stdout with exit 0', async () => {
    const a = io();
    expect(await main(['--help'], a)).toBe(0);
    expect(a.out()).toMatch(/Usage: groundtruth/);
  });

  it('never lets user data in an error message drive the terminal', async () => {
    const a = io();
    expect(await main(['runs', 'show', 'x\u001b[2Jy', '--db', ':memory:'], a)).toBe(2);
    expect(a.err()).toContain('no run x?[2Jy in this store');
    expect(a.err().includes('\u001b')).toBe(false);
  });
});
