import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildScorer, score, scorerContext } from './test-helpers/index.js';

const fixtures = scorerContext({ baseDir: join(import.meta.dirname, 'test-helpers', 'fixtures') });

// Written at test time: a broken JSON file in the repository would trip the formatter.
const scratch = mkdtempSync(join(tmpdir(), 'groundtruth-json-schema-'));
const brokenSchema = join(scratch, 'broken.schema.json');
writeFileSync(brokenSchema, '{"type": ');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('json-schema', () => {
  it('validates against an inline schema with formats', async () => {
    const scorer = await buildScorer({
      type: 'json-schema',
      schema: {
        type: 'object',
        properties: { when: { type: 'string', format: 'date' } },
        required: ['when'],
      },
    });
    expect(await score(scorer, { output: '{"when": "2024-02-29"}' })).toEqual({
      value: 1,
      pass: true,
      reason: 'output matches the schema',
    });
    expect(await score(scorer, { output: '{"when": "2024-02-30"}' })).toEqual({
      value: 0,
      pass: false,
      reason: 'output does not match the schema: /when must match format "date"',
    });
  });

  it('lists the first three errors with their instance paths', async () => {
    const scorer = await buildScorer({ type: 'json-schema', schema: 'person.schema.yaml' }, fixtures);
    expect(
      await score(scorer, { output: '{"name": "Ada", "age": 36, "email": "ada@example.com"}' }),
    ).toMatchObject({
      pass: true,
    });
    expect(await score(scorer, { output: '{"age": -1, "email": "nope", "extra": true}' })).toEqual({
      value: 0,
      pass: false,
      reason:
        'output does not match the schema: (root) must have required property \'name\'; (root) must NOT have additional properties (extra); /email must match format "email" (and 1 more)',
    });
  });

  it('reads a .json schema file relative to the suite and 2020-12 keywords', async () => {
    const scorer = await buildScorer({ type: 'json-schema', schema: 'file://numbers.schema.json' }, fixtures);
    expect((await score(scorer, { output: '[1, 2.5]' })).pass).toBe(true);
    expect((await score(scorer, { output: '[1, "2"]' })).reason).toBe(
      'output does not match the schema: /1 must be number',
    );
    const tuple = await buildScorer({
      type: 'json-schema',
      schema: { type: 'array', prefixItems: [{ type: 'string' }], items: false },
    });
    expect((await score(tuple, { output: '["a", 1]' })).reason).toBe(
      'output does not match the schema: (root) must NOT have more than 1 items',
    );
  });

  it('fails an output that is not JSON with the parse position', async () => {
    const scorer = await buildScorer({ type: 'json-schema', schema: { type: 'object' } });
    expect(await score(scorer, { output: 'Sure! {"a": 1}' })).toEqual({
      value: 0,
      pass: false,
      reason: 'output is not valid JSON: unexpected character "S" at line 1, column 1 (offset 0)',
    });
  });

  it('rejects a missing, unparsable or invalid schema when the scorer is created', async () => {
    await expect(buildScorer({ type: 'json-schema', schema: 'nope.json' }, fixtures)).rejects.toThrow(
      `scorer json-schema: schema: file not found: ${join(fixtures.baseDir, 'nope.json')}`,
    );
    await expect(
      buildScorer({ type: 'json-schema', schema: brokenSchema }, scorerContext({ baseDir: tmpdir() })),
    ).rejects.toThrow(`scorer json-schema: schema: ${brokenSchema} does not parse:`);
    await expect(buildScorer({ type: 'json-schema', schema: 'schema.txt' }, fixtures)).rejects.toThrow(
      `scorer json-schema: schema: ${join(fixtures.baseDir, 'schema.txt')} is not a .json, .yaml or .yml file`,
    );
    await expect(buildScorer({ type: 'json-schema', schema: { type: 'strin' } })).rejects.toThrow(
      'scorer json-schema: schema: not a valid JSON Schema: schema is invalid: data/type must be equal to one of the allowed values',
    );
  });
});
