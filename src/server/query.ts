// Query strings parsed at the edge with the contract's zod schemas: a bad parameter is a 400 that
// names it, says what was expected and what came.
import type { Context } from 'hono';
import type { z } from 'zod';
import { UsageError } from '../core/index.js';

type QuerySchema = z.ZodObject<z.ZodRawShape>;

/**
 * The query of `c` parsed by `schema`. An empty value counts as absent (a search box submitted
 * empty); a parameter given twice is refused rather than silently taking one of its values.
 */
export function parseQuery<Schema extends QuerySchema>(c: Context, schema: Schema): z.output<Schema> {
  const input: Record<string, string> = {};
  for (const [key, values] of Object.entries(c.req.queries())) {
    if (values.length > 1) {
      throw new UsageError(`query parameter '${key}' is given ${values.length} times; give it once`);
    }
    const value = values[0];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const known = Object.keys(schema.shape);
  // An unknown parameter first: it is often a misspelling of another that is then reported missing.
  const issues = [...parsed.error.issues].sort(
    (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
  );
  throw new UsageError(issues.map((issue) => describeIssue(issue, input, known)).join('; '), {
    hint: `this endpoint takes ${known.length > 0 ? known.join(', ') : 'no query parameters'}`,
  });
}

function describeIssue(issue: z.core.$ZodIssue, input: Record<string, string>, known: string[]): string {
  if (issue.code === 'unrecognized_keys') {
    const plural = issue.keys.length > 1;
    return `unknown query parameter${plural ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  }
  const key = issue.path.map(String).join('.');
  const value = input[key];
  if (value === undefined && known.includes(key)) return `query parameter '${key}' is required`;
  const got = value === undefined ? '' : `, got ${JSON.stringify(value)}`;
  return `query parameter '${key}' must be ${expectation(issue)}${got}`;
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'an integer';
      if (issue.expected === 'number') return 'a number';
      return `a ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return `at least ${issue.minimum} characters long`;
      return `${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `at most ${issue.maximum} characters long`;
      return `${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
    case 'invalid_value':
      return `one of ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message;
  }
}
