// What the text scorers share: the render scope of one output, template values that default to the
// case's expected, locale-independent case folding and short quoted previews for reasons.
import { ConfigError } from '../core/index.js';
import { compileTemplate, isTemplate, type Template, TemplateError } from '../template/index.js';
import { ScorerError } from './errors.js';
import type { ScoreInput } from './types.js';

/** The variables a scorer template sees: `{...vars, vars, expected, case}`. */
export function renderScope(input: ScoreInput): Record<string, unknown> {
  return { ...input.vars, vars: input.vars, expected: input.expected, case: input.case };
}

/** A scope built on first use, so scorers whose templates are all static never build one. */
export type LazyScope = () => Record<string, unknown>;

export function lazyScope(
  input: ScoreInput,
  build: (input: ScoreInput) => Record<string, unknown> = renderScope,
): LazyScope {
  let scope: Record<string, unknown> | undefined;
  return (): Record<string, unknown> => {
    scope ??= build(input);
    return scope;
  };
}

/** A template compiled once; `key` names it in errors (`value`, `all[2]`, `pattern`...). */
export interface TextTemplate {
  readonly key: string;
  readonly source: string;
  render(scope: LazyScope): string;
}

export function compileText(source: string, key: string): TextTemplate {
  let template: Template;
  try {
    template = compileTemplate(source);
  } catch (err) {
    if (err instanceof TemplateError) throw new ConfigError(`${key}: ${err.message}`);
    throw err;
  }
  // Static text renders to itself: skip building the scope.
  if (!isTemplate(source)) return { key, source, render: () => source };
  return {
    key,
    source,
    render(scope) {
      try {
        return template.render(scope());
      } catch (err) {
        if (err instanceof TemplateError) throw new ScorerError(`${key}: ${err.message}`);
        throw err;
      }
    },
  };
}

export const NO_EXPECTED = 'case has no expected value; give the case an `expected` or the scorer a `value`';

/** The case's expected as text: a string as is, anything else as JSON. */
export function expectedAsText(expected: unknown): string {
  if (expected === undefined || expected === null) throw new ScorerError(NO_EXPECTED);
  return typeof expected === 'string' ? expected : JSON.stringify(expected);
}

/** A `value` template, or the case's expected when the scorer has none. */
export type TextValue = (input: ScoreInput, scope: LazyScope) => string;

export function textValue(source: string | undefined, key = 'value'): TextValue {
  if (source === undefined) return (input) => expectedAsText(input.expected);
  const template = compileText(source, key);
  return (_input, scope) => template.render(scope);
}

/** The reference texts of a metric: `value` (a template or a list of them), else the case's expected. */
export type ReferencesValue = (input: ScoreInput, scope: LazyScope) => string[];

export function referencesValue(source: string | readonly string[] | undefined): ReferencesValue {
  if (source === undefined) {
    return (input) => {
      const { expected } = input;
      if (Array.isArray(expected) && expected.length > 0 && expected.every((e) => typeof e === 'string')) {
        return expected as string[];
      }
      return [expectedAsText(expected)];
    };
  }
  const templates = (typeof source === 'string' ? [source] : source).map((s, i) =>
    compileText(s, typeof source === 'string' ? 'value' : `value[${i}]`),
  );
  return (_input, scope) => templates.map((t) => t.render(scope));
}

/**
 * Case folding that does not depend on the process locale (toLocaleLowerCase would turn I into ı under
 * a Turkish locale). Upper then lower also folds ß/SS and ς/σ together.
 */
export function foldCase(text: string): string {
  return text.toUpperCase().toLowerCase();
}

/** Text cut to `max` characters, marked with … when cut. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A quoted, truncated copy of untrusted text for a reason string. */
export function preview(text: string, max = 120): string {
  return JSON.stringify(truncate(text, max));
}

/** A number for a reason: at most three decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
