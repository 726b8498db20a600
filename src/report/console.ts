// The end-of-run summary `groundtruth eval` prints: targets side by side (one column each, so 1–3
// targets fit 80 columns), slices, gates, and how to see the run again.
import Table from 'cli-table3';
import { createColors } from 'picocolors';
import { MIN_SLICE_CASES, type Run, type RunSummary, type SliceSummary } from '../core/index.js';
import {
  describeGateFigures,
  formatCost,
  formatCount,
  formatFlakyCases,
  formatLatency,
  formatPercent,
  formatPercentWithInterval,
  formatScorerWithInterval,
  formatSliceCases,
  hasSeveralPrompts,
  runFacts,
  runVerdict,
  scorerLabel,
  scorerMean,
  scorerNames,
  showRunCommand,
  targetLabel,
  terminalSafe,
} from './format.js';

const DEFAULT_MAX_SLICES = 20;
/** Target names wrap at this width so three target columns still fit an 80-column terminal. */
const COLUMN_WIDTH = 16;
const TERMINAL_WIDTH = 80;

const BREAK_AFTER = /[-_:/.@ ]/;

/** Splits a long name into lines of at most `width`, preferring to break after a separator. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    let cut = width;
    for (let i = width - 1; i >= width / 2; i--) {
      if (BREAK_AFTER.test(rest[i]!)) {
        cut = i + 1;
        break;
      }
    }
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  lines.push(rest);
  return lines.join('\n');
}

/** Borders without a rule between rows: half the height of cli-table3's default. */
const COMPACT_CHARS = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export interface FormatSummaryOptions {
  color: boolean;
  /** Slice rows shown before "…and N more"; default 20. */
  maxSlices?: number;
  /** Terminal columns: the slice table drops its scorer columns rather than exceed them; default unlimited. */
  width?: number;
  /** How to see this run again from where the user is (store flags included); default `groundtruth runs show ID`. */
  showCommand?: string;
}

export function formatSummary(run: Run, summary: RunSummary, options: FormatSummaryOptions): string {
  const c = createColors(options.color);
  // Without colour, cli-table3 must not add its own codes to headers and borders.
  const style = options.color ? { head: ['bold'], border: ['gray'] } : { head: [], border: [] };
  const severalPrompts = hasSeveralPrompts(summary);
  const lines: string[] = [];

  const verdict = runVerdict(run, summary);
  const paint = verdict.outcome === 'pass' ? c.green : verdict.outcome === 'fail' ? c.red : c.yellow;
  const symbol = verdict.outcome === 'pass' ? '✓' : verdict.outcome === 'fail' ? '✗' : '!';
  lines.push(c.bold(paint(`${symbol} ${terminalSafe(verdict.text)}`)));
  for (const line of joinWithin(runFacts(run, summary).map(terminalSafe), ' · ', TERMINAL_WIDTH))
    lines.push(c.dim(line));
  lines.push(
    `${c.bold(formatPercent(summary.passRate))} passed: ${formatCount(summary.passed)} passed, ` +
      `${failedCount(summary.failed, c.red)} failed, ${failedCount(summary.errors, c.yellow)} ${summary.errors === 1 ? 'error' : 'errors'}`,
  );

  if (summary.targets.length === 0) {
    lines.push('', 'No results.');
  } else {
    const scorers = scorerNames(summary.targets);
    const anyCached = summary.targets.some((t) => t.cached > 0);
    const targets = new Table({
      head: [
        '',
        ...summary.targets.map((t) => wrap(terminalSafe(targetLabel(t, severalPrompts)), COLUMN_WIDTH)),
      ],
      style,
      chars: COMPACT_CHARS,
    });
    const metric = (label: string, cell: (t: (typeof summary.targets)[number]) => string) =>
      targets.push([
        // Per line, so that the dim style does not run into the border of a wrapped cell.
        label.split('\n').map(c.dim).join('\n'),
        ...summary.targets.map((t) => ({ content: cell(t), hAlign: 'right' as const })),
      ]);
    metric('pass rate', (t) => formatPercent(t.passRate));
    metric(
      'pass/fail/err',
      (t) =>
        `${formatCount(t.passed)} / ${failedCount(t.failed, c.red)} / ${failedCount(t.errors, c.yellow)}`,
    );
    for (const name of scorers) {
      metric(wrap(terminalSafe(scorerLabel(summary.targets, name)), COLUMN_WIDTH), (t) =>
        scorerMean(t, name),
      );
    }
    metric('latency p50', (t) => formatLatency(t, 'p50'));
    metric('latency p95', (t) => formatLatency(t, 'p95'));
    metric('tokens', (t) => formatCount(t.tokens.total));
    metric('cost', (t) => formatCost(t.cost));
    if (summary.targets.some((t) => t.scoring)) {
      metric('judging cost', (t) => (t.scoring ? formatCost(t.scoring.cost) : '–'));
    }
    if (anyCached) metric('cached', (t) => formatCount(t.cached));
    lines.push('', targets.toString());
  }

  const repeated = summary.targets.filter((t) => t.repeats);
  if (repeated.length > 0) {
    lines.push('', c.bold('Repeats'));
    for (const t of repeated) {
      const r = t.repeats!;
      lines.push(
        `  ${terminalSafe(targetLabel(t, severalPrompts))}: pass@1 ${formatPercent(r.passAt1)} · pass@${r.k} ${formatPercent(r.passAtK)} · ` +
          `pass^${r.k} ${formatPercent(r.passHatK)} · consistency ${formatPercent(r.consistency)} · ` +
          `flaky ${formatCount(r.flakyCount)} of ${formatCount(r.cases)}${r.flakyCount > 0 ? `: ${terminalSafe(formatFlakyCases(r.flaky, r.flakyCount, 5))}` : ''}`,
      );
    }
  }
  if (summary.quarantined?.length) {
    lines.push(
      '',
      c.dim(
        `Quarantined (run and reported, left out of the gates): ${terminalSafe(formatFlakyCases(summary.quarantined, summary.quarantined.length))}`,
      ),
    );
  }

  if (summary.slices.length > 0) {
    const maxSlices = options.maxSlices ?? DEFAULT_MAX_SLICES;
    // Every scorer per slice with its interval when the terminal has room (and always in logs, where
    // width is unknown); otherwise the pass rate alone, and where to find the rest.
    const shown = summary.slices.slice(0, maxSlices);
    let slices = sliceTableText(shown, scorerNames(summary.targets), severalPrompts, style, c);
    const narrow = options.width !== undefined && firstLineWidth(slices) > options.width;
    if (narrow) slices = sliceTableText(shown, [], severalPrompts, style, c);
    lines.push('', c.bold('Slices'), slices);
    if (narrow)
      lines.push(c.dim('scorers per slice with 95% CIs: widen the terminal, or -o report.md/.html'));
    const hidden = summary.slices.length - maxSlices;
    if (hidden > 0)
      lines.push(
        c.dim(
          `…and ${formatCount(hidden)} more slices (${options.showCommand ?? showRunCommand(run.id)} --json)`,
        ),
      );
    if (summary.slices.some((s) => s.insufficient)) {
      lines.push(
        c.dim(`(few): fewer than ${MIN_SLICE_CASES} cases, too few for the figures to say anything`),
      );
    }
  }

  if (summary.regression) {
    const { baselineRunId, regressed, fixed } = summary.regression;
    lines.push(
      '',
      c.bold(`Against baseline ${terminalSafe(baselineRunId)}`),
      `  ${regressed.length > 0 ? c.red(`${formatCount(regressed.length)} regressed`) : '0 regressed'}${regressed.length > 0 ? `: ${terminalSafe(formatFlakyCases(regressed, regressed.length, 10))}` : ''}`,
      `  ${formatCount(fixed.length)} fixed${fixed.length > 0 ? `: ${terminalSafe(formatFlakyCases(fixed, fixed.length, 10))}` : ''}`,
    );
  }

  if (summary.gates.length > 0) {
    lines.push('', c.bold('Gates'));
    const names = summary.gates.map((g) => terminalSafe(g.gate));
    const targetsOfGates = summary.gates.map((g) => terminalSafe(targetLabel(g, severalPrompts)));
    const nameWidth = Math.max(...names.map((n) => n.length));
    const targetWidth = Math.max(...targetsOfGates.map((t) => t.length));
    summary.gates.forEach((gate, i) => {
      const mark = gate.pass ? c.green('✓') : c.red('✗');
      const note = gate.incomplete ? c.yellow(' (incomplete)') : '';
      lines.push(
        `  ${mark} ${names[i]!.padEnd(nameWidth)}  ${targetsOfGates[i]!.padEnd(targetWidth)}  ${describeGateFigures(gate)}${note}`,
      );
    });
  }

  lines.push('', c.dim(`Run ${run.id} · see it again: ${options.showCommand ?? showRunCommand(run.id)}`));
  return `${lines.join('\n')}\n`;
}

function sliceTableText(
  slices: readonly SliceSummary[],
  scorers: readonly string[],
  severalPrompts: boolean,
  style: { head: string[]; border: string[] },
  c: ReturnType<typeof createColors>,
): string {
  const table = new Table({
    head: [
      'slice',
      'target',
      'cases',
      'pass rate [95% CI]',
      ...scorers.map((n) => wrap(terminalSafe(n), COLUMN_WIDTH)),
    ],
    style,
    chars: COMPACT_CHARS,
  });
  for (const slice of slices) {
    const dim = slice.insufficient ? c.dim : (text: string) => text;
    table.push([
      dim(terminalSafe(slice.tag)),
      dim(terminalSafe(targetLabel(slice, severalPrompts))),
      { content: dim(formatSliceCases(slice)), hAlign: 'right' },
      { content: dim(formatPercentWithInterval(slice.passRate, slice.passRateCi)), hAlign: 'right' },
      ...scorers.map((name) => ({
        content: dim(formatScorerWithInterval(slice, name)),
        hAlign: 'right' as const,
      })),
    ]);
  }
  return table.toString();
}

/** Visible width of a table's first line (colour codes excluded). */
function firstLineWidth(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
  return (text.split('\n')[0] ?? '').replace(/\u001b\[[0-9;]*m/g, '').length;
}

/** Joins parts with a separator, starting a new line rather than passing `width`. */
function joinWithin(parts: string[], separator: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (line !== '' && line.length + separator.length + part.length > width) {
      lines.push(line);
      line = part;
    } else {
      line = line === '' ? part : line + separator + part;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function failedCount(n: number, paint: (text: string) => string): string {
  return n > 0 ? paint(formatCount(n)) : formatCount(n);
}
