import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SuiteFileSchema } from '../core/index.js';
import {
  buildSuiteJsonSchema,
  renderSuiteJsonSchema,
  SUITE_SCHEMA_FILE,
  SUITE_SCHEMA_ID,
} from './json-schema.js';
import { EXAMPLE_SUITE } from './test-helpers/fixtures.js';

// ajv-formats is CommonJS: its default export arrives as the module object under NodeNext typing.
const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;

function compileSchema() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(buildSuiteJsonSchema());
}

describe('the suite JSON Schema', () => {
  it('is committed exactly as scripts/generate-schema.ts writes it', async () => {
    const committed = await readFile(new URL(`../../${SUITE_SCHEMA_FILE}`, import.meta.url), 'utf8');
    expect(committed).toBe(renderSuiteJsonSchema());
  });

  it('names itself and the draft', () => {
    const schema = buildSuiteJsonSchema();
    expect(schema.$id).toBe(SUITE_SCHEMA_ID);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Groundtruth suite');
  });

  it('accepts the example suite, as zod does', () => {
    const example = parse(EXAMPLE_SUITE);
    const validate = compileSchema();
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(SuiteFileSchema.safeParse(example).success).toBe(true);
  });

  it('rejects an unknown key, as zod does', () => {
    const example = parse(EXAMPLE_SUITE.replace('ignoreCase: true', 'ignorecase: true'));
    const validate = compileSchema();
    expect(validate(example)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({
        keyword: 'additionalProperties',
        params: { additionalProperty: 'ignorecase' },
      }),
    );
    expect(SuiteFileSchema.safeParse(example).success).toBe(false);
  });

  it('rejects a wrong type and an unknown target type', () => {
    const validate = compileSchema();
    expect(validate(parse(EXAMPLE_SUITE.replace('concurrency: 16', 'concurrency: lots')))).toBe(false);
    expect(validate(parse(EXAMPLE_SUITE.replace('type: openai', 'type: opena')))).toBe(false);
  });
});
