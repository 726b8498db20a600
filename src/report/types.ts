// What every report writer reads: the run, its summary (gates included) and a way to stream its results.
import type { Run, RunSummary } from '../core/index.js';
import type { StoredResult } from '../store/types.js';

export interface ReportInput {
  run: Run;
  summary: RunSummary;
  /**
   * Streams the run's results from the start; writers may call it more than once (the HTML report
   * reads failures first, then passes) and may stop early (the Markdown report).
   */
  results: () => AsyncIterable<StoredResult>;
}

export const REPORT_FORMATS = ['json', 'jsonl', 'xml', 'md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
