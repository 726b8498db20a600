// Target configurations: what is evaluated. One zod schema per type; `targets/` maps each type to
// its implementation, so adding a target is a schema here, a file there and one registry line.
import { z } from 'zod';

const Positive = z.int().positive();

/** Keys every target accepts. */
const targetCommon = {
  id: z
    .string()
    .regex(/^[A-Za-z0-9_.:@/-]+$/, 'letters, digits and _ . : @ / - only')
    .optional()
    .describe('Unique id in the suite; defaults to the type (and model)'),
  label: z.string().optional(),
  timeoutMs: Positive.default(60_000).describe('Per attempt'),
  maxRetries: z
    .int()
    .min(0)
    .max(20)
    .default(2)
    .describe('Retries after the first attempt on 429, 5xx, timeouts'),
  concurrency: Positive.optional().describe('At most this many calls in flight to this target'),
  requestsPerMinute: z.number().positive().optional(),
  cache: z.boolean().optional().describe('Reuse stored responses for the same config and prompt'),
  gate: z.boolean().default(true).describe('false: report this target but leave it out of the gates'),
  pricing: z
    .strictObject({
      inputPerMillion: z.number().min(0),
      outputPerMillion: z.number().min(0),
    })
    .optional()
    .describe('USD per million tokens; overrides the built-in price table'),
};

const headers = z.record(z.string(), z.string());

export const EchoTargetSchema = z.strictObject({ type: z.literal('echo'), ...targetCommon });

export const OpenAITargetSchema = z.strictObject({
  type: z.literal('openai'),
  ...targetCommon,
  model: z.string().min(1),
  baseUrl: z.url().optional().describe('Any OpenAI-compatible endpoint; default https://api.openai.com/v1'),
  apiKey: z.string().optional().describe('Or ${ENV_VAR}; default $OPENAI_API_KEY'),
  organization: z.string().optional(),
  temperature: z.number().min(0).max(2).optional(),
  maxTokens: Positive.optional(),
  topP: z.number().min(0).max(1).optional(),
  seed: z.int().optional(),
  stop: z.array(z.string()).optional(),
  responseFormat: z
    .union([
      z.enum(['text', 'json_object']),
      z.strictObject({ jsonSchema: z.record(z.string(), z.unknown()) }),
    ])
    .optional(),
  headers: headers.optional(),
  extraBody: z.record(z.string(), z.unknown()).optional().describe('Merged into the request body'),
});

export const AnthropicTargetSchema = z.strictObject({
  type: z.literal('anthropic'),
  ...targetCommon,
  model: z.string().min(1),
  baseUrl: z.url().optional(),
  apiKey: z.string().optional().describe('Or ${ENV_VAR}; default $ANTHROPIC_API_KEY'),
  maxTokens: Positive.default(1024),
  temperature: z.number().min(0).max(1).optional(),
  topP: z.number().min(0).max(1).optional(),
  system: z.string().optional().describe('System prompt template'),
  headers: headers.optional(),
});

export const HttpTargetSchema = z.strictObject({
  type: z.literal('http'),
  ...targetCommon,
  url: z.url(),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH']).default('POST'),
  headers: headers.optional(),
  body: z.unknown().optional().describe('JSON body; every string in it is a template ({{prompt}}, vars)'),
  responsePath: z
    .string()
    .optional()
    .describe('Dotted path to the output in the JSON response, e.g. choices.0.message.content'),
  tokenUsage: z
    .strictObject({
      prompt: z.string().optional(),
      completion: z.string().optional(),
      total: z.string().optional(),
    })
    .optional()
    .describe('Dotted paths to token counts in the response'),
});

export const ExecTargetSchema = z.strictObject({
  type: z.literal('exec'),
  ...targetCommon,
  command: z.string().min(1).describe('The program; run without a shell'),
  args: z.array(z.string()).default([]).describe('Arguments; templates ({{prompt}}, vars)'),
  input: z.enum(['stdin', 'argv']).default('stdin').describe('stdin: prompt on stdin; argv: in the args'),
  cwd: z.string().optional(),
  env: z.record(z.string(), z.string()).optional(),
});

export const ModuleTargetSchema = z.strictObject({
  type: z.literal('module'),
  ...targetCommon,
  path: z.string().min(1).describe('A .js/.mjs/.ts file, relative to the suite file'),
  export: z.string().default('default'),
  options: z.unknown().optional().describe('Passed to the function as `options`'),
});

export const TargetConfigSchema = z.discriminatedUnion('type', [
  EchoTargetSchema,
  OpenAITargetSchema,
  AnthropicTargetSchema,
  HttpTargetSchema,
  ExecTargetSchema,
  ModuleTargetSchema,
]);
export type TargetConfigInput = z.input<typeof TargetConfigSchema>;
export type TargetConfig = z.infer<typeof TargetConfigSchema> & { id: string };
export type TargetType = TargetConfig['type'];
export type TargetConfigOf<T extends TargetType> = Extract<TargetConfig, { type: T }>;

export interface TokenUsage {
  prompt?: number;
  completion?: number;
  total?: number;
}

/** What a target returns for one prompt. */
export interface TargetResponse {
  output: string;
  tokenUsage?: TokenUsage;
  /** USD. */
  cost?: number;
}

/**
 * Keys whose values are secrets: never logged, stored, or part of a cache key. Matches config keys
 * (`apiKey`), headers (`Authorization`, `x-api-key`, `X-Auth-Token`) and environment names
 * (`OPENAI_API_KEY`, `GITHUB_TOKEN`), but not counters such as `maxTokens` or `tokenUsage`.
 */
const SECRET_KEY =
  /api[-_]?key|secret|passw(or)?d|authorization|cookie|credential|(^|[-_.])(token|key|pat)$/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** A deep copy with every secret value replaced, for storing run configs and building cache keys. */
export function redactSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map(redactSecrets) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = isSecretKey(k) && v !== undefined ? '[redacted]' : redactSecrets(v);
    }
    return out as T;
  }
  return value;
}
