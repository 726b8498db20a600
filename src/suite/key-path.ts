// Key paths inside a document (`targets[1].timeoutMs`) and how files are named in messages.
import { isAbsolute, relative } from 'node:path';

export type KeyPath = ReadonlyArray<string | number>;

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `targets[1].timeoutMs`; keys that are not plain words are quoted: `gates.minMean["contains#2"]`. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** A file as the user would type it: relative to the working directory when inside it. */
export function displayPath(absolutePath: string): string {
  const fromCwd = relative(process.cwd(), absolutePath);
  return fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd) ? absolutePath : fromCwd;
}

/** The value at a key path, or undefined when any step is missing. */
export function valueAt(root: unknown, path: KeyPath): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
