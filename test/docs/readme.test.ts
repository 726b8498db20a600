// The README is the user's reference: it must keep the two commands that define the project, and it
// must document every key the suite schema accepts (a new key without docs fails here).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/groundtruth.schema.json'), 'utf8')) as JsonSchema;

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

function collectKeys(node: JsonSchema, keys: Set<string>, seen: Set<JsonSchema>): void {
  if (seen.has(node)) return;
  seen.add(node);
  if (node.$ref) {
    const target = schema.$defs?.[node.$ref.replace('#/$defs/', '')];
    if (target) collectKeys(target, keys, seen);
  }
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    keys.add(key);
    collectKeys(child, keys, seen);
  }
  for (const child of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])])
    collectKeys(child, keys, seen);
  if (node.items) collectKeys(node.items, keys, seen);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    collectKeys(node.additionalProperties, keys, seen);
  }
}

describe('README', () => {
  it('shows the quick start and the test command', () => {
    expect(readme).toContain('npm ci && npx groundtruth eval examples/quickstart');
    expect(readme).toContain('npm ci && npm test');
  });

  it('documents every key of the suite schema', () => {
    const keys = new Set<string>();
    collectKeys(schema, keys, new Set());
    keys.delete('$schema');
    expect(keys.size).toBeGreaterThan(60);
    const undocumented = [...keys].filter(
      (key) => !readme.includes(`\`${key}\``) && !readme.includes(`${key}:`),
    );
    expect(undocumented).toEqual([]);
  });

  it('documents every scorer and target type', () => {
    const types = new Set<string>();
    for (const match of JSON.stringify(schema).matchAll(/"type":\{"type":"string","const":"([a-z-]+)"\}/g)) {
      types.add(match[1]!);
    }
    expect(types.size).toBeGreaterThan(15);
    expect([...types].filter((t) => !readme.includes(`\`${t}\``))).toEqual([]);
  });
});
