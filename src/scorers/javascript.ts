// javascript: the suite author's own check, trusted like the config file itself. The output and the
// dataset values reach it only as function arguments (data), never spliced into source code.
//
// - `expression`: compiled once with `new Function` over (output, expected, vars, context); a plain
//   expression, or a function body when it needs `return` statements.
// - `path` + `export`: a module function (output, context), sync or async; .ts/.mts/.cts through tsx,
//   .js/.mjs/.cjs through a dynamic import. Loaded once, when the scorer is created.
// - It returns a boolean (value 1/0), a number in [0, 1] (pass when > 0 unless a threshold is set),
//   or {pass, score?, reason?}. Anything else, a number outside [0, 1] or NaN, is a scorer error.
import { resolve } from 'node:path';
import {
  type Case,
  ConfigError,
  errorMessage,
  type RenderedPrompt,
  type ScoreOutcome,
  type TokenUsage,
} from '../core/index.js';
import { loadUserFunction } from '../targets/user-module.js';
import { ScorerError } from './errors.js';
import { formatNumber, truncate } from './text.js';
import type { ScoreFn, ScoreInput, ScorerContext, ScorerFactory } from './types.js';

/** The second argument of a module function and the `context` of an expression. */
export interface JavascriptContext {
  vars: Record<string, unknown>;
  expected: unknown;
  case: Case;
  prompt: RenderedPrompt;
  targetId: string;
  latencyMs: number;
  tokenUsage?: TokenUsage;
  cost?: number;
}

type Check = (output: string, context: JavascriptContext) => unknown;

export const javascriptScorer: ScorerFactory<'javascript'> = async (config, context): Promise<ScoreFn> => {
  let check: Check;
  if (config.expression !== undefined) check = compileExpression(config.expression);
  else if (config.path !== undefined) check = await loadModuleFunction(config.path, config.export, context);
  else throw new ConfigError('javascript needs exactly one of expression or path');
  return (input) => {
    let result: unknown;
    try {
      result = check(input.output, javascriptContext(input));
    } catch (err) {
      throw new ScorerError(`threw: ${errorMessage(err)}`, { cause: err });
    }
    if (isThenable(result)) {
      return Promise.resolve(result).then(interpretResult, (err: unknown) => {
        throw new ScorerError(`threw: ${errorMessage(err)}`, { cause: err });
      });
    }
    return interpretResult(result);
  };
};

function javascriptContext(input: ScoreInput): JavascriptContext {
  const context: JavascriptContext = {
    vars: input.vars,
    expected: input.expected,
    case: input.case,
    prompt: input.prompt,
    targetId: input.targetId,
    latencyMs: input.latencyMs,
  };
  if (input.tokenUsage) context.tokenUsage = input.tokenUsage;
  if (input.cost !== undefined) context.cost = input.cost;
  return context;
}

/**
 * An expression becomes `return (expression)`; when that does not compile and the text uses
 * `return`, it is a function body. A word "return" inside a string literal keeps it an expression.
 */
export function compileExpression(expression: string): Check {
  const parameters = ['output', 'expected', 'vars', 'context'];
  const build = (body: string) => {
    const fn = new Function(...parameters, `'use strict';\n${body}`) as (
      output: string,
      expected: unknown,
      vars: Record<string, unknown>,
      context: JavascriptContext,
    ) => unknown;
    return (output: string, context: JavascriptContext) =>
      fn(output, context.expected, context.vars, context);
  };
  try {
    // Newlines keep a trailing // comment from swallowing the closing parenthesis.
    return build(`return (\n${expression}\n);`);
  } catch (expressionError) {
    if (!/\breturn\b/.test(expression)) {
      throw new ConfigError(`expression does not compile: ${errorMessage(expressionError)}`);
    }
    try {
      return build(expression);
    } catch (bodyError) {
      throw new ConfigError(`expression does not compile: ${errorMessage(bodyError)}`);
    }
  }
}

async function loadModuleFunction(path: string, exportName: string, context: ScorerContext): Promise<Check> {
  return (await loadUserFunction(resolve(context.baseDir, path), exportName, `path ${path}`)) as Check;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
  );
}

const SHAPE =
  'expected a boolean, a number in [0, 1] or {pass: boolean, score?: number in [0, 1], reason?: string}';

export function interpretResult(result: unknown): ScoreOutcome {
  if (typeof result === 'boolean') {
    return { value: result ? 1 : 0, pass: result, reason: `returned ${result}` };
  }
  if (typeof result === 'number') {
    checkScore(result, 'returned');
    return { value: result, pass: result > 0, reason: `returned ${formatNumber(result)}` };
  }
  if (typeof result === 'object' && result !== null && !Array.isArray(result)) {
    const { pass, score, reason } = result as Record<string, unknown>;
    if (typeof pass !== 'boolean')
      throw new ScorerError(`returned ${describe(result)}: pass is not a boolean; ${SHAPE}`);
    if (score !== undefined) {
      if (typeof score !== 'number')
        throw new ScorerError(`returned ${describe(result)}: score is not a number; ${SHAPE}`);
      checkScore(score, 'returned score');
    }
    if (reason !== undefined && typeof reason !== 'string') {
      throw new ScorerError(`returned ${describe(result)}: reason is not a string; ${SHAPE}`);
    }
    return {
      value: score ?? (pass ? 1 : 0),
      pass,
      reason: reason ?? (pass ? 'passed' : 'failed'),
    };
  }
  throw new ScorerError(`returned ${describe(result)}; ${SHAPE}`);
}

function checkScore(score: number, what: string): void {
  if (!(score >= 0 && score <= 1)) throw new ScorerError(`${what} ${score}, outside [0, 1]`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return truncate(JSON.stringify(value) ?? String(value), 200);
  } catch {
    return String(value);
  }
}
