import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUserFunction } from './user-module.js';

describe('loadUserFunction', () => {
  it('finds default and named exports of a .ts file outside a "type": "module" package (tsx compiles it to CommonJS)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gt-cjs-ts-'));
    writeFileSync(join(dir, 'package.json'), '{"name": "plain-commonjs-project"}');
    const file = join(dir, 'app.ts');
    writeFileSync(
      file,
      'export default function answer(x: string): string { return `a:${x}`; }\nexport const named = (x: string) => `n:${x}`;\n',
    );
    const fallback = (await loadUserFunction(file, 'default', 'app.ts')) as (x: string) => string;
    expect(fallback('q')).toBe('a:q');
    const named = (await loadUserFunction(file, 'named', 'app.ts')) as (x: string) => string;
    expect(named('q')).toBe('n:q');
    await expect(loadUserFunction(file, 'missing', 'app.ts')).rejects.toThrow(
      /export "missing" must be a function, but there is none/,
    );
  });
});
