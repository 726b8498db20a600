// Turns zod issues into messages a person can act on: at the most specific key, saying what was
// expected and what was found, with a did-you-mean for unknown keys and unknown `type` values.
import { z } from 'zod';
import type { PathIssue } from './issues.js';
import { isPlainObject, type KeyPath, valueAt } from './key-path.js';
import { acceptsKind, describeSchema, keysAt, kindOfValue, schemaAt } from './schema-walk.js';
import { closestMatch, didYouMean } from './suggest.js';

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;

interface Explained extends PathIssue {
  kind: 'unknown-key' | 'missing-key' | 'refinement' | 'other';
  /** For an unknown key: the valid key it probably meant. */
  suggestion?: string;
}

/**
 * Explains the issues of `schema.safeParse(data, { reportInput: true })`. Paths are relative to
 * `data`; `root` must be the schema that was parsed, so unions can be followed by the data.
 */
export function explainZodIssues(root: Schema, data: unknown, issues: readonly Issue[]): PathIssue[] {
  const explained: Explained[] = [];
  for (const issue of issues) explainIssue(root, data, issue, [], explained);
  return tidy(explained).map(({ path, message, atKey }) =>
    atKey ? { path, message, atKey } : { path, message },
  );
}

function explainIssue(root: Schema, data: unknown, issue: Issue, base: KeyPath, out: Explained[]): void {
  const path: KeyPath = [...base, ...issue.path.filter((s) => typeof s !== 'symbol')];
  const value = valueAt(data, path);
  const found = describeValue(value);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const valid = keysAt(root, data, path) ?? [];
      for (const key of issue.keys) {
        const suggestion = closestMatch(key, valid);
        const message =
          suggestion !== undefined
            ? `unknown key; did you mean "${suggestion}"?`
            : `unknown key (valid keys: ${valid.join(', ')})`;
        out.push({ path: [...path, key], message, atKey: true, kind: 'unknown-key', suggestion });
      }
      return;
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined || issue.errors.length === 0) {
        out.push({ path, message: discriminatorMessage(issue, value), kind: 'other' });
        return;
      }
      const union = schemaAt(root, data, path);
      const options: readonly Schema[] = union instanceof z.ZodUnion ? union.options : [];
      const kind = kindOfValue(value);
      let chosen: number | undefined;
      options.forEach((option, index) => {
        if (!acceptsKind(option, kind)) return;
        const size = issue.errors[index]?.length ?? Number.POSITIVE_INFINITY;
        if (chosen === undefined || size < (issue.errors[chosen]?.length ?? Number.POSITIVE_INFINITY))
          chosen = index;
      });
      const branch = chosen === undefined ? undefined : issue.errors[chosen];
      if (branch === undefined || union === undefined) {
        const expected = union === undefined ? 'a valid value' : describeSchema(union);
        out.push({ path, message: `expected ${expected}, found ${found}`, kind: 'other' });
        return;
      }
      for (const inner of branch) explainIssue(root, data, inner, path, out);
      return;
    }
    case 'invalid_type': {
      const schema = schemaAt(root, data, path);
      const expected = schema === undefined ? `a ${issue.expected}` : describeSchema(schema);
      if (isMissing(data, path)) {
        out.push({ path, message: `required key is missing (expected ${expected})`, kind: 'missing-key' });
      } else {
        out.push({ path, message: `expected ${expected}, found ${found}`, kind: 'other' });
      }
      return;
    }
    case 'too_small':
    case 'too_big': {
      const schema = schemaAt(root, data, path);
      const numberKind = schema === undefined ? 'a number' : describeSchema(schema);
      out.push({ path, message: boundMessage(issue, value, found, numberKind), kind: 'other' });
      return;
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      const expected = values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
      const hint =
        typeof value === 'string'
          ? didYouMean(
              value,
              issue.values.filter((v) => typeof v === 'string'),
            )
          : '';
      out.push({ path, message: `expected ${expected}, found ${found}${hint}`, kind: 'other' });
      return;
    }
    case 'invalid_format': {
      let message: string;
      if (issue.format === 'url') message = `expected a URL, found ${found}`;
      else if (issue.format === 'regex' && issue.message.startsWith('Invalid')) {
        message = `expected a string matching ${issue.pattern ?? 'the pattern'}, found ${found}`;
      } else if (issue.format === 'regex') message = `${issue.message}; found ${found}`;
      else message = `expected a valid ${issue.format}, found ${found}`;
      out.push({ path, message, kind: 'other' });
      return;
    }
    case 'custom': {
      out.push({ path, message: issue.message, kind: 'refinement' });
      return;
    }
    default: {
      out.push({ path, message: issue.message, kind: 'other' });
    }
  }
}

function discriminatorMessage(issue: z.core.$ZodIssueInvalidUnion, value: unknown): string {
  const options = (('options' in issue ? issue.options : undefined) ?? []).map(String);
  const valid = options.join(', ');
  const name = issue.discriminator ?? 'type';
  if (value === undefined) return `required key is missing (expected one of: ${valid})`;
  if (typeof value !== 'string') return `expected one of: ${valid}; found ${describeValue(value)}`;
  const suggestion = closestMatch(value, options);
  const hint = suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
  return `unknown ${name} "${value}"${hint} (valid: ${valid})`;
}

function boundMessage(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  value: unknown,
  found: string,
  numberKind: string,
): string {
  const small = issue.code === 'too_small';
  const limit = small
    ? (issue as z.core.$ZodIssueTooSmall).minimum
    : (issue as z.core.$ZodIssueTooBig).maximum;
  const bound = Number(limit);
  switch (issue.origin) {
    case 'number':
    case 'int': {
      const op = small ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
      return `expected ${numberKind} ${op} ${bound}, found ${found}`;
    }
    case 'string': {
      if (small && bound === 1) return 'expected a non-empty string';
      const length = typeof value === 'string' ? value.length : 0;
      return `expected ${small ? 'at least' : 'at most'} ${plural(bound, 'character')}, found ${length}`;
    }
    case 'array': {
      const length = Array.isArray(value) ? value.length : 0;
      return `expected ${small ? 'at least' : 'at most'} ${plural(bound, 'item')}, found ${length === 0 ? 'an empty list' : length}`;
    }
    default:
      return issue.message;
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function isMissing(data: unknown, path: KeyPath): boolean {
  if (path.length === 0) return false;
  const parent = valueAt(data, path.slice(0, -1));
  return isPlainObject(parent) && !Object.hasOwn(parent, String(path.at(-1)));
}

/** How a found value is shown: strings quoted (and shortened), containers by kind. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 56)}..."` : text;
  }
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * A refinement ran on data that already had problems, so it adds noise; a missing key is explained
 * by the unknown key next to it that was probably meant to be it (`modle` for `model`).
 */
function tidy(issues: Explained[]): Explained[] {
  const startsWith = (path: KeyPath, prefix: KeyPath) => prefix.every((s, i) => path[i] === s);
  const concrete = issues.filter((i) => i.kind !== 'refinement');
  return issues.filter((issue) => {
    if (issue.kind === 'refinement') return !concrete.some((other) => startsWith(other.path, issue.path));
    if (issue.kind === 'missing-key') {
      const parent = issue.path.slice(0, -1);
      const key = issue.path.at(-1);
      return !issues.some(
        (other) =>
          other.kind === 'unknown-key' &&
          other.suggestion === key &&
          other.path.length === issue.path.length &&
          startsWith(other.path, parent),
      );
    }
    return true;
  });
}
