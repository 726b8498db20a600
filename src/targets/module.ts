// The module target: a function exported by the user's .js/.mjs/.cjs or .ts/.mts/.cts file (loaded
// once, TypeScript through tsx), called per case. What it returns is untrusted and checked.
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type Case,
  type ChatMessage,
  ConfigError,
  errorMessage,
  type TargetConfigOf,
  TargetError,
  type TargetResponse,
  type TokenUsage,
} from '../core/index.js';
import { isCount, isJsonObject } from './json-values.js';
import type { TargetFactory } from './types.js';

/** What the user's function receives. */
export interface ModuleTargetInput {
  prompt: string;
  messages?: ChatMessage[];
  vars: Record<string, unknown>;
  case: Case;
  options: unknown;
  signal: AbortSignal;
}

type ModuleTargetFunction = (input: ModuleTargetInput) => unknown;

const TYPESCRIPT = new Set(['.ts', '.mts', '.cts']);
const JAVASCRIPT = new Set(['.js', '.mjs', '.cjs']);
const EXPECTED_SHAPE = 'expected a string or {output: string, tokenUsage?, cost?}';

export const createModuleTarget: TargetFactory<'module'> = async (config, context) => {
  const file = resolve(context.baseDir, config.path);
  const fn = await loadFunction(config, file);
  const where = `${config.path} export "${config.export}"`;
  return {
    id: config.id,
    config,
    // User code may be nondeterministic or stateful: reuse only when the suite says so.
    cacheable: false,
    async call({ prompt, vars, case: testCase, signal }) {
      const input: ModuleTargetInput = {
        prompt: prompt.text,
        vars,
        case: testCase,
        options: config.options,
        signal,
      };
      if (prompt.messages) input.messages = prompt.messages;
      let result: unknown;
      try {
        result = await fn(input);
      } catch (err) {
        // A module may throw a TargetError itself to ask for a retry (retryable: true).
        if (err instanceof TargetError) throw err;
        throw new TargetError(config.id, `${where} threw: ${errorMessage(err)}`);
      }
      return toResponse(config.id, where, result);
    },
  };
};

async function loadFunction(config: TargetConfigOf<'module'>, file: string): Promise<ModuleTargetFunction> {
  const where = `target ${config.id}: ${config.path}`;
  const extension = extname(file);
  if (!TYPESCRIPT.has(extension) && !JAVASCRIPT.has(extension)) {
    throw new ConfigError(`${where}: a module target is a .js, .mjs, .cjs, .ts, .mts or .cts file`);
  }
  if (!existsSync(file)) throw new ConfigError(`${where}: no such file (${file})`);
  const url = pathToFileURL(file).href;
  let namespace: Record<string, unknown>;
  try {
    if (TYPESCRIPT.has(extension)) {
      const { tsImport } = await import('tsx/esm/api');
      namespace = await tsImport(url, import.meta.url);
    } else {
      namespace = await import(url);
    }
  } catch (err) {
    throw new ConfigError(`${where}: could not be loaded: ${errorMessage(err)}`, undefined, { cause: err });
  }
  // A CommonJS module's exports may sit only under `default` when Node cannot detect them statically.
  const fallback = isJsonObject(namespace.default) ? namespace.default[config.export] : undefined;
  const value = namespace[config.export] ?? fallback;
  if (typeof value !== 'function') {
    const names = Object.keys(namespace)
      .filter((name) => name !== '__esModule')
      .sort();
    const found = value === undefined ? 'there is none' : `it is ${describe(value)}`;
    throw new ConfigError(
      `${where}: export "${config.export}" must be a function, but ${found} (exports: ${names.join(', ') || 'none'})`,
    );
  }
  return value as ModuleTargetFunction;
}

function toResponse(targetId: string, where: string, result: unknown): TargetResponse {
  if (typeof result === 'string') return { output: result };
  const invalid = (what: string) => new TargetError(targetId, `${where} returned ${what}; ${EXPECTED_SHAPE}`);
  if (!isJsonObject(result)) throw invalid(describe(result));
  if (typeof result.output !== 'string') {
    throw invalid(
      'output' in result ? `an object whose output is ${describe(result.output)}` : describe(result),
    );
  }
  const response: TargetResponse = { output: result.output };
  if (result.tokenUsage !== undefined) {
    const usage = toTokenUsage(result.tokenUsage);
    if (!usage) throw invalid(`an invalid tokenUsage ${JSON.stringify(result.tokenUsage)}`);
    response.tokenUsage = usage;
  }
  if (result.cost !== undefined) {
    if (!isCount(result.cost)) throw invalid(`an invalid cost ${JSON.stringify(result.cost)}`);
    response.cost = result.cost;
  }
  return response;
}

function toTokenUsage(value: unknown): TokenUsage | undefined {
  if (!isJsonObject(value)) return undefined;
  const usage: TokenUsage = {};
  for (const [key, count] of Object.entries(value)) {
    if (count === undefined) continue;
    if ((key !== 'prompt' && key !== 'completion' && key !== 'total') || !isCount(count)) return undefined;
    usage[key] = count;
  }
  return usage;
}

/** A short, safe description of a value of unknown type, for error messages. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length > 0 ? `an object with keys ${keys.slice(0, 8).join(', ')}` : 'an empty object';
  }
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'function') return 'a function';
  return `a ${typeof value} (${String(value)})`;
}
