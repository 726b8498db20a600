// A benchmark case: the inputs of one evaluation item, its gold answer and its slices.
import { z } from 'zod';

export const CASE_SOURCES = ['manual', 'production', 'redteam', 'synthetic'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/** A case as written in a JSON, JSONL or YAML dataset (or inline in the suite). */
export const CaseInputSchema = z.strictObject({
  id: z
    .union([z.string().min(1), z.number()])
    .optional()
    .describe('Stable id; defaults to a hash of the content'),
  vars: z.record(z.string(), z.unknown()).default({}).describe('Template variables'),
  expected: z.unknown().optional().describe('Gold answer or structure, available to scorers as {{expected}}'),
  tags: z.array(z.string().min(1)).default([]).describe('Capability slices'),
  metadata: z.record(z.string(), z.unknown()).optional(),
  source: z.enum(CASE_SOURCES).optional(),
  adversarial: z.boolean().optional(),
  repeat: z.int().min(1).max(1000).optional().describe('Samples of this case; overrides the suite repeat'),
});
export type CaseInput = z.input<typeof CaseInputSchema>;

/** A normalised case: it always has an id, vars and tags. */
export interface Case {
  id: string;
  vars: Record<string, unknown>;
  expected?: unknown;
  tags: string[];
  metadata?: Record<string, unknown>;
  source?: CaseSource;
  adversarial?: boolean;
  repeat?: number;
}

/** Where a case came from, for error messages. */
export interface CaseOrigin {
  file: string;
  line: number;
}

/**
 * The slices a case belongs to: its tags, `source:<source>`, `adversarial` when flagged, and
 * `<field>:<value>` for each metadata field named in the suite's `sliceBy` (scalar values only).
 */
export function sliceKeys(
  c: Pick<Case, 'tags' | 'source' | 'adversarial' | 'metadata'>,
  sliceBy: readonly string[] = [],
): string[] {
  const keys = [...c.tags];
  if (c.source !== undefined) keys.push(`source:${c.source}`);
  if (c.adversarial) keys.push('adversarial');
  for (const field of sliceBy) {
    const value = c.metadata?.[field];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      keys.push(`${field}:${value}`);
  }
  return [...new Set(keys)];
}

/** Samples of a case: its own `repeat`, else the largest `repeatPerTag` of its tags, else the suite's. */
export function repeatsOf(
  c: Pick<Case, 'tags' | 'repeat'>,
  repeat: number,
  repeatPerTag: Readonly<Record<string, number>> = {},
): number {
  if (c.repeat !== undefined) return c.repeat;
  let best: number | undefined;
  for (const tag of c.tags) {
    const k = repeatPerTag[tag];
    if (k !== undefined && (best === undefined || k > best)) best = k;
  }
  return best ?? repeat;
}
