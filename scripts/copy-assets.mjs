// Copies the non-TypeScript files that compiled code reads at run time (data files) into dist/.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');
const ASSETS = new Set(['.json', '.sql', '.proto', '.html', '.css']);

for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !ASSETS.has(extname(entry.name))) continue;
  const from = join(entry.parentPath, entry.name);
  const to = join(root, 'dist', relative(src, from));
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to);
}
