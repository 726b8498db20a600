// What `groundtruth compare` prints: the regressed cases first, then each metric's change with its
// interval and p-value (significant drops on top), the pass rate per slice, and what was not paired.
import Table from 'cli-table3';
import { createColors } from 'picocolors';
import { terminalSafe } from '../report/format.js';
import {
  decisivePValue,
  formatConfidence,
  formatDelta,
  formatFigure,
  formatInterval,
  formatPValue,
  groupLabel,
  metricLabel,
} from './figures.js';
import type { CaseFlip, MetricComparison, RunComparison, SliceMetricComparison } from './types.js';

export interface FormatComparisonOptions {
  color: boolean;
  /** Case ids listed per change and target before "…and N more"; default 20. */
  maxCases?: number;
  /** Slice rows shown; default 30. */
  maxSlices?: number;
}

const DEFAULT_MAX_CASES = 20;
const DEFAULT_MAX_SLICES = 30;
const COMPACT_CHARS = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
/** Significant drops first (largest first), then everything else in its order. */
export function regressionsFirst<T extends MetricComparison>(rows: readonly T[]): T[] {
  const drop = (row: T) => row.significant && row.delta !== null && row.delta < 0;
  return [...rows.filter(drop).sort((a, b) => a.delta! - b.delta!), ...rows.filter((row) => !drop(row))];
}

export function formatComparison(comparison: RunComparison, options: FormatComparisonOptions): string {
  const c = createColors(options.color);
  const style = options.color ? { head: ['bold'], border: ['gray'] } : { head: [], border: [] };
  const { settings } = comparison;
  const lines: string[] = [];
  const drops = comparison.metrics.filter((m) => m.significant && m.delta! < 0);
  const regressed = comparison.flips.cases.filter((f) => f.change === 'regressed').length;
  if (drops.length > 0) lines.push(c.bold(c.red(`✗ ${describeCount(drops.length, 'significant drop')}`)));
  else if (regressed > 0) lines.push(c.bold(c.yellow(`! ${regressed} regressed, no significant drop`)));
  else lines.push(c.bold(c.green('✓ no regression')));
  lines.push(
    c.dim(`base ${describeRun(comparison.baseRun)} → candidate ${describeRun(comparison.candidateRun)}`),
  );
  const unpaired = comparison.unpaired;
  lines.push(
    c.dim(
      `${comparison.paired.toLocaleString('en-US')} paired results · unpaired: ${unpaired.base} only in base, ${unpaired.candidate} only in candidate` +
        (comparison.excluded > 0 ? ` · ${comparison.excluded} excluded` : ''),
    ),
  );

  const maxCases = options.maxCases ?? DEFAULT_MAX_CASES;
  for (const change of ['regressed', 'fixed'] as const) {
    const flips = comparison.flips.cases.filter((f) => f.change === change);
    if (flips.length === 0) continue;
    const paint = change === 'regressed' ? c.red : c.green;
    lines.push('', c.bold(paint(`${change === 'regressed' ? 'Regressed' : 'Fixed'} (${flips.length})`)));
    for (const [label, group] of byGroup(flips)) {
      const shown = group.slice(0, maxCases).map(describeFlip).join(', ');
      const more = group.length > maxCases ? `, …and ${group.length - maxCases} more` : '';
      lines.push(`  ${terminalSafe(label)}: ${shown}${more}`);
    }
  }
  const stillFailing = comparison.flips.cases.filter((f) => f.change === 'stillFailing').length;
  if (stillFailing > 0) lines.push('', c.dim(`Still failing in both runs: ${stillFailing}`));

  if (comparison.metrics.length > 0) {
    const table = metricTable(['target', 'metric', 'n'], settings.confidence, style);
    for (const row of regressionsFirst(comparison.metrics)) {
      table.push([
        terminalSafe(groupLabel(row)),
        terminalSafe(metricLabel(row)),
        right(String(row.n)),
        ...figureCells(row, c),
      ]);
    }
    lines.push('', c.bold('Metrics'), table.toString());
  }

  const sliceRows = comparison.slices.filter((s) => s.kind === 'passRate');
  if (sliceRows.length > 0) {
    const maxSlices = options.maxSlices ?? DEFAULT_MAX_SLICES;
    const table = metricTable(['slice', 'target', 'n'], settings.confidence, style);
    const ordered = regressionsFirst(sliceRows);
    for (const row of ordered.slice(0, maxSlices)) table.push(sliceCells(row, c));
    lines.push('', c.bold('Pass rate per slice'), table.toString());
    if (ordered.length > maxSlices) lines.push(c.dim(`…and ${ordered.length - maxSlices} more slices`));
    lines.push(c.dim('every scorer per slice: --json, or -o report.md'));
  }

  for (const group of unpaired.targets) {
    lines.push(
      c.yellow(
        `unpaired ${terminalSafe(groupLabel(group))}: ${group.base} results only in base, ${group.candidate} only in candidate`,
      ),
    );
  }
  lines.push(
    '',
    c.dim(
      `${formatConfidence(settings.confidence)} CI: paired bootstrap over cases (${settings.resamples.toLocaleString('en-US')} resamples, seed ${settings.seed}); ` +
        `p: McNemar exact for pass/fail, paired permutation for scores; significant: p${settings.holm ? ' (Holm-adjusted)' : ''} < ${settings.alpha}`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

function describeCount(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function describeRun(run: RunComparison['baseRun']): string {
  const git = run.git?.commit ? ` (${run.git.branch ?? 'detached'}@${run.git.commit.slice(0, 7)})` : '';
  const status = run.status === 'completed' ? '' : ` [${run.status}]`;
  return `${run.id}${terminalSafe(git)}${status}`;
}

function describeFlip(flip: CaseFlip): string {
  const id = terminalSafe(flip.caseId);
  return flip.samples === 1
    ? id
    : `${id} (${flip.basePassed}/${flip.samples} → ${flip.candidatePassed}/${flip.samples})`;
}

function byGroup(flips: readonly CaseFlip[]): Map<string, CaseFlip[]> {
  const groups = new Map<string, CaseFlip[]>();
  for (const flip of flips) {
    const label = groupLabel(flip);
    const list = groups.get(label) ?? [];
    list.push(flip);
    groups.set(label, list);
  }
  return groups;
}

function metricTable(
  lead: string[],
  confidence: number,
  style: { head: string[]; border: string[] },
): Table.Table {
  return new Table({
    head: [...lead, 'base', 'candidate', 'change', `${formatConfidence(confidence)} CI`, 'p', ''],
    style,
    chars: COMPACT_CHARS,
  });
}

function right(content: string): Table.Cell {
  return { content, hAlign: 'right' };
}

function figureCells(row: MetricComparison, c: ReturnType<typeof createColors>): Table.Cell[] {
  const mark = verdictMark(row);
  const paint = mark === '▼' ? c.red : mark === '▲' ? c.green : (text: string) => text;
  return [
    right(formatFigure(row.kind, row.base)),
    right(formatFigure(row.kind, row.candidate)),
    right(paint(formatDelta(row.kind, row.delta))),
    right(formatInterval(row.kind, row.ciLow, row.ciHigh)),
    right(formatPValue(decisivePValue(row))),
    paint(mark),
  ];
}

function sliceCells(row: SliceMetricComparison, c: ReturnType<typeof createColors>): Table.Cell[] {
  const dim = row.insufficient ? c.dim : (text: string) => text;
  return [
    dim(terminalSafe(row.slice)),
    dim(terminalSafe(groupLabel(row))),
    right(dim(`${row.n}${row.insufficient ? ' (few)' : ''}`)),
    ...figureCells(row, c),
  ];
}

/** ▼ a significant drop, ▲ a significant gain, nothing otherwise. */
export function verdictMark(row: MetricComparison): '▼' | '▲' | '' {
  if (!row.significant || row.delta === null || row.delta === 0) return '';
  return row.delta < 0 ? '▼' : '▲';
}
