// equals: the output is exactly the expected text, or, for a non-string expected value, parses as JSON
// that deep-equals it (object key order does not matter).
//
// - `value` a string: a template rendered per output; omitted: the case's `expected`.
// - `value` (or `expected`) not a string: the trimmed output is parsed as JSON and compared; the reason
//   names the first path that differs. `ignoreCase` then applies to the string values inside.
// - `trim` (default true) ignores surrounding whitespace; `ignoreCase` folds case without a locale.
// - value 1 when equal, else 0.

import type { ScoreOutcome } from '../core/index.js';
import { stableStringify } from '../core/index.js';
import { ScorerError } from './errors.js';
import { parseJsonOutput } from './json-output.js';
import { compileText, foldCase, lazyScope, NO_EXPECTED, preview, truncate } from './text.js';
import type { ScoreFn, ScorerFactory } from './types.js';

export const equalsScorer: ScorerFactory<'equals'> = (config): ScoreFn => {
  const { ignoreCase, trim } = config;
  const normalise = (text: string) => {
    const trimmed = trim ? text.trim() : text;
    return ignoreCase ? foldCase(trimmed) : trimmed;
  };
  const compareText = (output: string, expected: string): ScoreOutcome =>
    normalise(output) === normalise(expected)
      ? { value: 1, pass: true, reason: `output equals ${preview(expected)}` }
      : { value: 0, pass: false, reason: `expected ${preview(expected)}, got ${preview(output)}` };
  const compareJson = (output: string, expected: unknown): ScoreOutcome => {
    const parsed = parseJsonOutput(output);
    if (!parsed.ok) return { value: 0, pass: false, reason: parsed.reason };
    const diff = firstDifference(expected, parsed.value, ignoreCase);
    if (diff === undefined) return { value: 1, pass: true, reason: 'output equals the expected JSON' };
    return {
      value: 0,
      pass: false,
      reason: `output differs from the expected JSON at ${diff.path}: expected ${describeJson(diff.expected)}, got ${describeJson(diff.actual)}`,
    };
  };

  if (typeof config.value === 'string') {
    const value = compileText(config.value, 'value');
    return (input) => compareText(input.output, value.render(lazyScope(input)));
  }
  if (config.value !== undefined) {
    const expected = config.value;
    return (input) => compareJson(input.output, expected);
  }
  return (input) => {
    const expected = input.expected;
    if (expected === undefined || expected === null) throw new ScorerError(NO_EXPECTED);
    return typeof expected === 'string'
      ? compareText(input.output, expected)
      : compareJson(input.output, expected);
  };
};

export interface JsonDifference {
  /** Where, as a JSON path: `$`, `$.items[2].name`. */
  path: string;
  /** undefined when the key is absent on that side. */
  expected: unknown;
  actual: unknown;
}

/** The first place where two JSON values differ, or undefined when they are equal. */
export function firstDifference(
  expected: unknown,
  actual: unknown,
  ignoreCase: boolean,
  path = '$',
): JsonDifference | undefined {
  const here = { path, expected, actual };
  if (typeof expected === 'string' && typeof actual === 'string') {
    return (ignoreCase ? foldCase(expected) === foldCase(actual) : expected === actual) ? undefined : here;
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return here;
    const length = Math.max(expected.length, actual.length);
    for (let i = 0; i < length; i++) {
      const diff = firstDifference(expected[i], actual[i], ignoreCase, `${path}[${i}]`);
      if (diff !== undefined) return diff;
    }
    return undefined;
  }
  if (isObject(expected) && isObject(actual)) {
    for (const key of Object.keys(expected)) {
      const diff = Object.hasOwn(actual, key)
        ? firstDifference(expected[key], actual[key], ignoreCase, childPath(path, key))
        : { path: childPath(path, key), expected: expected[key], actual: undefined };
      if (diff !== undefined) return diff;
    }
    for (const key of Object.keys(actual)) {
      if (!Object.hasOwn(expected, key))
        return { path: childPath(path, key), expected: undefined, actual: actual[key] };
    }
    return undefined;
  }
  // JSON has one zero: -0 parses from "-0" but equals 0.
  return expected === actual ? undefined : here;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function childPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function describeJson(value: unknown): string {
  return value === undefined ? 'nothing' : truncate(stableStringify(value), 80);
}
