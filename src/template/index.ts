// Templates over case variables (`{{question}}`, filters, loops): Nunjucks syntax, compiled once per
// source. Variable values are data: they are inserted as text and never parsed as templates.
//
// Plain substitutions (`{{ name }}`, `{{ a.b }}`) are rendered by a small substituter with Nunjucks'
// exact output; Nunjucks itself is loaded only for templates that need it (filters, blocks,
// comments). Loading it costs more than its start-up: its SafeString, an object made from
// String.prototype, makes V8 drop the fast path of every `charCodeAt` loop in the process, about five
// times slower, and the metrics (BLEU, chrF, ROUGE), CSV parsing and contamination scans are such loops.
import { createRequire } from 'node:module';
import type nunjucksTypes from 'nunjucks';

let nunjucksEnv: { nunjucks: typeof nunjucksTypes; env: nunjucksTypes.Environment } | undefined;

function loadNunjucks(): { nunjucks: typeof nunjucksTypes; env: nunjucksTypes.Environment } {
  if (!nunjucksEnv) {
    const nunjucks = createRequire(import.meta.url)('nunjucks') as typeof nunjucksTypes;
    nunjucksEnv = {
      nunjucks,
      env: new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true }),
    };
  }
  return nunjucksEnv;
}

/** Whether Nunjucks has been loaded in this process (a template needed more than substitutions). */
export function nunjucksLoaded(): boolean {
  return nunjucksEnv !== undefined;
}

/** A template that failed to compile or render. Line and column are 1-based, within the template. */
export class TemplateError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.name = 'TemplateError';
    this.line = line;
    this.column = column;
  }
}

export interface Template {
  readonly source: string;
  render(context: Record<string, unknown>): string;
}

const TAG = /\{\{|\{%|\{#/;
const cache = new Map<string, Template>();

/** Compiles (and caches) a template; throws TemplateError on a syntax error. */
export function compileTemplate(source: string): Template {
  let template = cache.get(source);
  if (!template) {
    template = !TAG.test(source)
      ? { source, render: () => source }
      : (compileSubstitutions(source) ?? compileNunjucks(source));
    if (cache.size > 10_000) cache.clear();
    cache.set(source, template);
  }
  return template;
}

/** Renders a template string against a context; throws TemplateError. */
export function renderTemplate(source: string, context: Record<string, unknown>): string {
  return compileTemplate(source).render(context);
}

/** Renders every string inside a JSON-like value (for request bodies, argument lists). */
export function renderDeep(value: unknown, context: Record<string, unknown>): unknown {
  if (typeof value === 'string') return renderTemplate(value, context);
  if (Array.isArray(value)) return value.map((v) => renderDeep(v, context));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = renderDeep(v, context);
    return out;
  }
  return value;
}

/** True when the string contains template syntax. */
export function isTemplate(source: string): boolean {
  return TAG.test(source);
}

const SUBSTITUTION = /\{\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\}\}/g;

/**
 * A template made only of `{{ name }}` / `{{ a.b.c }}` tags, rendered as Nunjucks renders it (values
 * as String(value); null or undefined is an error); undefined when the template needs Nunjucks.
 */
function compileSubstitutions(source: string): Template | undefined {
  const texts: string[] = [];
  const paths: string[][] = [];
  const positions: number[] = [];
  let last = 0;
  for (const match of source.matchAll(SUBSTITUTION)) {
    texts.push(source.slice(last, match.index));
    paths.push(match[1]!.split('.'));
    positions.push(match.index);
    last = match.index + match[0].length;
  }
  texts.push(source.slice(last));
  // Anything else that opens a tag (filters, blocks, comments, whitespace control) is Nunjucks' job.
  if (texts.some((text) => TAG.test(text))) return undefined;
  return {
    source,
    render(context) {
      let out = texts[0]!;
      for (let i = 0; i < paths.length; i++) {
        const path = paths[i]!;
        let value: unknown = context[path[0]!];
        for (let k = 1; k < path.length && value !== undefined && value !== null; k++) {
          value = (value as Record<string, unknown>)[path[k]!];
        }
        if (value === undefined || value === null) {
          const { line, column } = positionOf(source, positions[i]!);
          const known = Object.keys(context).sort().join(', ');
          throw new TemplateError(
            `template error at line ${line}, column ${column}: {{ ${path.join('.')} }} is undefined or null for this case${known ? ` (variables: ${known})` : ''}`,
            line,
            column,
          );
        }
        out += String(value) + texts[i + 1]!;
      }
      return out;
    },
  };
}

/** 1-based line and column of an offset. */
function positionOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function compileNunjucks(source: string): Template {
  const { nunjucks, env } = loadNunjucks();
  let compiled: nunjucksTypes.Template;
  try {
    compiled = new nunjucks.Template(source, env, undefined, true);
  } catch (err) {
    throw toTemplateError(err, source);
  }
  return {
    source,
    render(context) {
      try {
        return compiled.render(context);
      } catch (err) {
        throw toTemplateError(err, source, context);
      }
    },
  };
}

const POSITION = /\[Line (\d+), Column (\d+)\]/;

function toTemplateError(err: unknown, source: string, context?: Record<string, unknown>): TemplateError {
  const raw = err instanceof Error ? err.message : String(err);
  const match = POSITION.exec(raw);
  const line = match ? Number(match[1]) : undefined;
  const column = match ? Number(match[2]) : undefined;
  let detail = raw
    .replace(/^\(unknown path\)\s*/, '')
    .replace(POSITION, '')
    .trim();
  if (/null or undefined/.test(detail) && line !== undefined && column !== undefined) {
    const expression = expressionAt(source, line, column);
    if (expression) {
      const known = context ? Object.keys(context).sort().join(', ') : '';
      detail = `{{ ${expression} }} is undefined or null for this case${known ? ` (variables: ${known})` : ''}`;
    }
  }
  const where = line !== undefined ? ` at line ${line}, column ${column}` : '';
  return new TemplateError(`template error${where}: ${detail}`, line, column);
}

/** The expression of the `{{ ... }}` tag that covers a position. */
function expressionAt(source: string, line: number, column: number): string | undefined {
  const text = source.split('\n')[line - 1];
  if (text === undefined) return undefined;
  const open = text.lastIndexOf('{{', column);
  const close = text.indexOf('}}', open);
  if (open < 0 || close < 0) return undefined;
  return text.slice(open + 2, close).trim();
}
