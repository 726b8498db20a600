// Cases as CSV rows, in the layout the engine reads back (`id`, one column per var, `expected`,
// `tags` joined with `;`), and the refusal of any case CSV cannot hold without changing it.
import type { Case } from '../core/index.js';

const RESERVED = new Set(['id', 'expected', 'tags']);
const NEEDS_QUOTES = /[",\r\n]/;

/** Why a case cannot be written as CSV and read back unchanged, or undefined when it can. */
export function csvProblem(c: Case, columns: readonly string[]): string | undefined {
  if (c.id !== c.id.trim()) return 'its id has spaces at an end, which CSV import trims';
  for (const field of ['metadata', 'source', 'adversarial', 'repeat'] as const) {
    if (c[field] !== undefined) return `it has ${field}, which CSV has no column for`;
  }
  const names = Object.keys(c.vars);
  for (const name of names) {
    if (RESERVED.has(name)) return `var ${name} has the name of a reserved CSV column`;
    if (name === '' || name !== name.trim()) return `var "${name}" is not a valid CSV column name`;
    const value = c.vars[name];
    if (typeof value !== 'string') return `vars.${name} is ${describe(value)}; CSV holds only strings`;
  }
  if (names.length !== columns.length || columns.some((name) => !(name in c.vars))) {
    const missing = columns.filter((name) => !(name in c.vars));
    return `it lacks var ${missing.join(', ')} that other cases have; CSV gives every case every column`;
  }
  if (c.expected !== undefined) {
    if (typeof c.expected !== 'string') return `expected is ${describe(c.expected)}; CSV holds only strings`;
    if (c.expected === '') return 'expected is an empty string, which CSV reads back as no expected';
  }
  for (const tag of c.tags) {
    if (tag.includes(';') || tag !== tag.trim())
      return `tag "${tag}" cannot be written in a ;-separated tags cell`;
  }
  return undefined;
}

export function csvHeader(columns: readonly string[]): string {
  return csvLine(['id', ...columns, 'expected', 'tags']);
}

/** A row for a case that csvProblem accepted. */
export function csvRow(c: Case, columns: readonly string[]): string {
  const fields = [c.id];
  for (const name of columns) fields.push(c.vars[name] as string);
  fields.push((c.expected as string | undefined) ?? '', c.tags.join(';'));
  return csvLine(fields);
}

function csvLine(fields: readonly string[]): string {
  return `${fields.map((f) => (NEEDS_QUOTES.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',')}\n`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
