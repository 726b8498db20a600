// The comparison as Markdown for a pull-request comment: verdict, regressed cases first, then the
// metrics with intervals and p-values, fixed cases, slices. Sized under GitHub's comment limit, and
// every case id, target and slice (user data) escaped with the run reports' own escaping.
import { escapeMarkdown, MARKDOWN_COMMENT_LIMIT } from '../report/markdown.js';
import { regressionsFirst, verdictMark } from './console-report.js';
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
import type { CaseFlip, ComparedRun, FlipChange, MetricComparison, RunComparison } from './types.js';

/** Room kept for the closing notes once the tables stop. */
const BUDGET = MARKDOWN_COMMENT_LIMIT - 2_000;
/** Case tables stop here, so that the metrics after them always fit. */
const MAX_CASE_ROWS = 200;

class Section {
  readonly #lines: string[] = [];
  #size = 0;

  add(line: string): boolean {
    if (this.#size + line.length + 1 > BUDGET) return false;
    this.#lines.push(line);
    this.#size += line.length + 1;
    return true;
  }

  /**
   * A table of escaped cells, at most `maxRows` rows and what fits the budget; rows left out end in a
   * note of how many.
   */
  table(
    head: string[],
    align: Array<'left' | 'right'>,
    rows: string[][],
    noun: string,
    maxRows = rows.length,
  ): void {
    const header = [row(head), `|${align.map((a) => (a === 'right' ? ' ---: ' : ' --- ')).join('|')}|`];
    let shown = 0;
    if (this.#size + header.join('\n').length + 1 <= BUDGET) {
      for (const line of header) this.add(line);
      while (shown < Math.min(rows.length, maxRows) && this.add(row(rows[shown]!))) shown++;
    }
    if (shown < rows.length)
      this.#force(`${shown > 0 ? '\n' : ''}_…and ${rows.length - shown} more ${noun}._`);
  }

  #force(line: string): void {
    this.#lines.push(line);
    this.#size += line.length + 1;
  }

  close(line: string): string {
    this.#force(line);
    return `${this.#lines.join('\n')}\n`;
  }
}

function row(cells: string[]): string {
  return `| ${cells.map(escapeMarkdown).join(' | ')} |`;
}

function runLine(label: string, run: ComparedRun): string {
  const git = run.git?.commit
    ? ` (${run.git.branch ? `branch ${run.git.branch}, ` : ''}commit ${run.git.commit.slice(0, 12)})`
    : '';
  const status = run.status === 'completed' ? '' : ` (${run.status})`;
  return `${label} run ${run.id}${git}${status}, ${run.createdAt.replace('T', ' ').slice(0, 16)} UTC`;
}

/** A table of flipped cases with their passing samples before and after. */
function caseSection(out: Section, title: string, flips: readonly CaseFlip[]): void {
  if (flips.length === 0) return;
  out.add('');
  out.add(`### ${title} (${flips.length})`);
  out.add('');
  out.table(
    ['Case', 'Target', 'Passed before', 'Passed now'],
    ['left', 'left', 'right', 'right'],
    flips.map((f) => [
      f.caseId,
      groupLabel(f),
      `${f.basePassed}/${f.samples}`,
      `${f.candidatePassed}/${f.samples}`,
    ]),
    'cases',
    MAX_CASE_ROWS,
  );
}

function metricRow(m: MetricComparison, lead: string[]): string[] {
  return [
    ...lead,
    String(m.n),
    formatFigure(m.kind, m.base),
    formatFigure(m.kind, m.candidate),
    formatDelta(m.kind, m.delta),
    formatInterval(m.kind, m.ciLow, m.ciHigh),
    formatPValue(decisivePValue(m)),
    verdictMark(m),
  ];
}

const figureHead = (confidence: number) => [
  'n',
  'Base',
  'Candidate',
  'Change',
  `${formatConfidence(confidence)} CI`,
  'p',
  '',
];
const FIGURE_ALIGN: Array<'left' | 'right'> = ['right', 'right', 'right', 'right', 'right', 'right', 'left'];

export function renderComparisonMarkdown(comparison: RunComparison): string {
  const out = new Section();
  const { settings } = comparison;
  const ofChange = (change: FlipChange) => comparison.flips.cases.filter((f) => f.change === change);
  const regressed = ofChange('regressed');
  const drops = comparison.metrics.filter((m) => m.significant && m.delta !== null && m.delta < 0);
  const headline =
    drops.length > 0
      ? `❌ Groundtruth comparison: ${drops.length} significant drop${drops.length === 1 ? '' : 's'}`
      : regressed.length > 0
        ? `⚠️ Groundtruth comparison: ${regressed.length} regressed, no significant drop`
        : '✅ Groundtruth comparison: no regression';
  out.add(`## ${headline}`);
  out.add('');
  out.add(escapeMarkdown(runLine('Base', comparison.baseRun)));
  out.add('');
  out.add(escapeMarkdown(runLine('Candidate', comparison.candidateRun)));
  out.add('');
  const { unpaired } = comparison;
  out.add(
    escapeMarkdown(
      `${comparison.paired} paired results; unpaired: ${unpaired.base} only in base, ${unpaired.candidate} only in candidate` +
        (comparison.excluded > 0 ? `; ${comparison.excluded} excluded` : ''),
    ),
  );

  caseSection(out, 'Regressed cases', regressed);

  if (comparison.metrics.length > 0) {
    out.add('');
    out.add('### Metrics');
    out.add('');
    out.table(
      ['Target', 'Metric', ...figureHead(settings.confidence)],
      ['left', 'left', ...FIGURE_ALIGN],
      regressionsFirst(comparison.metrics).map((m) => metricRow(m, [groupLabel(m), metricLabel(m)])),
      'metrics',
    );
  }

  caseSection(out, 'Fixed cases', ofChange('fixed'));

  if (comparison.slices.length > 0) {
    out.add('');
    out.add('### Slices');
    out.add('');
    out.table(
      ['Slice', 'Target', 'Metric', ...figureHead(settings.confidence)],
      ['left', 'left', 'left', ...FIGURE_ALIGN],
      regressionsFirst(comparison.slices).map((m) =>
        metricRow(m, [m.insufficient ? `${m.slice} (few)` : m.slice, groupLabel(m), metricLabel(m)]),
      ),
      'slice rows',
    );
  }

  const stillFailing = ofChange('stillFailing');
  if (stillFailing.length > 0) {
    out.add('');
    out.add(`Still failing in both runs: ${stillFailing.length}.`);
  }
  out.add('');
  return out.close(
    `<sub>${escapeMarkdown(
      `${formatConfidence(settings.confidence)} CI: paired bootstrap over cases, ${settings.resamples} resamples, seed ${settings.seed}. ` +
        `p: McNemar exact for pass/fail, paired permutation for scores, paired bootstrap for corpus metrics. ` +
        `▼/▲: significant (p${settings.holm ? ', Holm-adjusted,' : ''} < ${settings.alpha}).`,
    )}</sub>`,
  );
}
