// The suite file (groundtruth.yaml): prompts, targets, dataset, scorers, gates. The zod schema here
// is the single source of truth for validation, the TypeScript types and schema/groundtruth.schema.json.
import { z } from 'zod';
import { type Case, CaseInputSchema, type CaseOrigin } from './case.js';
import { type Prompt, PromptSpecSchema } from './prompt.js';
import { type ScorerConfig, ScorerConfigSchema } from './scorers.js';
import { type TargetConfig, TargetConfigSchema } from './targets.js';

const Fraction = z.number().min(0).max(1);

export const GatesSchema = z.strictObject({
  passRate: Fraction.optional().describe('Minimum share of results that pass, per target'),
  minMean: z
    .record(z.string(), z.number())
    .optional()
    .describe('Minimum mean value per scorer name, per target'),
  maxErrorRate: Fraction.optional().describe(
    'Maximum share of error results per target; over it the run is incomplete (exit 3)',
  ),
  maxCost: z.number().min(0).optional().describe('Maximum total cost in USD per target'),
  maxLatencyP95Ms: z.number().positive().optional().describe('Maximum 95th percentile latency per target'),
  maxFlakyRate: Fraction.optional().describe(
    'With repeats: maximum share of cases that pass in some samples and fail in others, per target',
  ),
  regression: z
    .strictObject({
      baseline: z
        .string()
        .min(1)
        .default('latest')
        .describe(
          'latest (completed run of this suite), a run id, or a git branch name (its latest completed run)',
        ),
      maxDrop: z.number().min(0).max(1).default(0.02).describe('A drop must be larger than this to fail'),
      alpha: z.number().gt(0).lt(1).default(0.05).describe('…and statistically significant at this level'),
    })
    .optional()
    .describe('Fail only on drops against a baseline run that are both significant and larger than maxDrop'),
});
export type Gates = z.infer<typeof GatesSchema>;

/** Without a `gates` section every result must pass, as in a test runner. `gates: {}` turns gating off. */
export const DEFAULT_GATES: Gates = { passRate: 1 };

export const SuiteFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  prompt: PromptSpecSchema.optional().describe('A template, a chat, or file://path'),
  prompts: z
    .array(PromptSpecSchema)
    .min(1)
    .optional()
    .describe('Several prompts: each is run against each target'),
  targets: z.array(TargetConfigSchema).min(1).describe('The systems under test'),
  dataset: z
    .union([
      z.string().min(1),
      z.array(CaseInputSchema),
      z.strictObject({
        name: z.string().min(1).describe('A dataset imported with `groundtruth dataset import`'),
        version: z.string().min(1).default('latest').describe('A version id, or latest'),
      }),
    ])
    .optional()
    .describe(
      'A .csv/.jsonl/.json/.yaml file relative to the suite file, inline cases, or a stored dataset version',
    ),
  scorers: z.array(ScorerConfigSchema).default([]),
  gates: GatesSchema.optional(),
  concurrency: z.int().min(1).max(1024).default(8).describe('Calls in flight across all targets'),
  repeat: z.int().min(1).max(1000).default(1).describe('Samples of every case per target'),
  repeatPerTag: z
    .record(z.string(), z.int().min(1).max(1000))
    .default({})
    .describe("Samples for cases with a tag (the largest applies); a case's own repeat wins"),
  sliceBy: z
    .array(z.string().min(1))
    .default([])
    .describe('Metadata fields whose values become slices, as field:value, besides tags'),
  quarantine: z
    .array(z.string().min(1))
    .default([])
    .describe('Case ids run and reported but left out of the gates (known-flaky cases)'),
  cache: z.boolean().default(true).describe('Reuse stored responses of cacheable targets'),
});
export type SuiteFileInput = z.input<typeof SuiteFileSchema>;
export type SuiteFile = z.infer<typeof SuiteFileSchema>;

/** A named scorer, ready for the registry. */
export type NamedScorer = ScorerConfig & { name: string };

/** Where the dataset is: a file, cases written in the suite, or a stored dataset version. */
export type DatasetRef =
  | { kind: 'file'; path: string; format: DatasetFormat }
  | { kind: 'stored'; name: string; version: string }
  | {
      kind: 'inline';
      cases: Case[];
      /** Where each case is written in the suite file (same order), for error messages. */
      origins?: CaseOrigin[];
    };
export type DatasetFormat = 'csv' | 'jsonl' | 'json' | 'yaml';

/** A loaded, validated suite with every path resolved and every default applied. */
export interface Suite {
  /** Absolute path of the suite file. */
  path: string;
  /** Folder of the suite file; relative paths resolve against it. */
  dir: string;
  description?: string;
  prompts: Prompt[];
  targets: TargetConfig[];
  dataset: DatasetRef;
  scorers: NamedScorer[];
  gates: Gates;
  concurrency: number;
  repeat: number;
  repeatPerTag: Record<string, number>;
  sliceBy: string[];
  quarantine: string[];
  cache: boolean;
  /** Hash of the suite file's content: same content, same hash. */
  hash: string;
}
