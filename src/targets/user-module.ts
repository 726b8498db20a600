// Loads a function exported by the user's own .js/.mjs/.cjs or .ts/.mts/.cts file (TypeScript through
// tsx), for module targets and javascript scorers. The suite author's code is trusted like the suite.
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, errorMessage } from '../core/index.js';
import { isJsonObject } from './json-values.js';

const TYPESCRIPT = new Set(['.ts', '.mts', '.cts']);
const JAVASCRIPT = new Set(['.js', '.mjs', '.cjs']);

/**
 * The function `exportName` of the module at the absolute path `file`. Every failure is a ConfigError
 * prefixed by `where` (e.g. `target bot: app.ts`) naming what is wrong and what the module exports.
 */
export async function loadUserFunction(
  file: string,
  exportName: string,
  where: string,
): Promise<(...args: never[]) => unknown> {
  const extension = extname(file).toLowerCase();
  if (!TYPESCRIPT.has(extension) && !JAVASCRIPT.has(extension)) {
    throw new ConfigError(`${where}: must be a .js, .mjs, .cjs, .ts, .mts or .cts file`);
  }
  if (!existsSync(file)) throw new ConfigError(`${where}: no such file (${file})`);
  const url = pathToFileURL(file).href;
  let namespace: Record<string, unknown>;
  try {
    if (TYPESCRIPT.has(extension)) {
      const { tsImport } = await import('tsx/esm/api');
      namespace = await tsImport(url, import.meta.url);
    } else {
      namespace = await import(url);
    }
  } catch (err) {
    throw new ConfigError(`${where}: could not be loaded: ${errorMessage(err)}`, undefined, { cause: err });
  }
  // A CommonJS module's exports may sit only under `default`: Node cannot always detect them
  // statically, and tsx compiles a .ts file to CommonJS outside a `"type": "module"` package, which
  // turns `export default f` into `default.default`.
  let value = namespace[exportName];
  if (typeof value !== 'function' && isJsonObject(namespace.default)) {
    const inner = namespace.default[exportName];
    if (typeof inner === 'function' || value === undefined) value = inner;
  }
  if (typeof value !== 'function') {
    const names = Object.keys(namespace)
      .filter((name) => name !== '__esModule')
      .sort();
    const found = value === undefined ? 'there is none' : `it is ${describeValue(value)}`;
    throw new ConfigError(
      `${where}: export "${exportName}" must be a function, but ${found} (exports: ${names.join(', ') || 'none'})`,
    );
  }
  return value as (...args: never[]) => unknown;
}

/** A short, safe description of an untrusted value for error messages (never the value itself). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length > 0 ? `an object with keys ${keys.slice(0, 8).join(', ')}` : 'an empty object';
  }
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'function') return 'a function';
  return `a ${typeof value} (${String(value)})`;
}
