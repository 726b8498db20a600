// How each scorer's values spread, per target: a pass rate says how many passed, this shows how close
// the rest came.
import { ScoreHistogram } from '../../components/charts/ScoreHistogram';
import { ErrorState, SkeletonLines } from '../../components/states';
import { formatCount } from '../../lib/format';
import { useScoreSample } from './use-score-sample';

export function ScoreDistributions({
  runId,
  label,
}: {
  runId: string;
  label: (item: { targetId: string; promptId: string }) => string;
}) {
  const sample = useScoreSample(runId, true, label);
  if (sample.error)
    return <ErrorState error={sample.error} onRetry={sample.reload} title="Could not load the scores" />;
  if (!sample.data) return <SkeletonLines lines={4} label="Loading score distributions" />;
  const { byScorer, read, total } = sample.data;
  if (byScorer.size === 0) return <p className="muted">No scores to chart.</p>;
  const note =
    read < total
      ? `first ${formatCount(read)} of ${formatCount(total)} results`
      : `${formatCount(read)} results`;
  return (
    <div className="chart-grid">
      {[...byScorer].map(([name, series]) => (
        <ScoreHistogram key={name} title={name} series={series} note={note} />
      ))}
    </div>
  );
}
