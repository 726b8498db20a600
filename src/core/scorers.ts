// Scorer configurations and scores. One zod schema per scorer type; `scorers/` maps each type to a
// handler. Text values are templates over the case's vars and `expected`.
import { z } from 'zod';
import { TargetConfigSchema, type TokenUsage } from './targets.js';

/** Keys every scorer accepts. */
const scorerCommon = {
  name: z
    .string()
    .min(1)
    .optional()
    .describe('Name in reports and gates; defaults to the type (type#2, #3... when repeated)'),
  weight: z
    .number()
    .min(0)
    .default(1)
    .describe('Weight in the result score; 0 reports the scorer without it deciding pass/fail'),
  threshold: z.number().optional().describe('For scored checks: pass when value >= threshold'),
};

/** Expected text: omitted means the case's `expected`. */
const expectedText = z.string().optional().describe('A template; default {{expected}}');

export const EqualsScorerSchema = z.strictObject({
  type: z.literal('equals'),
  ...scorerCommon,
  value: z
    .unknown()
    .optional()
    .describe('A template string, or a JSON value compared with the parsed output'),
  ignoreCase: z.boolean().default(false),
  trim: z.boolean().default(true),
});

export const ContainsScorerSchema = z
  .strictObject({
    type: z.literal('contains'),
    ...scorerCommon,
    value: expectedText,
    all: z.array(z.string()).min(1).optional().describe('Every one of these must appear'),
    any: z.array(z.string()).min(1).optional().describe('At least one of these must appear'),
    ignoreCase: z.boolean().default(false),
  })
  .refine(
    (s) => [s.all, s.any].filter((x) => x !== undefined).length + (s.value !== undefined ? 1 : 0) <= 1,
    {
      message: 'contains takes one of value, all or any',
    },
  );

export const RegexScorerSchema = z.strictObject({
  type: z.literal('regex'),
  ...scorerCommon,
  pattern: z.string().min(1).describe('A JavaScript regular expression (a template)'),
  flags: z
    .string()
    .regex(/^[dgimsuvy]*$/, 'regex flags are d g i m s u v y')
    .default(''),
});

export const StartsWithScorerSchema = z.strictObject({
  type: z.literal('starts-with'),
  ...scorerCommon,
  value: expectedText,
  ignoreCase: z.boolean().default(false),
});

export const IsJsonScorerSchema = z.strictObject({ type: z.literal('is-json'), ...scorerCommon });

export const JsonSchemaScorerSchema = z.strictObject({
  type: z.literal('json-schema'),
  ...scorerCommon,
  schema: z
    .union([z.record(z.string(), z.unknown()), z.string()])
    .describe('A JSON Schema, or the path of a .json/.yaml file holding one'),
});

export const LevenshteinScorerSchema = z.strictObject({
  type: z.literal('levenshtein'),
  ...scorerCommon,
  value: expectedText,
  ignoreCase: z.boolean().default(false),
  threshold: z.number().min(0).max(1).default(0.8).describe('Pass when normalised similarity >= threshold'),
});

export const JavascriptScorerSchema = z
  .strictObject({
    type: z.literal('javascript'),
    ...scorerCommon,
    expression: z
      .string()
      .optional()
      .describe(
        'A JS expression over output, expected, vars, case; returns boolean, number or {pass, score, reason}',
      ),
    path: z.string().optional().describe('A .js/.mjs/.ts module, relative to the suite file'),
    export: z.string().default('default'),
  })
  .refine((s) => (s.expression === undefined) !== (s.path === undefined), {
    message: 'javascript needs exactly one of expression or path',
  });

export const LatencyScorerSchema = z.strictObject({
  type: z.literal('latency'),
  ...scorerCommon,
  maxMs: z.number().positive(),
});

export const CostScorerSchema = z.strictObject({
  type: z.literal('cost'),
  ...scorerCommon,
  max: z.number().min(0).describe('USD per result'),
});

export const JudgeScorerSchema = z.strictObject({
  type: z.literal('judge'),
  ...scorerCommon,
  rubric: z.string().min(1).describe('What a good answer is (a template over vars and expected)'),
  target: z
    .union([z.string().min(1), TargetConfigSchema])
    .describe('The judge model: a target id of this suite, or a target config'),
  prompt: z
    .string()
    .optional()
    .describe('Replaces the built-in judge prompt; sees rubric, output, vars, expected'),
  threshold: z.number().min(0).max(1).default(0.5),
  parseRetries: z.int().min(0).max(5).default(1).describe('Asks again when the verdict cannot be parsed'),
});

/**
 * References of a text metric: a template, or a list of templates (several references); omitted means
 * the case's `expected` (a string, or a list of strings).
 */
const references = z
  .union([z.string(), z.array(z.string()).min(1)])
  .optional()
  .describe('Reference(s): a template or a list of templates; default {{expected}}');

const metricThreshold = z
  .number()
  .min(0)
  .max(1)
  .optional()
  .describe('Pass when value >= threshold; without one the metric only reports (gate it with minMean)');

export const BleuScorerSchema = z.strictObject({
  type: z.literal('bleu'),
  ...scorerCommon,
  threshold: metricThreshold,
  value: references,
  tokenize: z.enum(['13a', 'intl', 'char', 'none']).default('13a'),
  smooth: z.enum(['exp', 'floor', 'add-k', 'none']).default('exp'),
  smoothValue: z.number().min(0).optional().describe('floor: default 0.1; add-k: default 1'),
  lowercase: z.boolean().default(false),
  maxNgramOrder: z.int().min(1).max(9).default(4),
});

export const ChrfScorerSchema = z.strictObject({
  type: z.literal('chrf'),
  ...scorerCommon,
  threshold: metricThreshold,
  value: references,
  charOrder: z.int().min(0).max(9).default(6),
  wordOrder: z.int().min(0).max(9).default(0).describe('2 for chrF++'),
  beta: z.number().min(0).default(2),
  lowercase: z.boolean().default(false),
  whitespace: z.boolean().default(false).describe('Keep whitespace in character n-grams'),
  epsSmoothing: z.boolean().default(false),
});

export const ROUGE_TYPES = [
  'rouge1',
  'rouge2',
  'rouge3',
  'rouge4',
  'rouge5',
  'rouge6',
  'rouge7',
  'rouge8',
  'rouge9',
  'rougeL',
  'rougeLsum',
] as const;

export const RougeScorerSchema = z.strictObject({
  type: z.literal('rouge'),
  ...scorerCommon,
  threshold: metricThreshold,
  value: references,
  variant: z.enum(ROUGE_TYPES).default('rougeL'),
  measure: z.enum(['fmeasure', 'precision', 'recall']).default('fmeasure'),
  stemmer: z.boolean().default(false).describe('Porter stemming of tokens longer than 3 characters'),
});

export const SquadF1ScorerSchema = z.strictObject({
  type: z.literal('squad-f1'),
  ...scorerCommon,
  threshold: metricThreshold,
  value: references.describe('Gold answer(s); the best is taken'),
});

export const SquadEmScorerSchema = z.strictObject({
  type: z.literal('squad-em'),
  ...scorerCommon,
  value: references.describe('Gold answer(s); the best is taken'),
});

const positiveScorerSchemas = [
  EqualsScorerSchema,
  ContainsScorerSchema,
  RegexScorerSchema,
  StartsWithScorerSchema,
  IsJsonScorerSchema,
  JsonSchemaScorerSchema,
  LevenshteinScorerSchema,
  JavascriptScorerSchema,
  LatencyScorerSchema,
  CostScorerSchema,
  JudgeScorerSchema,
  BleuScorerSchema,
  ChrfScorerSchema,
  RougeScorerSchema,
  SquadF1ScorerSchema,
  SquadEmScorerSchema,
] as const;

/** Negates any other scorer (a double negation is not allowed: it says nothing). */
export const NotScorerSchema = z.strictObject({
  type: z.literal('not'),
  ...scorerCommon,
  scorer: z.discriminatedUnion('type', positiveScorerSchemas).describe('The scorer to negate'),
});

export const ScorerConfigSchema = z.discriminatedUnion('type', [...positiveScorerSchemas, NotScorerSchema]);
export type ScorerConfigInput = z.input<typeof ScorerConfigSchema>;
export type ScorerConfig = z.infer<typeof ScorerConfigSchema>;
export type ScorerType = ScorerConfig['type'];
export type ScorerConfigOf<T extends ScorerType> = Extract<ScorerConfig, { type: T }>;

/** What one scorer says about one output. `value` is in [0, 1]. */
/**
 * What a scorer spent on model calls (an LLM judge, re-asks included), kept apart from the target's own
 * tokens and cost: run summaries add it up per target as the cost of scoring.
 */
export interface ScorerUsage {
  calls: number;
  tokens: Required<TokenUsage>;
  /** USD; 0 when the judge's price is unknown. */
  cost: number;
}

export interface ScoreOutcome {
  value: number;
  pass: boolean;
  reason: string;
  usage?: ScorerUsage;
  /**
   * Sufficient statistics of corpus-level metrics (BLEU, chrF): summed over a run's results and turned
   * into one corpus figure, as sacreBLEU does, instead of averaging sentence scores.
   */
  statistics?: number[];
}

/** A stored score: the outcome plus which scorer gave it and how much it counts. */
export interface Score extends ScoreOutcome {
  name: string;
  type: ScorerType;
  weight: number;
}
