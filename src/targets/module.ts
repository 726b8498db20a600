// The module target: a function exported by the user's .js/.mjs/.cjs or .ts/.mts/.cts file (loaded
// once, TypeScript through tsx), called per case. What it returns is untrusted and checked.
import { resolve } from 'node:path';
import {
  type Case,
  type ChatMessage,
  errorMessage,
  TargetError,
  type TargetResponse,
  type TokenUsage,
} from '../core/index.js';
import { isCount, isJsonObject } from './json-values.js';
import type { TargetFactory } from './types.js';
import { describeValue, loadUserFunction } from './user-module.js';

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

const EXPECTED_SHAPE = 'expected a string or {output: string, tokenUsage?, cost?}';

export const createModuleTarget: TargetFactory<'module'> = async (config, context) => {
  const file = resolve(context.baseDir, config.path);
  const fn = (await loadUserFunction(
    file,
    config.export,
    `target ${config.id}: ${config.path}`,
  )) as ModuleTargetFunction;
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

function toResponse(targetId: string, where: string, result: unknown): TargetResponse {
  if (typeof result === 'string') return { output: result };
  const invalid = (what: string) => new TargetError(targetId, `${where} returned ${what}; ${EXPECTED_SHAPE}`);
  if (!isJsonObject(result)) throw invalid(describeValue(result));
  if (typeof result.output !== 'string') {
    throw invalid(
      'output' in result
        ? `an object whose output is ${describeValue(result.output)}`
        : describeValue(result),
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
