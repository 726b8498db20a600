// Bins of score values for the distribution charts: fixed 0..1 bins for scores on that scale (so charts
// of different targets line up), the observed range otherwise (raw values such as latencies).

export interface HistogramBin {
  /** Inclusive lower edge; the last bin also includes its upper edge. */
  low: number;
  high: number;
  label: string;
}

export interface Histogram {
  bins: HistogramBin[];
  /** counts[series][bin] */
  counts: Map<string, number[]>;
}

function edgeLabel(x: number, unit: boolean): string {
  if (unit) return x.toFixed(1);
  const abs = Math.abs(x);
  return abs >= 100 ? x.toFixed(0) : abs >= 1 ? x.toFixed(1) : x.toPrecision(2);
}

function binsOver(low: number, high: number, binCount: number, unit: boolean): HistogramBin[] {
  const width = (high - low) / binCount;
  return Array.from({ length: binCount }, (_, i) => {
    const from = low + i * width;
    const to = i === binCount - 1 ? high : low + (i + 1) * width;
    return { low: from, high: to, label: `${edgeLabel(from, unit)}\u2013${edgeLabel(to, unit)}` };
  });
}

/**
 * Counts already binned over tenths (or any equal bins) of 0..1, as run summaries store them per
 * target and scorer: the chart of every result of a run, however large.
 */
export function histogramFromCounts(counts: ReadonlyMap<string, readonly number[]>): Histogram {
  const binCount = Math.max(1, ...[...counts.values()].map((row) => row.length));
  return { bins: binsOver(0, 1, binCount, true), counts: new Map([...counts].map(([k, v]) => [k, [...v]])) };
}

export function histogram(series: ReadonlyMap<string, readonly number[]>, binCount = 10): Histogram {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const values of series.values()) {
    for (const v of values) {
      if (!Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const unit = min === Number.POSITIVE_INFINITY || (min >= 0 && max <= 1);
  const low = unit ? 0 : min;
  const high = unit ? 1 : max === min ? min + 1 : max;
  const bins = binsOver(low, high, binCount, unit);
  // Multiplying by bins-per-unit, not dividing by the width: 0.3 / 0.1 is 2.9999999999999996, which
  // would put 0.3 in the 0.2–0.3 bin; 0.3 × 10 is not below 3. The run summary bins the same way.
  const perUnit = binCount / (high - low);
  const counts = new Map<string, number[]>();
  for (const [name, values] of series) {
    const row = new Array<number>(binCount).fill(0);
    for (const v of values) {
      if (!Number.isFinite(v)) continue;
      const index = Math.min(binCount - 1, Math.max(0, Math.floor((v - low) * perUnit)));
      row[index]! += 1;
    }
    counts.set(name, row);
  }
  return { bins, counts };
}
