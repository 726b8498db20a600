// Comparing two runs: pairing, paired statistics, case flips, slices, the regression gate, baselines,
// and the console and Markdown renderings of a comparison.
export { type BaselineRequest, resolveBaseline, resolveCandidate } from './baseline.js';
export { compareRuns, DEFAULT_COMPARE_SETTINGS, resolveCompareSettings } from './compare-runs.js';
export { type FormatComparisonOptions, formatComparison } from './console-report.js';
export { renderComparisonMarkdown } from './markdown-report.js';
export { type RegressionGateOptions, regressionOutcomes } from './regression.js';
export type {
  CaseFlip,
  ComparedRun,
  CompareOptions,
  CompareSettings,
  FlipChange,
  Flips,
  MetricComparison,
  MetricKind,
  PairedEstimate,
  PairedTest,
  RunComparison,
  SliceMetricComparison,
  UnpairedGroup,
} from './types.js';
