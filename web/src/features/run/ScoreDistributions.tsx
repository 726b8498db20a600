// How each scorer's values spread, per target: a pass rate says how many passed, this shows how close
// the rest came. Runs store each target's histograms in their summary, so the charts cover every
// result of a run of any size; runs stored before that are charted from their first results.
import type { TargetSummary } from '../../../../src/core/run';
import { ScoreHistogram } from '../../components/charts/ScoreHistogram';
import { ErrorState, SkeletonLines } from '../../components/states';
import { formatCount } from '../../lib/format';
import { type Histogram, histogram, histogramFromCounts } from '../../lib/histogram';
import { useScoreSample } from './use-score-sample';

type Label = (item: { targetId: string; promptId: string }) => string;

/** scorer → target label → bin counts, from the summary; undefined when a scorer has none stored. */
export function summaryHistograms(
  targets: readonly TargetSummary[],
  label: Label,
): Map<string, Map<string, number[]>> | undefined {
  const byScorer = new Map<string, Map<string, number[]>>();
  for (const target of targets) {
    for (const scorer of target.scorers) {
      if (scorer.histogram === undefined) return undefined;
      let byTarget = byScorer.get(scorer.name);
      if (!byTarget) {
        byTarget = new Map();
        byScorer.set(scorer.name, byTarget);
      }
      byTarget.set(label(target), scorer.histogram);
    }
  }
  return byScorer;
}

export function ScoreDistributions({
  runId,
  targets,
  label,
}: {
  runId: string;
  targets: readonly TargetSummary[];
  label: Label;
}) {
  const stored = summaryHistograms(targets, label);
  const sample = useScoreSample(runId, stored === undefined, label);
  if (stored !== undefined) {
    const results = targets.reduce((sum, t) => sum + t.total, 0);
    return (
      <Charts charts={mapValues(stored, histogramFromCounts)} note={`${formatCount(results)} results`} />
    );
  }
  if (sample.error)
    return <ErrorState error={sample.error} onRetry={sample.reload} title="Could not load the scores" />;
  if (!sample.data) return <SkeletonLines lines={4} label="Loading score distributions" />;
  const { byScorer, read, total } = sample.data;
  const note =
    read < total
      ? `first ${formatCount(read)} of ${formatCount(total)} results`
      : `${formatCount(read)} results`;
  return <Charts charts={mapValues(byScorer, (series) => histogram(series))} note={note} />;
}

function mapValues<V, W>(map: ReadonlyMap<string, V>, f: (value: V) => W): Map<string, W> {
  return new Map([...map].map(([key, value]) => [key, f(value)]));
}

function Charts({ charts, note }: { charts: ReadonlyMap<string, Histogram>; note: string }) {
  if (charts.size === 0) return <p className="muted">No scores to chart.</p>;
  return (
    <div className="chart-grid">
      {[...charts].map(([name, data]) => (
        <ScoreHistogram key={name} title={name} histogram={data} note={note} />
      ))}
    </div>
  );
}
