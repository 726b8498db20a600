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
