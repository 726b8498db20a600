// Figures and labels shared by the human-facing reports (console, Markdown, HTML, JUnit), so that a
// number reads the same everywhere. Escaping for each output format stays with its writer.
import { basename } from 'node:path';
import type {
  ConfidenceInterval,
  GateOutcome,
  Result,
  Run,
  RunSummary,
  Score,
  SliceSummary,
  TargetSummary,
} from '../core/index.js';

// C0 controls except tab and newline, DEL and the C1 range (CSI is U+009B).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text from user files (ids, tags, messages quoting them) with every control character shown as `?`, so an escape sequence cannot drive the terminal. */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROL, '?');
}

/** The command that shows a stored run again; printed by the console and the reports. */
export function showRunCommand(runId: string): string {
  return `groundtruth runs show ${runId}`;
}

export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** A latency percentile, or `–` when every result of the target was an error (nothing was timed). */
export function formatLatency(target: TargetSummary, which: 'p50' | 'p95' | 'mean'): string {
  return target.total === target.errors ? '–' : formatMs(target.latency[which]);
}

/** `1 error`, `2 errors`. */
export function plural(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** USD; sub-dollar amounts keep four decimals because per-call costs are often fractions of a cent. */
export function formatCost(usd: number): string {
  if (usd === 0) return '$0';
  return usd < 1 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}

export function formatMean(value: number): string {
  return value.toFixed(3);
}

/** A gate's actual value or limit, in the unit its name implies (see GatesSchema in core/suite.ts). */
export function formatGateFigure(gate: string, value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (['passRate', 'maxErrorRate', 'maxFlakyRate'].some((prefix) => gate.startsWith(prefix)))
    return formatPercent(value);
  if (gate.startsWith('maxCost')) return formatCost(value);
  if (gate.startsWith('maxLatency')) return formatMs(value);
  if (gate.startsWith('minMean')) return formatMean(value);
  // A regression gate's figure is a change on the 0..1 scale: show it in percentage points.
  if (gate.startsWith('regression.'))
    return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value * 100).toFixed(1)} pts`;
  return String(Number(value.toPrecision(4)));
}

/** Gate figures as one phrase: `82.0% (limit 90.0%)`. */
export function describeGateFigures(gate: GateOutcome): string {
  return `${formatGateFigure(gate.gate, gate.actual)} (limit ${formatGateFigure(gate.gate, gate.limit)})`;
}

/** The run's outcome in a few words, for headlines: gates first, then the run's own status. */
export function runVerdict(
  run: Run,
  summary: RunSummary,
): { outcome: 'pass' | 'fail' | 'warn'; text: string } {
  const gates = summary.gates;
  const failed = gates.filter((g) => !g.pass).length;
  if (failed > 0) return { outcome: 'fail', text: `${failed} of ${gates.length} gates failed` };
  if (run.status !== 'completed') return { outcome: 'warn', text: `run ${run.status}` };
  if (gates.length === 1) return { outcome: 'pass', text: 'the gate passed' };
  if (gates.length > 1) return { outcome: 'pass', text: `all ${gates.length} gates passed` };
  return { outcome: 'pass', text: `${formatPercent(summary.passRate)} passed (no gates)` };
}

/** What a reader needs to place the run: suite, id, size, duration, commit. */
export function runFacts(run: Run, summary: RunSummary): string[] {
  const facts = [
    run.description ?? basename(run.suitePath),
    `run ${run.id}`,
    plural(summary.total, 'result'),
    plural(summary.targets.length, 'target'),
    formatMs(summary.durationMs),
  ];
  const git = run.git;
  if (git?.commit) facts.push(`commit ${git.commit.slice(0, 12)}${git.branch ? ` on ${git.branch}` : ''}`);
  return facts;
}

/** True when the run used several prompts, so that labels must name the prompt as well as the target. */
export function hasSeveralPrompts(summary: Pick<RunSummary, 'targets'>): boolean {
  const first = summary.targets[0]?.promptId;
  return summary.targets.some((t) => t.promptId !== first);
}

export function targetLabel(
  target: Pick<TargetSummary, 'targetId' | 'promptId'>,
  severalPrompts: boolean,
): string {
  return severalPrompts ? `${target.targetId}/${target.promptId}` : target.targetId;
}

/** Scorer names across all targets, in first-seen order, for one column (or row) per scorer. */
export function scorerNames(targets: readonly TargetSummary[]): string[] {
  const names = new Set<string>();
  for (const target of targets) for (const scorer of target.scorers) names.add(scorer.name);
  return [...names];
}

/** A share with its 95% interval, in percent: `65.9% [55.1–75.2]`. */
export function formatPercentWithInterval(value: number, ci: ConfidenceInterval | undefined): string {
  const point = formatPercent(value);
  return ci ? `${point} [${(ci.low * 100).toFixed(1)}–${(ci.high * 100).toFixed(1)}]` : point;
}

/**
 * A scorer's figure in a group with its 95% interval: `0.659 [0.55–0.76]`. Corpus metrics show the
 * corpus figure alone (the interval of sentence scores does not describe it).
 */
export function formatScorerWithInterval(target: Pick<TargetSummary, 'scorers'>, name: string): string {
  const scorer = target.scorers.find((s) => s.name === name);
  if (!scorer) return '–';
  if (scorer.corpus !== undefined) return formatMean(scorer.corpus);
  const { ci } = scorer;
  return ci
    ? `${formatMean(scorer.mean)} [${ci.low.toFixed(2)}–${ci.high.toFixed(2)}]`
    : formatMean(scorer.mean);
}

/** A slice's case count, marked when it is too small for its figures to say anything. */
export function formatSliceCases(slice: Pick<SliceSummary, 'cases' | 'total' | 'insufficient'>): string {
  const count = formatCount(slice.cases ?? slice.total);
  return slice.insufficient ? `${count} (few)` : count;
}

/** A scorer's column or row label: corpus metrics (BLEU, chrF) say that their figure is corpus-level. */
export function scorerLabel(targets: readonly TargetSummary[], name: string): string {
  const corpus = targets.some((t) => t.scorers.some((s) => s.name === name && s.corpus !== undefined));
  return corpus ? `${name} (corpus)` : name;
}

/** The figure of a scorer for a target: its corpus value when it has one, else its mean. */
export function scorerMean(target: TargetSummary, name: string): string {
  const scorer = target.scorers.find((s) => s.name === name);
  return scorer ? formatMean(scorer.corpus ?? scorer.mean) : '–';
}

/** The per-target table of the Markdown and HTML reports: headers, which columns are numeric, rows. */
export function targetTable(summary: Pick<RunSummary, 'targets'>): {
  head: string[];
  numeric: boolean[];
  rows: string[][];
} {
  const scorers = scorerNames(summary.targets);
  const severalPrompts = hasSeveralPrompts(summary);
  const head = [
    'Target',
    'Pass rate',
    'Passed',
    'Failed',
    'Errors',
    ...scorers,
    'p50',
    'p95',
    'Tokens',
    'Cost',
    'Cached',
  ];
  const rows = summary.targets.map((t) => [
    targetLabel(t, severalPrompts),
    formatPercent(t.passRate),
    formatCount(t.passed),
    formatCount(t.failed),
    formatCount(t.errors),
    ...scorers.map((name) => scorerMean(t, name)),
    formatLatency(t, 'p50'),
    formatLatency(t, 'p95'),
    formatCount(t.tokens.total),
    formatCost(t.cost),
    formatCount(t.cached),
  ]);
  return { head, numeric: head.map((_, i) => i > 0), rows };
}

/**
 * The per-slice table of the Markdown and HTML reports: one row per slice × target with the case count
 * (marked when too few), the pass rate and every scorer, each with its 95% interval.
 */
export function sliceTable(summary: Pick<RunSummary, 'targets' | 'slices'>): {
  head: string[];
  numeric: boolean[];
  rows: string[][];
} {
  const scorers = scorerNames(summary.targets);
  const severalPrompts = hasSeveralPrompts(summary);
  const head = [
    'Slice',
    'Target',
    'Cases',
    'Pass rate [95% CI]',
    ...scorers.map((n) => scorerLabel(summary.targets, n)),
  ];
  const rows = summary.slices.map((slice) => [
    slice.tag,
    targetLabel(slice, severalPrompts),
    formatSliceCases(slice),
    formatPercentWithInterval(slice.passRate, slice.passRateCi),
    ...scorers.map((name) => formatScorerWithInterval(slice, name)),
  ]);
  return { head, numeric: head.map((_, i) => i > 1), rows };
}

/** Flaky case ids for a table cell or a line: the first few, then how many more. */
export function formatFlakyCases(ids: readonly string[], total: number, max = 8): string {
  if (total === 0) return 'none';
  const shown = ids.slice(0, max).join(', ');
  return total > Math.min(ids.length, max)
    ? `${shown} …and ${formatCount(total - Math.min(ids.length, max))} more`
    : shown;
}

/** The repeats table (targets whose cases have several samples): pass@1, pass@k, pass^k, consistency, flaky. */
export function repeatTable(summary: Pick<RunSummary, 'targets'>): {
  head: string[];
  numeric: boolean[];
  rows: string[][];
} {
  const severalPrompts = hasSeveralPrompts(summary);
  const head = ['Target', 'k', 'Cases', 'pass@1', 'pass@k', 'pass^k', 'Consistency', 'Flaky', 'Flaky cases'];
  const rows = summary.targets.flatMap((t) =>
    t.repeats
      ? [
          [
            targetLabel(t, severalPrompts),
            String(t.repeats.k),
            formatCount(t.repeats.cases),
            formatPercent(t.repeats.passAt1),
            formatPercent(t.repeats.passAtK),
            formatPercent(t.repeats.passHatK),
            formatPercent(t.repeats.consistency),
            `${formatCount(t.repeats.flakyCount)} (${formatPercent(t.repeats.flakyRate)})`,
            formatFlakyCases(t.repeats.flaky, t.repeats.flakyCount),
          ],
        ]
      : [],
  );
  return { head, numeric: head.map((_, i) => i > 0 && i < 8), rows };
}

/** Samples per case configured for the run; 1 when the config does not say. */
export function repeatsOf(run: Run): number {
  const repeat = run.config['repeat'];
  return typeof repeat === 'number' && Number.isInteger(repeat) && repeat > 0 ? repeat : 1;
}

/**
 * A result's name in reports: the case id, plus `#n` (1-based sample number) when the run takes
 * several samples per case, so that each sample has a distinct name.
 */
export function resultLabel(result: Pick<Result, 'caseId' | 'repeat'>, repeats: number): string {
  return repeats > 1 || result.repeat > 0 ? `${result.caseId}#${result.repeat + 1}` : result.caseId;
}

/**
 * The scores that made a result fail: failing scores that carry weight, or, when none does (the
 * status came from elsewhere), every failing score.
 */
export function failingScores(result: Pick<Result, 'scores'>): Score[] {
  const failing = result.scores.filter((s) => !s.pass);
  const deciding = failing.filter((s) => s.weight > 0);
  return deciding.length > 0 ? deciding : failing;
}

/** Why a result did not pass, in one line; empty for a passing result. */
export function describeFailure(result: Pick<Result, 'status' | 'error' | 'scores' | 'score'>): string {
  if (result.status === 'pass') return '';
  if (result.status === 'error') return result.error ?? 'error';
  const scores = failingScores(result);
  if (scores.length === 0)
    return result.score === null ? 'failed' : `failed with score ${formatMean(result.score)}`;
  return scores.map((s) => (s.reason ? `${s.name}: ${s.reason}` : s.name)).join('; ');
}

/** Cuts text to at most `max` UTF-16 units (ellipsis included) without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
