// What the benchmark checks read of a case: its input (the vars) and its gold answer (expected), as text.
import type { Case } from '../core/index.js';

/**
 * The strings inside a value, depth first: object keys in sorted order (so a dataset written with
 * its keys in another order reads the same), array items in order. Numbers, booleans and null are
 * not text and are left out.
 */
export function collectStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record).sort()) collectStrings(record[key], into);
  }
  return into;
}

/**
 * A case's input: the string values of its vars in sorted key order (strings nested in arrays and
 * objects included), joined by newlines so that words never run together across two vars.
 */
export function caseInputText(c: Pick<Case, 'vars'>): string {
  return collectStrings(c.vars).join('\n');
}

/** A case's gold answer as text, read like the vars; undefined when it has none. */
export function caseExpectedText(c: Pick<Case, 'expected'>): string | undefined {
  if (c.expected === undefined) return undefined;
  return collectStrings(c.expected).join('\n');
}
