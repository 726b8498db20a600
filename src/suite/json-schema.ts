// The published JSON Schema of the suite file, generated from the zod schema (the single source of
// truth) so editors can complete and check groundtruth.yaml. scripts/generate-schema.ts writes it.
import { z } from 'zod';
import { SuiteFileSchema } from '../core/index.js';

export const SUITE_SCHEMA_ID = 'urn:groundtruth:schema:suite';
/** Where the generated schema is committed, relative to the repository root. */
export const SUITE_SCHEMA_FILE = 'schema/groundtruth.schema.json';

export function buildSuiteJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(SuiteFileSchema, { io: 'input' });
  return {
    $schema,
    $id: SUITE_SCHEMA_ID,
    title: 'Groundtruth suite',
    description:
      'A Groundtruth suite file (groundtruth.yaml): prompts, targets, dataset, scorers and gates. Generated from the zod schema in src/core/suite.ts; do not edit.',
    ...body,
  };
}

/** The file's exact text: two-space indentation and a final newline. */
export function renderSuiteJsonSchema(): string {
  return `${JSON.stringify(buildSuiteJsonSchema(), null, 2)}\n`;
}
