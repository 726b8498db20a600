// Templates over case variables (`{{question}}`, filters, loops): Nunjucks syntax, compiled once per
// source. Variable values are data: they are inserted as text and never parsed as templates.
import nunjucks from 'nunjucks';

const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true });

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
    template = TAG.test(source) ? compileNunjucks(source) : { source, render: () => source };
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

function compileNunjucks(source: string): Template {
  let compiled: nunjucks.Template;
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
