// Number, interval, time and name formatting shared by every page: one place decides how a figure reads,
// so a pass rate, a delta or a p-value looks the same on the run page, in a comparison and in a trend.
import type { ConfidenceInterval } from '../../../src/core/index';

const MINUS = '\u2212';
const DASH = '\u2013';
export const MISSING = '\u2014';

const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function signed(value: number, digits: number): string {
  const fixed = Math.abs(value).toFixed(digits);
  // A value that rounds to zero reads as zero, without a sign that suggests a direction.
  if (Number(fixed) === 0) return fixed;
  return (value < 0 ? MINUS : '+') + fixed;
}

/** A share on the 0..1 scale as a percentage: 0.6585 → "65.9%". */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return MISSING;
  return `${(share * 100).toFixed(digits)}%`;
}

/** A scorer's value (mean, corpus figure) with three decimals, as the console report prints it. */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return value.toFixed(3);
}

/** A 95% interval of a share: "58.2–72.9%". */
export function formatPercentInterval(ci: Pick<ConfidenceInterval, 'low' | 'high'> | undefined): string {
  if (!ci) return MISSING;
  return `${(ci.low * 100).toFixed(1)}${DASH}${(ci.high * 100).toFixed(1)}%`;
}

/** A 95% interval of a mean: "0.582–0.729". */
export function formatScoreInterval(ci: Pick<ConfidenceInterval, 'low' | 'high'> | undefined): string {
  if (!ci) return MISSING;
  return `${ci.low.toFixed(3)}${DASH}${ci.high.toFixed(3)}`;
}

const CI_METHODS: Record<ConfidenceInterval['method'], string> = {
  wilson: 'Wilson score interval',
  bootstrap: 'percentile bootstrap interval',
  normal: 'normal-approximation interval',
};

/** The tooltip that says how an interval was computed. */
export function describeInterval(ci: ConfidenceInterval | undefined): string {
  if (!ci) return 'no interval';
  return `95% ${CI_METHODS[ci.method]}`;
}

/** How a comparison's metric reads: pass rates in percentage points, scorer values as decimals. */
export type DeltaScale = 'points' | 'score';

/** candidate − base: "+3.2 pts", "−0.041"; a null delta (nothing paired) reads as missing. */
export function formatDelta(delta: number | null | undefined, scale: DeltaScale): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return MISSING;
  return scale === 'points' ? `${signed(delta * 100, 1)} pts` : signed(delta, 3);
}

/** The interval of a delta: "[−1.0, +7.4] pts", "[−0.052, +0.013]". */
export function formatDeltaInterval(
  low: number | null | undefined,
  high: number | null | undefined,
  scale: DeltaScale,
): string {
  if (low === null || low === undefined || high === null || high === undefined) return MISSING;
  if (scale === 'points') return `[${signed(low * 100, 1)}, ${signed(high * 100, 1)}] pts`;
  return `[${signed(low, 3)}, ${signed(high, 3)}]`;
}

/** A p-value with three decimals; below 0.001 it reads "<0.001" rather than a misleading 0.000. */
export function formatPValue(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return MISSING;
  if (p < 0.001) return '<0.001';
  return p.toFixed(3);
}

/** Latency and durations: "840 ms", "1.25 s", "2 min 05 s", "1 h 02 min". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return MISSING;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(2)} s`;
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
}

/** US dollars: "$1.23"; small amounts keep two significant digits ("$0.0042") so they do not read as free. */
export function formatCost(usd: number | null | undefined): string {
  if (usd === null || usd === undefined || !Number.isFinite(usd)) return MISSING;
  if (usd === 0) return '$0';
  if (usd < 0.0001) return '<$0.0001';
  if (usd < 0.01) return `$${Number(usd.toPrecision(2))}`;
  return `$${usd.toFixed(2)}`;
}

/** Counts with thousands separators: 100000 → "100,000". */
export function formatCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return MISSING;
  return integerFormat.format(n);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A timestamp in the reader's local time: "2026-11-28 04:24". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** "just now", "5 min ago", "3 h ago", "2 d ago"; older than a month: the date. */
export function formatRelativeTime(iso: string, now: number = Date.now()): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const seconds = Math.round((now - then) / 1000);
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} d ago`;
  return formatDateTime(iso).slice(0, 10);
}

/** The first 7 characters of a git commit, as git prints it. */
export function shortCommit(commit: string | undefined): string {
  return commit ? commit.slice(0, 7) : '';
}

/** The last segment of a path, either separator: `/a/b/cases.csv` → "cases.csv". */
export function fileName(path: string): string {
  return pathParts(path).at(-1) ?? path;
}

function pathParts(path: string): string[] {
  return path.split(/[\\/]+/).filter((p) => p.length > 0);
}

const SUITE_FILE = /^groundtruth\.ya?ml$/i;

/**
 * A readable name for a suite path: the folder of a `groundtruth.yaml`, else the file name.
 * `/repo/examples/quickstart/groundtruth.yaml` → "quickstart".
 */
export function suiteName(suitePath: string): string {
  const parts = pathParts(suitePath);
  const file = parts.at(-1) ?? suitePath;
  if (SUITE_FILE.test(file) && parts.length > 1) return parts.at(-2)!;
  return file;
}
