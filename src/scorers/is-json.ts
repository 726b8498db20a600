// is-json: the trimmed output is strict JSON (JSON.parse: no comments, no trailing commas, no code
// fences). On failure the reason gives the line, column and offset where the syntax breaks.
import { parseJsonOutput } from './json-output.js';
import type { ScoreFn, ScorerFactory } from './types.js';

export const isJsonScorer: ScorerFactory<'is-json'> = (): ScoreFn => {
  return ({ output }) => {
    const parsed = parseJsonOutput(output);
    if (!parsed.ok) return { value: 0, pass: false, reason: parsed.reason };
    return { value: 1, pass: true, reason: `output is valid JSON (${jsonKind(parsed.value)})` };
  };
};

export function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
