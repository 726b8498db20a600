// Two runs side by side: pick them (by default the two latest runs of a suite), then the per-metric
// differences with intervals and p-values, per slice, and the regressed and fixed cases with diffs.
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import type { ComparedRun } from '../../../../src/compare/types';
import type { RunListItem } from '../../../../src/server/api';
import { useApi } from '../../api/use-api';
import { useDocumentTitle } from '../../app/document-title';
import { GitText, TimeText } from '../../components/RunMeta';
import { Select, suiteOptions } from '../../components/Select';
import { StatusBadge } from '../../components/StatusBadge';
import { EmptyState, ErrorState, SkeletonCards, SkeletonLines, SkeletonTable } from '../../components/states';
import { formatCount, formatDateTime, suiteName } from '../../lib/format';
import { useUrlState } from '../../lib/url-state';
import { ComparedCases } from './ComparedCases';
import { caseCounts } from './case-counts';
import { compareUrl } from './compare-url';
import { defaultPair } from './default-pair';
import { MetricsTable, SliceMetricsTable } from './MetricsTable';

/** The runs the pickers offer: the latest of the chosen suite. */
const PICKER_RUNS = 200;

function runOption(r: RunListItem) {
  const git = r.git?.branch ? ` \u00B7 ${r.git.branch}` : '';
  return `${formatDateTime(r.createdAt)} \u00B7 ${r.id}${git}${r.status === 'completed' ? '' : ` (${r.status})`}`;
}

function RunSide({ label, run }: { label: string; run: ComparedRun }) {
  return (
    <div className="card" style={{ flex: 1, minWidth: 240 }}>
      <div className="card-label">{label}</div>
      <div style={{ marginTop: 4 }}>
        <Link className="mono" to={`/runs/${encodeURIComponent(run.id)}`}>
          {run.id}
        </Link>{' '}
        <StatusBadge status={run.status} />
      </div>
      <div className="meta-line" style={{ marginTop: 2 }}>
        <TimeText iso={run.createdAt} />
        <GitText git={run.git} />
      </div>
    </div>
  );
}

export function ComparePage() {
  const [state, update] = useUrlState(compareUrl);
  useDocumentTitle('Compare');
  const suites = useApi('suites', (api, signal) => api.suites(signal));

  // The suite to pick from: the URL's, else the suite with the latest run.
  const latestSuite = useMemo(
    () =>
      [...(suites.data?.items ?? [])].sort((a, b) => b.lastRunAt.localeCompare(a.lastRunAt))[0]?.suitePath,
    [suites.data],
  );

  const ready = state.base !== undefined && state.candidate !== undefined;
  const comparison = useApi(ready ? `compare:${state.base}:${state.candidate}` : undefined, (api, signal) =>
    api.compare({ base: state.base!, candidate: state.candidate! }, signal),
  );
  // A pasted link may name the runs without the suite: pick from the candidate's suite then.
  const suite = state.suite ?? comparison.data?.candidateRun.suitePath ?? latestSuite;
  const runs = useApi(suite === undefined ? undefined : `runs:${suite}`, (api, signal) =>
    api.runs({ suite: suite!, limit: PICKER_RUNS }, signal),
  );

  useEffect(() => {
    if (state.base !== undefined && state.candidate !== undefined) return;
    if (!runs.data) return;
    const pair = defaultPair(runs.data.items, state.candidate);
    if (pair.base !== undefined || pair.candidate !== undefined)
      update({ ...pair, suite }, { replace: true });
  }, [runs.data, state.base, state.candidate, suite, update]);

  const runOptions = (runs.data?.items ?? []).map((r) => ({ value: r.id, label: runOption(r) }));

  const data = comparison.data;
  const multiplePrompts = data ? new Set(data.metrics.map((m) => m.prompt)).size > 1 : false;
  const targets = useMemo(() => (data ? [...new Set(data.metrics.map((m) => m.target))] : []), [data]);
  const counts = useMemo(() => (data ? caseCounts(data, state.target) : {}), [data, state.target]);

  const noSuites = suites.data !== undefined && suites.data.items.length === 0;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Compare runs</h1>
          <div className="subtitle">
            Case by case, with paired statistics: what got worse, what got better, and whether it is real.
          </div>
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
          onChange={(chosen) => update({ suite: chosen, base: undefined, candidate: undefined, page: 1 })}
        />
        <Select
          field
          label="Base"
          value={state.base}
          options={runOptions}
          empty="Choose the base run"
          onChange={(base) => update({ base, page: 1 })}
        />
        <button
          className="btn"
          type="button"
          style={{ alignSelf: 'flex-end' }}
          disabled={!ready}
          onClick={() => update({ base: state.candidate, candidate: state.base, page: 1 })}
          title="Swap base and candidate"
        >
          {'\u21C4'} Swap
        </button>
        <Select
          field
          label="Candidate"
          value={state.candidate}
          options={runOptions}
          empty="Choose the candidate run"
          onChange={(candidate) => update({ candidate, page: 1 })}
        />
      </div>

      {suites.error ? (
        <ErrorState error={suites.error} onRetry={suites.reload} />
      ) : noSuites ? (
        <EmptyState title="No runs to compare yet">
          <p>
            Comparing needs two runs of a suite. Run the quick start twice, or change something and run it
            again:
          </p>
          <code className="command">npx groundtruth eval examples/quickstart</code>
        </EmptyState>
      ) : runs.error ? (
        <ErrorState error={runs.error} onRetry={runs.reload} />
      ) : !ready ? (
        runs.data && runs.data.items.length < 2 ? (
          <EmptyState title="This suite has one run">
            <p>Run it again (after a change) to compare the two runs.</p>
          </EmptyState>
        ) : (
          <SkeletonLines lines={3} label="Choosing runs" />
        )
      ) : comparison.error ? (
        <ErrorState
          error={comparison.error}
          onRetry={comparison.reload}
          title="Could not compare these runs"
        />
      ) : !data ? (
        <>
          <SkeletonCards count={3} />
          <div className="section">
            <SkeletonTable rows={6} />
          </div>
        </>
      ) : (
        <>
          <div className="toolbar" style={{ alignItems: 'stretch' }}>
            <RunSide label="Base" run={data.baseRun} />
            <RunSide label="Candidate" run={data.candidateRun} />
          </div>
          <p className="muted" style={{ margin: '4px 0 0' }}>
            {formatCount(data.paired)} paired results
            {data.unpaired.base + data.unpaired.candidate > 0
              ? ` \u00B7 unpaired: ${formatCount(data.unpaired.base)} only in the base, ${formatCount(data.unpaired.candidate)} only in the candidate`
              : ''}
            {data.excluded > 0 ? ` \u00B7 ${formatCount(data.excluded)} excluded (quarantined)` : ''}
            {data.baseRun.datasetHash !== data.candidateRun.datasetHash
              ? ' \u00B7 the runs used different dataset versions'
              : ''}
            {` \u00B7 \u03B1 = ${data.settings.alpha}${data.settings.holm ? ', Holm-adjusted' : ''}`}
          </p>

          <section className="section" aria-labelledby="metrics-title">
            <div className="section-header">
              <h2 id="metrics-title">Metrics</h2>
              <span className="hint">candidate − base · significant drops first</span>
            </div>
            <MetricsTable
              metrics={data.metrics}
              multiplePrompts={multiplePrompts}
              holm={data.settings.holm}
            />
          </section>

          {data.slices.length > 0 ? (
            <details className="section">
              <summary>
                <h2 style={{ display: 'inline' }}>Per slice</h2>{' '}
                <span className="hint muted">
                  ({formatCount(data.slices.length)} rows; (few) = under 10 paired cases)
                </span>
              </summary>
              <div style={{ marginTop: 10 }}>
                <SliceMetricsTable
                  slices={data.slices}
                  multiplePrompts={multiplePrompts}
                  holm={data.settings.holm}
                />
              </div>
            </details>
          ) : null}

          <section className="section" aria-labelledby="cases-title">
            <div className="section-header">
              <h2 id="cases-title">Cases</h2>
              <span className="hint">
                {formatCount(data.flips.regressed.length)} regressed · {formatCount(data.flips.fixed.length)}{' '}
                fixed · {formatCount(data.flips.stillFailing.length)} still failing
              </span>
            </div>
            <ComparedCases
              base={data.baseRun.id}
              candidate={data.candidateRun.id}
              change={state.change}
              target={state.target}
              targets={targets}
              page={state.page}
              counts={counts}
              onChange={(patch) => update(patch)}
            />
          </section>
        </>
      )}
    </>
  );
}
