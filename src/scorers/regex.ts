// regex: the output matches a JavaScript regular expression. The pattern is a template, but every
// value inserted from the case (vars, expected, case) is regex-escaped first: dataset content is matched
// literally and can never become a pattern (no ReDoS, no injection). A static pattern is compiled
// once; a templated one is compiled per rendered text through a small bounded cache. Value 1 or 0.
import { ConfigError } from '../core/index.js';
import { isTemplate } from '../template/index.js';
import { ScorerError } from './errors.js';
import { compileText, lazyScope, preview, truncate } from './text.js';
import type { ScoreFn, ScoreInput, ScorerFactory } from './types.js';

const CACHED_PATTERNS = 256;

export const regexScorer: ScorerFactory<'regex'> = (config): ScoreFn => {
  const { flags } = config;
  if (!isTemplate(config.pattern)) {
    const regex = compileRegex(config.pattern, flags, (message) => new ConfigError(`pattern: ${message}`));
    return (input) => matchOutput(regex, input.output);
  }
  const pattern = compileText(config.pattern, 'pattern');
  const compiled = new Map<string, RegExp>();
  return (input) => {
    const source = pattern.render(lazyScope(input, escapedScope));
    let regex = compiled.get(source);
    if (!regex) {
      regex = compileRegex(source, flags, (message) => new ScorerError(`pattern (rendered): ${message}`));
      // Oldest first out: Map iteration order is insertion order.
      if (compiled.size >= CACHED_PATTERNS) compiled.delete(compiled.keys().next().value!);
      compiled.set(source, regex);
    }
    return matchOutput(regex, input.output);
  };
};

function compileRegex(source: string, flags: string, error: (message: string) => Error): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (err) {
    throw error(`invalid regular expression /${truncate(source, 200)}/${flags}: ${(err as Error).message}`);
  }
}

function matchOutput(regex: RegExp, output: string) {
  // g and y flags make exec stateful; every output starts from the beginning.
  regex.lastIndex = 0;
  const match = regex.exec(output);
  const shown = `/${truncate(regex.source, 200)}/${regex.flags}`;
  if (!match) return { value: 0, pass: false, reason: `output does not match ${shown}` };
  return {
    value: 1,
    pass: true,
    reason: `output matches ${shown} at ${match.index}: ${preview(match[0], 80)}`,
  };
}

/** `{...vars, vars, expected, case}` with every string in it regex-escaped. */
function escapedScope(input: ScoreInput): Record<string, unknown> {
  const vars = escapeDeep(input.vars) as Record<string, unknown>;
  return { ...vars, vars, expected: escapeDeep(input.expected), case: escapeDeep(input.case) };
}

const SYNTAX_CHARACTER = String.raw`[\\^$.*+?()[\]{}|/]`;
const SYNTAX = new RegExp(SYNTAX_CHARACTER, 'g');
const HAS_SYNTAX = new RegExp(SYNTAX_CHARACTER);

/**
 * Escapes the characters that have a meaning in a pattern. `-` is left alone: outside a character
 * class it is literal already, and `\-` is a syntax error under the u flag.
 */
export function escapeRegex(text: string): string {
  return HAS_SYNTAX.test(text) ? text.replace(SYNTAX, '\\$&') : text;
}

// A case is scored once per target, prompt and repeat, and never changes once loaded: escape each
// object once.
const escapedObjects = new WeakMap<object, unknown>();

/**
 * A copy of a value with every string escaped. A number stays a number (for arithmetic and
 * comparisons in the template) unless its text holds a metacharacter, like the point of 1.5.
 */
export function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return escapeRegex(value);
  if (typeof value === 'number') {
    const text = String(value);
    return HAS_SYNTAX.test(text) ? escapeRegex(text) : value;
  }
  if (value === null || typeof value !== 'object') return value;
  const cached = escapedObjects.get(value);
  if (cached !== undefined) return cached;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    escapedObjects.set(value, copy);
    for (const item of value) copy.push(escapeDeep(item));
    return copy;
  }
  const copy: Record<string, unknown> = {};
  escapedObjects.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = escapeDeep(item);
  return copy;
}
