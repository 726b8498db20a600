// The Markdown report: a summary sized for a pull-request comment (GitHub caps them at 65,536
// characters). Every piece of run data is escaped so that a model's output cannot add markup.
import { type GateOutcome, MIN_SLICE_CASES, type Run, type RunSummary } from '../core/index.js';
import {
  describeFailure,
  formatCount,
  formatFlakyCases,
  formatGateFigure,
  formatPercent,
  hasSeveralPrompts,
  plural,
  repeatsOf,
  repeatTable,
  resultLabel,
  runFacts,
  runVerdict,
  showRunCommand,
  sliceTable,
  targetLabel,
  targetTable,
  truncate,
} from './format.js';
import type { ReportInput } from './types.js';

/** GitHub's limit for a comment body. */
export const MARKDOWN_COMMENT_LIMIT = 65_536;
/** Tables stop here, leaving room for the notes that say what was left out. */
const TABLE_BUDGET = MARKDOWN_COMMENT_LIMIT - 4_000;
const DEFAULT_MAX_FAILURES = 20;
const MAX_REASON = 240;
const MAX_OUTPUT = 160;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are stripped on purpose.
const MARKDOWN_SPECIAL = /[\\`*_~[\]|<>&$@]|\r\n|[\u0000-\u001F\u007F]/g;

/**
 * Makes text inert inside a Markdown table cell or paragraph: punctuation that starts markup is
 * backslash-escaped, HTML is entity-escaped, `@` cannot mention anyone, line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => {
    if (c === '<') return '&lt;';
    if (c === '>') return '&gt;';
    if (c === '&') return '&amp;';
    if (c === '@') return '@\u200B';
    if (c === '\r\n' || c === '\n' || c === '\r' || c === '\t') return ' ';
    if (c.charCodeAt(0) < 0x20 || c === '\u007F') return '';
    return `\\${c}`;
  });
}

/** Lines up to a size limit; tables that do not fit end with a note naming what was left out. */
class BoundedLines {
  private readonly lines: string[] = [];
  private size = 0;

  add(line: string): void {
    this.lines.push(line);
    this.size += line.length + 1;
  }

  /** Adds the line unless it would pass the table budget. */
  tryAdd(line: string): boolean {
    if (this.size + line.length + 1 > TABLE_BUDGET) return false;
    this.add(line);
    return true;
  }

  table(header: string[], rightAligned: boolean[], rows: string[][], noun: string): void {
    this.add(row(header));
    this.add(`|${rightAligned.map((right) => (right ? ' ---: ' : ' --- ')).join('|')}|`);
    let shown = 0;
    while (shown < rows.length && this.tryAdd(row(rows[shown]!))) shown++;
    if (shown < rows.length) this.add(`\n_…and ${formatCount(rows.length - shown)} more ${noun}._`);
  }

  toString(): string {
    return this.lines.join('\n');
  }
}

function row(cells: string[]): string {
  return `| ${cells.map(escapeMarkdown).join(' | ')} |`;
}

const VERDICT_SYMBOL = { pass: '✅', fail: '❌', warn: '⚠️' } as const;

function headline(run: Run, summary: RunSummary): string {
  const verdict = runVerdict(run, summary);
  return `## ${VERDICT_SYMBOL[verdict.outcome]} Groundtruth: ${escapeMarkdown(verdict.text)}`;
}

function gateRow(gate: GateOutcome, severalPrompts: boolean): string[] {
  return [
    gate.pass ? '✅' : gate.incomplete ? '⚠️' : '❌',
    gate.gate,
    targetLabel(gate, severalPrompts),
    formatGateFigure(gate.gate, gate.actual),
    formatGateFigure(gate.gate, gate.limit),
  ];
}

/**
 * Renders the Markdown summary. Reads results only until it has `maxFailures` failing or error
 * results, so its cost does not grow with the run.
 */
export async function renderMarkdownReport(
  input: ReportInput,
  options: { maxFailures?: number } = {},
): Promise<string> {
  const { run, summary } = input;
  const maxFailures = options.maxFailures ?? DEFAULT_MAX_FAILURES;
  const severalPrompts = hasSeveralPrompts(summary);
  const out = new BoundedLines();

  out.add(headline(run, summary));
  out.add('');
  out.add(runFacts(run, summary).map(escapeMarkdown).join(' · '));
  out.add('');
  out.add(
    `**${formatPercent(summary.passRate)} passed**: ${formatCount(summary.passed)} passed, ` +
      `${formatCount(summary.failed)} failed, ${plural(summary.errors, 'error')}.`,
  );
  if (run.status !== 'completed') {
    out.add('');
    out.add(
      `> ⚠️ The run is ${run.status}: ${formatCount(summary.total)} of ${formatCount(run.expectedResults)} results.`,
    );
  }

  if (summary.targets.length > 0) {
    const { head, numeric, rows } = targetTable(summary);
    out.add('');
    out.add('### Targets');
    out.add('');
    out.table(head, numeric, rows, 'targets');
  }

  // Regressions first: they are what a pull request review needs to see.
  if (summary.regression) {
    const { baselineRunId, regressed, fixed } = summary.regression;
    out.add('');
    out.add(`### Against baseline ${escapeMarkdown(baselineRunId)}`);
    out.add('');
    out.add(
      `- **${formatCount(regressed.length)} regressed**${regressed.length > 0 ? `: ${escapeMarkdown(formatFlakyCases(regressed, regressed.length, 50))}` : ''}`,
    );
    out.add(
      `- ${formatCount(fixed.length)} fixed${fixed.length > 0 ? `: ${escapeMarkdown(formatFlakyCases(fixed, fixed.length, 50))}` : ''}`,
    );
  }

  const repeats = repeatTable(summary);
  if (repeats.rows.length > 0) {
    out.add('');
    out.add('### Repeats');
    out.add('');
    out.table(repeats.head, repeats.numeric, repeats.rows, 'targets');
  }
  if (summary.quarantined?.length) {
    out.add('');
    out.add(
      `<sub>Quarantined (run and reported, left out of the gates): ${escapeMarkdown(formatFlakyCases(summary.quarantined, summary.quarantined.length))}</sub>`,
    );
  }

  if (summary.gates.length > 0) {
    out.add('');
    out.add('### Gates');
    out.add('');
    out.table(
      ['', 'Gate', 'Target', 'Actual', 'Limit'],
      [false, false, false, true, true],
      summary.gates.map((g) => gateRow(g, severalPrompts)),
      'gates',
    );
    const failing = summary.gates.filter((g) => !g.pass);
    if (failing.length > 0) out.add('');
    for (const gate of failing) {
      if (!out.tryAdd(`- ${gate.incomplete ? '⚠️' : '❌'} ${escapeMarkdown(gate.message)}`)) break;
    }
  }

  if (summary.slices.length > 0) {
    const { head, numeric, rows } = sliceTable(summary);
    out.add('');
    out.add('### Slices');
    out.add('');
    out.table(head, numeric, rows, 'slices');
    if (summary.slices.some((slice) => slice.insufficient)) {
      out.add('');
      out.add(
        `<sub>(few): fewer than ${MIN_SLICE_CASES} cases, too few for the figures to say anything.</sub>`,
      );
    }
  }

  const notPassing = summary.failed + summary.errors;
  if (notPassing > 0 && maxFailures > 0) {
    const repeats = repeatsOf(run);
    const rows: string[][] = [];
    for await (const result of input.results()) {
      if (result.status === 'pass') continue;
      rows.push([
        resultLabel(result, repeats),
        targetLabel(result, severalPrompts),
        result.status,
        truncate(describeFailure(result), MAX_REASON),
        result.output === null ? '' : truncate(result.output, MAX_OUTPUT),
      ]);
      if (rows.length >= maxFailures) break;
    }
    out.add('');
    const shown =
      rows.length === notPassing
        ? formatCount(notPassing)
        : `first ${rows.length} of ${formatCount(notPassing)}`;
    out.add(`### Failures and errors (${shown})`);
    out.add('');
    out.table(
      ['Case', 'Target', 'Status', 'Reason', 'Output'],
      [false, false, false, false, false],
      rows,
      'rows',
    );
  }

  out.add('');
  out.add(`<sub>See the whole run: ${escapeMarkdown(showRunCommand(run.id))}</sub>`);
  return `${out.toString()}\n`;
}

export async function* markdownReport(input: ReportInput): AsyncGenerator<string> {
  yield await renderMarkdownReport(input);
}
