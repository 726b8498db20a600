// json-schema: the trimmed output is JSON valid against a JSON Schema (draft 2020-12, with the
// ajv-formats formats). `schema` is inline or the path of a .json/.yaml file relative to the suite;
// the file is read and the schema compiled once, when the scorer is created. Unknown keywords and
// formats are ignored, as the specification says. On failure the reason lists the first errors
// with their instance paths. Value 1 or 0.
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import ajv2020Module, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { ConfigError, errorMessage } from '../core/index.js';
import { parseJsonOutput } from './json-output.js';
import type { ScoreFn, ScorerFactory } from './types.js';

const Ajv2020 = ajv2020Module.default;
const addFormats = ajvFormatsModule.default;

const ERRORS_LISTED = 3;

export const jsonSchemaScorer: ScorerFactory<'json-schema'> = async (config, context): Promise<ScoreFn> => {
  const schema =
    typeof config.schema === 'string' ? await loadSchemaFile(config.schema, context.baseDir) : config.schema;
  const ajv = new Ajv2020({ allErrors: true, strict: false, logger: false });
  addFormats(ajv);
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema);
  } catch (err) {
    throw new ConfigError(`schema: not a valid JSON Schema: ${errorMessage(err)}`);
  }
  return ({ output }) => {
    const parsed = parseJsonOutput(output);
    if (!parsed.ok) return { value: 0, pass: false, reason: parsed.reason };
    if (validate(parsed.value)) return { value: 1, pass: true, reason: 'output matches the schema' };
    return {
      value: 0,
      pass: false,
      reason: `output does not match the schema: ${describeErrors(validate.errors ?? [])}`,
    };
  };
};

async function loadSchemaFile(ref: string, baseDir: string): Promise<Record<string, unknown>> {
  const path = resolve(baseDir, ref.startsWith('file://') ? ref.slice('file://'.length) : ref);
  const extension = extname(path).toLowerCase();
  if (!['.json', '.yaml', '.yml'].includes(extension)) {
    throw new ConfigError(`schema: ${path} is not a .json, .yaml or .yml file`);
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ConfigError(
      `schema: ${missing ? `file not found: ${path}` : `cannot read ${path}: ${errorMessage(err)}`}`,
    );
  }
  let schema: unknown;
  try {
    schema = extension === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new ConfigError(`schema: ${path} does not parse: ${errorMessage(err)}`);
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new ConfigError(`schema: ${path} does not hold a JSON Schema object`);
  }
  return schema as Record<string, unknown>;
}

function describeErrors(errors: ErrorObject[]): string {
  const described = errors.slice(0, ERRORS_LISTED).map((error) => {
    const where = error.instancePath === '' ? '(root)' : error.instancePath;
    const extra =
      error.keyword === 'additionalProperties' ? ` (${String(error.params['additionalProperty'])})` : '';
    return `${where} ${error.message ?? error.keyword}${extra}`;
  });
  const more = errors.length > ERRORS_LISTED ? ` (and ${errors.length - ERRORS_LISTED} more)` : '';
  return described.join('; ') + more;
}
