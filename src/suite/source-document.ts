// Parses a YAML or JSON text with positions (the yaml package reads both), so that every later
// problem can be located at the line and column of the key it concerns.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import { ConfigError } from '../core/index.js';
import { IssueCollector, type Locator } from './issues.js';
import type { KeyPath } from './key-path.js';

export interface SourceDocument extends Locator {
  /** The document as plain JSON-like data. */
  readonly value: unknown;
}

type ErrorClass = new (
  message: string,
  location?: { file: string; line?: number; column?: number },
) => ConfigError;

/**
 * Parses `text`; syntax errors (including duplicate keys) are thrown together as `errorClass`,
 * each at the parser's line and column.
 */
export function parseSourceDocument(
  text: string,
  file: string,
  options: { json: boolean; errorClass?: ErrorClass },
): SourceDocument {
  const lineCounter = new LineCounter();
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const language = options.json ? 'JSON' : 'YAML';
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const locator: Locator = { file, locate: (path, atKey) => position(offsetOf(doc, path, atKey === true)) };
  if (doc.errors.length > 0) {
    const issues = new IssueCollector();
    for (const error of doc.errors) {
      const fixed = { file, locate: () => position(error.pos[0]) };
      const message = describeSyntaxError(error.message, source.slice(error.pos[0]));
      issues.add(fixed, { path: [], message: `invalid ${language}: ${message}` });
    }
    issues.throwIfAny(options.errorClass);
  }
  // YAML reads more than JSON (comments, trailing commas, bare words): a .json file must be JSON.
  if (options.json) {
    const problem = jsonSyntaxError(source);
    if (problem) {
      const at = problem.offset === undefined ? { line: 1, column: 1 } : position(problem.offset);
      const ErrorClass = options.errorClass ?? ConfigError;
      throw new ErrorClass(`invalid JSON: ${problem.message}`, { file, ...at });
    }
  }
  let value: unknown;
  try {
    // Bounds alias expansion: a few lines of anchors must not become gigabytes of data.
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (err) {
    const ErrorClass = options.errorClass ?? ConfigError;
    throw new ErrorClass(`invalid ${language}: ${err instanceof Error ? err.message : String(err)}`, {
      file,
    });
  }
  return { ...locator, value };
}

function jsonSyntaxError(source: string): { message: string; offset?: number } | undefined {
  try {
    JSON.parse(source);
    return undefined;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const offset = /at position (\d+)/.exec(message)?.[1];
    const sentence = message.replace(/ in JSON at position \d+.*$/s, '');
    return offset === undefined ? { message: sentence } : { message: sentence, offset: Number(offset) };
  }
}

const KEY_AT_START = /^(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s:,{}[\]]+))/;

function describeSyntaxError(message: string, sourceFromError: string): string {
  // The parser's messages are sentences ending with a position that the location already gives.
  const sentence = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
  if (sentence !== 'Map keys must be unique') return sentence;
  const key = KEY_AT_START.exec(sourceFromError);
  const name = key?.[1] ?? key?.[2] ?? key?.[3];
  return name === undefined ? 'duplicate key' : `duplicate key "${name}"`;
}

/** The offset of the deepest node along `path` (the node itself when the whole path exists). */
function offsetOf(doc: Document, path: KeyPath, atKey: boolean): number {
  let node = resolveAlias(doc, doc.contents);
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) break;
      const keyNode = isScalar(pair.key) || isMap(pair.key) || isSeq(pair.key) ? pair.key : undefined;
      const keyOffset = keyNode?.range?.[0];
      const value = resolveAlias(doc, pair.value as Node | null);
      if (last && atKey && keyOffset !== undefined) return keyOffset;
      // A key written without a value (`key:`) has an empty scalar: point at the key instead.
      offset =
        value?.range && !(isScalar(value) && value.value === null) ? value.range[0] : (keyOffset ?? offset);
      node = value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = resolveAlias(doc, node.items[segment] as Node | undefined);
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function resolveAlias(doc: Document, node: Node | null | undefined): Node | null | undefined {
  return isAlias(node) ? (node.resolve(doc) as Node | undefined) : node;
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}
