import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { captureIO } from './test-helpers/capture-io.js';

const io = (cwd = process.cwd()) => captureIO(cwd);

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
