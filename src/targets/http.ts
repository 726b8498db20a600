// The http target: any JSON API, called with Node's fetch. The request body is built as an object
// from the config's template strings and serialised once, never assembled by string concatenation.
import {
  ConfigError,
  type TargetConfigOf,
  TargetError,
  type TargetResponse,
  type TokenUsage,
} from '../core/index.js';
import { compileTemplate } from '../template/index.js';
import { compilePath, type PathReader } from './dotted-path.js';
import { connectionError, httpStatusError, unexpectedResponseError } from './http-errors.js';
import { isCount } from './json-values.js';
import type { TargetFactory } from './types.js';

type HttpConfig = TargetConfigOf<'http'>;
type BodyBuilder = (context: Record<string, unknown>) => unknown;

export const createHttpTarget: TargetFactory<'http'> = (config) => {
  if (config.method === 'GET' && config.body !== undefined) {
    throw new ConfigError(`target ${config.id}: a GET request has no body; use POST, PUT or PATCH`);
  }
  const buildBody = config.body === undefined ? undefined : compileBody(config.body);
  const readOutput = config.responsePath === undefined ? undefined : pathReader(config, config.responsePath);
  const usageReaders = compileUsagePaths(config);
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json, text/plain, */*',
    ...config.headers,
  };
  const { pathname, host } = new URL(config.url);

  return {
    id: config.id,
    config,
    cacheable: true,
    async call({ prompt, vars, signal }) {
      const context = { ...vars, prompt: prompt.text, messages: prompt.messages, vars };
      const body = buildBody === undefined ? undefined : JSON.stringify(buildBody(context));
      let status: number;
      let text: string;
      let response: Response;
      try {
        response = await fetch(config.url, { method: config.method, headers, body, signal });
        status = response.status;
        text = await response.text();
      } catch (err) {
        if (signal.aborted) throw new TargetError(config.id, 'request aborted');
        // The URL's query may hold a key: name only host and path.
        throw connectionError(config.id, err, `${host}${pathname}`);
      }
      if (status < 200 || status > 299) {
        throw httpStatusError(config.id, { status, body: text, headers: response.headers });
      }
      return parseResponse(config, text, readOutput, usageReaders);
    },
  };
};

/**
 * Compiles the body once. Strings are templates over `{prompt, messages, ...vars, vars}`; a string
 * that is exactly one `{{ name }}` of a non-string value (a chat's `messages`, a numeric or object
 * variable) inserts the value itself, so `messages: "{{ messages }}"` sends an array, not its text.
 */
export function compileBody(value: unknown): BodyBuilder {
  if (typeof value === 'string') {
    const template = compileTemplate(value);
    const whole = WHOLE_EXPRESSION.exec(value);
    if (!whole?.[1]) return (context) => template.render(context);
    const read = compilePath(whole[1]);
    return (context) => {
      const raw = read(context);
      return raw !== undefined && raw !== null && typeof raw !== 'string' ? raw : template.render(context);
    };
  }
  if (Array.isArray(value)) {
    const items = value.map(compileBody);
    return (context) => items.map((item) => item(context));
  }
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).map(([key, child]) => [key, compileBody(child)] as const);
    return (context) => {
      const out: Record<string, unknown> = {};
      for (const [key, member] of members) out[key] = member(context);
      return out;
    };
  }
  return () => value;
}

const WHOLE_EXPRESSION = /^\{\{\s*([A-Za-z_$][\w$]*(?:\.[\w$]+)*)\s*\}\}$/;

function pathReader(config: HttpConfig, path: string): PathReader {
  try {
    return compilePath(path);
  } catch (err) {
    throw new ConfigError(`target ${config.id}: ${(err as Error).message}`);
  }
}

interface UsageReaders {
  prompt?: PathReader;
  completion?: PathReader;
  total?: PathReader;
}

function compileUsagePaths(config: HttpConfig): UsageReaders | undefined {
  if (!config.tokenUsage) return undefined;
  const readers: UsageReaders = {};
  for (const side of ['prompt', 'completion', 'total'] as const) {
    const path = config.tokenUsage[side];
    if (path !== undefined) readers[side] = pathReader(config, path);
  }
  return readers;
}

/**
 * With `responsePath`, the value there (text as is, anything else as JSON). Without it, the whole
 * body: a JSON string is unwrapped, anything else is returned as the raw text.
 */
function parseResponse(
  config: HttpConfig,
  text: string,
  readOutput: PathReader | undefined,
  usageReaders: UsageReaders | undefined,
): TargetResponse {
  const needsJson = readOutput !== undefined || usageReaders !== undefined;
  let json: unknown;
  let parsed = false;
  if (needsJson || text.trimStart().startsWith('"')) {
    try {
      json = JSON.parse(text);
      parsed = true;
    } catch {
      if (needsJson) throw unexpectedResponseError(config.id, 'invalid JSON in response', text);
    }
  }
  let output: string;
  if (readOutput) {
    const value = readOutput(json);
    if (value === undefined || value === null) {
      throw unexpectedResponseError(
        config.id,
        `responsePath "${config.responsePath}" is missing in the response`,
        text,
      );
    }
    output = typeof value === 'string' ? value : JSON.stringify(value);
  } else {
    output = parsed && typeof json === 'string' ? json : text;
  }
  const tokenUsage = usageReaders ? readUsage(usageReaders, json) : undefined;
  return tokenUsage ? { output, tokenUsage } : { output };
}

function readUsage(readers: UsageReaders, json: unknown): TokenUsage | undefined {
  const usage: TokenUsage = {};
  for (const side of ['prompt', 'completion', 'total'] as const) {
    const value = readers[side]?.(json);
    if (isCount(value)) usage[side] = value;
  }
  if (usage.total === undefined && usage.prompt !== undefined && usage.completion !== undefined) {
    usage.total = usage.prompt + usage.completion;
  }
  return Object.keys(usage).length > 0 ? usage : undefined;
}
