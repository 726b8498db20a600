// groundtruth: the programmatic API. Load a suite, run it against a store, summarise, gate, report.
// Pure metrics and statistics live in their own entry points: groundtruth/metrics, groundtruth/stats.
export * from './core/index.js';
export { evaluateGates, gateExitCode } from './eval/gates.js';
export { planRun, type RunPlan, type RunShape } from './eval/plan.js';
export { type EvalOutcome, type EvalProgress, type EvalRequest, runEval } from './eval/run-eval.js';
export { effectiveStatus } from './eval/run-status.js';
export { formatSummary, type ReportInput, reportFormatFor, summarize, writeReport } from './report/index.js';
export { createScorers, type ScoreInput, type Scorer, scoreOutput } from './scorers/index.js';
export { openStore } from './store/index.js';
export type { Store, StoredResult } from './store/types.js';
export { loadSuite, openDataset } from './suite/index.js';
export { computeCost, createInvoker, createTarget, lookupPrice } from './targets/index.js';
export type { Target, TargetCallInput, TargetContext, TargetInvoker } from './targets/types.js';
