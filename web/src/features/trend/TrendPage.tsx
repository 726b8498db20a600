// A scorer (or the pass rate) over a suite's completed runs, per target, with its interval band; each
// point opens its run. A table below lists the same figures for reading and for screen readers.
import { useEffect, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../api/use-api';
import { useDocumentTitle } from '../../app/document-title';
import { TrendChart } from '../../components/charts/TrendChart';
import { GitText, TimeText } from '../../components/RunMeta';
import { Select, suiteOptions } from '../../components/Select';
import { EmptyState, ErrorState, SkeletonLines } from '../../components/states';
import {
  formatPercent,
  formatPercentInterval,
  formatScore,
  formatScoreInterval,
  suiteName,
} from '../../lib/format';
import { useUrlState } from '../../lib/url-state';
import { trendSeries } from './trend-series';
import { trendUrl } from './trend-url';

const MAX_POINTS = 1000;

export function TrendPage() {
  const [state, update] = useUrlState(trendUrl);
  useDocumentTitle('Trend');
  const navigate = useNavigate();
  const suites = useApi('suites', (api, signal) => api.suites(signal));
  const latestSuite = useMemo(
    () =>
      [...(suites.data?.items ?? [])].sort((a, b) => b.lastRunAt.localeCompare(a.lastRunAt))[0]?.suitePath,
    [suites.data],
  );
  useEffect(() => {
    if (state.suite === undefined && latestSuite !== undefined)
      update({ suite: latestSuite }, { replace: true });
  }, [state.suite, latestSuite, update]);

  const suite = state.suite;
  const scorer = state.scorer ?? 'passRate';
  const trend = useApi(suite === undefined ? undefined : `trend:${suite}:${scorer}`, (api, signal) =>
    api.trend({ suite: suite!, scorer, limit: MAX_POINTS }, signal),
  );
  const data = trend.data;
  const targets = useMemo(() => [...new Set((data?.points ?? []).map((p) => p.targetId))], [data]);
  const { series, rows } = useMemo(() => trendSeries(data?.points ?? [], state.target), [data, state.target]);
  const percent = scorer === 'passRate';
  const fmt = percent ? formatPercent : formatScore;
  const fmtCi = percent ? formatPercentInterval : formatScoreInterval;
  const newestFirst = useMemo(() => [...rows].reverse(), [rows]);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Trend</h1>
          <div className="subtitle">A figure across a suite's completed runs, with its 95% interval.</div>
        </div>
      </div>
      <div className="toolbar">
        <Select
          field
          label="Suite"
          value={suite}
          options={suiteOptions(suites.data?.items)}
          empty={suite === undefined ? 'Choose a suite' : undefined}
          labelOf={suiteName}
          onChange={(chosen) => update({ suite: chosen, scorer: undefined, target: undefined })}
        />
        <Select
          field
          label="Figure"
          value={scorer}
          options={[
            { value: 'passRate', label: 'pass rate' },
            ...(data?.scorers ?? []).filter((s) => s !== 'passRate'),
          ]}
          onChange={(chosen) => update({ scorer: chosen === 'passRate' ? undefined : chosen })}
        />
        <Select
          field
          label="Target"
          value={state.target}
          options={targets}
          empty="All targets"
          onChange={(target) => update({ target })}
        />
      </div>

      {suites.error ? (
        <ErrorState error={suites.error} onRetry={suites.reload} />
      ) : suites.data && suites.data.items.length === 0 ? (
        <EmptyState title="No runs yet">
          <p>A trend needs runs of a suite. Start with the quick start:</p>
          <code className="command">npx groundtruth eval examples/quickstart</code>
        </EmptyState>
      ) : trend.error ? (
        <ErrorState error={trend.error} onRetry={trend.reload} />
      ) : !data ? (
        <div className="panel">
          <SkeletonLines lines={8} label="Loading the trend" />
        </div>
      ) : rows.length === 0 ? (
        <EmptyState title="Nothing to plot">
          <p>
            No completed run of this suite has {percent ? 'a pass rate' : <code>{scorer}</code>}
            {state.target ? ` for ${state.target}` : ''}.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="panel chart-card">
            <TrendChart
              series={series}
              rows={rows}
              percent={percent}
              onOpenRun={(runId) => navigate(`/runs/${encodeURIComponent(runId)}`)}
            />
          </div>
          <section className="section" aria-labelledby="trend-table-title">
            <div className="section-header">
              <h2 id="trend-table-title">Runs</h2>
              <span className="hint">newest first</span>
            </div>
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th>Run</th>
                    <th>Started</th>
                    <th className="hide-small">Git</th>
                    {series.map((s) => (
                      <th key={s.key} className="num">
                        {s.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {newestFirst.map((row) => (
                    <tr key={row.runId}>
                      <td>
                        <Link className="mono" to={`/runs/${encodeURIComponent(row.runId)}`}>
                          {row.runId}
                        </Link>
                      </td>
                      <td>
                        <TimeText iso={row.createdAt} />
                      </td>
                      <td className="hide-small">
                        <GitText
                          git={
                            row.commit || row.branch ? { commit: row.commit, branch: row.branch } : undefined
                          }
                        />
                      </td>
                      {series.map((s) => {
                        const v = row.values[s.key];
                        return (
                          <td key={s.key} className="num">
                            {v ? (
                              <span className="rate">
                                <span>{fmt(v.value)}</span>
                                {v.low !== undefined && v.high !== undefined ? (
                                  <span className="ci">{fmtCi({ low: v.low, high: v.high })}</span>
                                ) : null}
                              </span>
                            ) : (
                              <span className="faint">{'\u2014'}</span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
