// Reports of a run: the summary the runner stores, the console table, and the report files chosen by
// their extension (JSON, JSONL, JUnit XML, Markdown, HTML), each written by streaming the results.
import { extname } from 'node:path';
import { UsageError } from '../core/index.js';
import { htmlReport } from './html.js';
import { jsonlReport, jsonReport } from './json.js';
import { junitReport } from './junit.js';
import { markdownReport } from './markdown.js';
import { REPORT_FORMATS, type ReportFormat, type ReportInput } from './types.js';
import { writeTextFile } from './write-file.js';

export { type FormatSummaryOptions, formatSummary } from './console.js';
export { embedJson, escapeHtml } from './html.js';
export { type ReportResult, toReportResult } from './json.js';
export { escapeXmlAttribute, escapeXmlText } from './junit.js';
export { escapeMarkdown, MARKDOWN_COMMENT_LIMIT, renderMarkdownReport } from './markdown.js';
export { RunSummarizer, type RunSummaryWithoutGates, summarize } from './summary.js';
export { REPORT_FORMATS, type ReportFormat, type ReportInput } from './types.js';

const WRITERS: Record<ReportFormat, (input: ReportInput) => AsyncIterable<string>> = {
  json: jsonReport,
  jsonl: jsonlReport,
  xml: junitReport,
  md: markdownReport,
  html: htmlReport,
};

/** The report format a file name asks for; a UsageError naming the supported extensions otherwise. */
export function reportFormatFor(path: string): ReportFormat {
  const extension = extname(path).slice(1).toLowerCase();
  if ((REPORT_FORMATS as readonly string[]).includes(extension)) return extension as ReportFormat;
  const found = extension === '' ? 'no extension' : `.${extension}`;
  throw new UsageError(
    `cannot write report ${path}: ${found} is not a report format; use .json, .jsonl, .xml (JUnit), .md or .html`,
  );
}

/** Writes the report `path` asks for by its extension; the file appears only once it is complete. */
export async function writeReport(path: string, input: ReportInput): Promise<void> {
  const format = reportFormatFor(path);
  await writeTextFile(path, WRITERS[format](input));
}
