// Per target × prompt: pass rate with its interval, errors, each scorer's mean, latency, tokens, cost.
import { useMemo } from 'react';
import type { TargetSummary } from '../../../../src/core/index';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { RateWithInterval, ScoreWithInterval } from '../../components/Interval';
import { formatCost, formatCount, formatDuration } from '../../lib/format';
import { targetLabel } from './run-figures';

export function TargetsTable({
  targets,
  scorers,
  multiplePrompts,
  onPickTarget,
}: {
  targets: readonly TargetSummary[];
  scorers: readonly string[];
  multiplePrompts: boolean;
  onPickTarget: (t: TargetSummary) => void;
}) {
  const columns = useMemo(
    (): Array<DataColumn<TargetSummary>> => [
      {
        id: 'target',
        header: 'Target',
        cell: (t) => <span className="mono">{targetLabel(t, multiplePrompts)}</span>,
        sortValue: (t) => targetLabel(t, multiplePrompts),
      },
      {
        id: 'total',
        header: 'Results',
        numeric: true,
        cell: (t) => formatCount(t.total),
        sortValue: (t) => t.total,
      },
      {
        id: 'passRate',
        header: 'Pass rate',
        numeric: true,
        cell: (t) => <RateWithInterval rate={t.passRate} ci={t.passRateCi} />,
        sortValue: (t) => t.passRate,
      },
      {
        id: 'errors',
        header: 'Errors',
        numeric: true,
        cell: (t) => formatCount(t.errors),
        sortValue: (t) => t.errors,
      },
      ...scorers.map(
        (name): DataColumn<TargetSummary> => ({
          id: `scorer:${name}`,
          header: name,
          numeric: true,
          title: `mean ${name} (corpus figure for BLEU/chrF)`,
          cell: (t) => {
            const s = t.scorers.find((x) => x.name === name);
            return s ? (
              <ScoreWithInterval value={s.corpus ?? s.mean} ci={s.corpus === undefined ? s.ci : undefined} />
            ) : (
              '\u2014'
            );
          },
          sortValue: (t) => {
            const s = t.scorers.find((x) => x.name === name);
            return s ? (s.corpus ?? s.mean) : undefined;
          },
        }),
      ),
      {
        id: 'p50',
        header: 'p50',
        numeric: true,
        optional: true,
        cell: (t) => formatDuration(t.latency.p50),
        sortValue: (t) => t.latency.p50,
      },
      {
        id: 'p95',
        header: 'p95',
        numeric: true,
        cell: (t) => formatDuration(t.latency.p95),
        sortValue: (t) => t.latency.p95,
      },
      {
        id: 'tokens',
        header: 'Tokens',
        numeric: true,
        optional: true,
        cell: (t) => formatCount(t.tokens.total),
        sortValue: (t) => t.tokens.total,
      },
      {
        id: 'cost',
        header: 'Cost',
        numeric: true,
        cell: (t) => formatCost(t.cost),
        sortValue: (t) => t.cost,
      },
      {
        id: 'cached',
        header: 'Cached',
        numeric: true,
        optional: true,
        cell: (t) => formatCount(t.cached),
        sortValue: (t) => t.cached,
      },
    ],
    [scorers, multiplePrompts],
  );
  return (
    <DataTable
      columns={columns}
      rows={targets}
      rowKey={(t) => `${t.targetId}\u0000${t.promptId}`}
      onRowClick={onPickTarget}
      rowLabel={(t) => `Show the results of ${targetLabel(t, multiplePrompts)}`}
      caption="Targets"
    />
  );
}
