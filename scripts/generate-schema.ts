// Writes schema/groundtruth.schema.json from the suite's zod schema. Run: npx tsx scripts/generate-schema.ts
// A test in src/suite fails when the committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSuiteJsonSchema, SUITE_SCHEMA_FILE } from '../src/suite/json-schema.js';

const target = fileURLToPath(new URL(`../${SUITE_SCHEMA_FILE}`, import.meta.url));
writeFileSync(target, renderSuiteJsonSchema());
console.log(`wrote ${SUITE_SCHEMA_FILE}`);
