// What every step of loading a suite shares: the suite's folder and document, the problems found so
// far, and the files it resolved (so the suite hash can name them relative to the suite).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileTemplate, TemplateError } from '../template/index.js';
import type { IssueCollector, Locator } from './issues.js';
import type { KeyPath } from './key-path.js';
import type { SourceDocument } from './source-document.js';

export interface LoadContext {
  /** Absolute folder of the suite file. */
  readonly dir: string;
  readonly document: SourceDocument;
  readonly issues: IssueCollector;
  /** Absolute paths resolved while loading. */
  readonly resolvedPaths: Set<string>;
}

export function reportAt(context: LoadContext, path: KeyPath, message: string, atKey = false): void {
  context.issues.add(context.document, atKey ? { path, message, atKey } : { path, message });
}

/**
 * Resolves a path written in the suite against the suite's folder and checks that it exists (and is
 * a file or a folder as expected); otherwise reports at `key` with the resolved path.
 */
export function resolveExisting(
  context: LoadContext,
  written: string,
  key: KeyPath,
  kind: 'file' | 'directory' = 'file',
): string {
  const absolute = resolve(context.dir, written);
  context.resolvedPaths.add(absolute);
  if (!existsSync(absolute)) {
    reportAt(context, key, `${kind === 'file' ? 'file' : 'folder'} not found: ${absolute}`);
  } else if (kind === 'directory' && !statSync(absolute).isDirectory()) {
    reportAt(context, key, `not a folder: ${absolute}`);
  } else if (kind === 'file' && statSync(absolute).isDirectory()) {
    reportAt(context, key, `expected a file, found a folder: ${absolute}`);
  }
  return absolute;
}

/**
 * Compiles a template now so a syntax error surfaces at load, at its key, with the template's own
 * line and column. `locator` is the suite unless the template came from another file.
 */
export function checkTemplate(
  context: LoadContext,
  source: string,
  key: KeyPath,
  locator: Locator = context.document,
  /** The file the template came from, when it is not where `key` points. */
  label?: string,
): void {
  try {
    compileTemplate(source);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    const message = templateErrorMessage(err, source);
    context.issues.add(locator, {
      path: key,
      message:
        label === undefined ? message : message.replace(/^template error/, `template error in ${label}`),
    });
  }
}

/**
 * Nunjucks gives no position when it runs out of input (an unclosed tag or string): the error is
 * then at the end of the template, which is where to look.
 */
function templateErrorMessage(err: TemplateError, source: string): string {
  if (err.line !== undefined) return err.message;
  const lines = source.split('\n');
  const detail = err.message.replace(/^template error: /, '');
  return `template error at line ${lines.length}, column ${lines.at(-1)!.length + 1} (the end of the template): ${detail}`;
}

/** Compiles every string inside a JSON-like value (http bodies, exec args). */
export function checkTemplatesDeep(context: LoadContext, value: unknown, key: KeyPath): void {
  if (typeof value === 'string') checkTemplate(context, value, key);
  else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      checkTemplatesDeep(context, item, [...key, i]);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, item] of Object.entries(value)) checkTemplatesDeep(context, item, [...key, k]);
  }
}

/**
 * Reports every repeated explicit name among `items` (at `section[i].key`), naming the line of the
 * first use; `nameOf` returns undefined for items that leave the name to a default. Returns the names
 * taken (with their lines), so that defaults can avoid them.
 */
export function reportDuplicateNames<T>(
  context: LoadContext,
  section: string,
  key: string,
  items: readonly T[],
  nameOf: (item: T) => string | undefined,
  noun: string,
): Map<string, number> {
  const taken = new Map<string, number>();
  items.forEach((item, i) => {
    const name = nameOf(item);
    if (name === undefined) return;
    const path = [section, i, key];
    const previous = taken.get(name);
    if (previous !== undefined)
      reportAt(context, path, `duplicate ${noun} "${name}" (also at line ${previous})`);
    else taken.set(name, context.document.locate(path).line ?? 0);
  });
  return taken;
}
