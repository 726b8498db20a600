// One run: what it was (suite, git, targets), how it did (cards, gates, targets, slices, distributions,
// repeats, regression) and every result, filtered from the URL so a view can be linked.
import { lazy, Suspense, useCallback, useEffect, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import type { TargetSummary } from '../../../../src/core/index';
import { useApi } from '../../api/use-api';
import { useDocumentTitle } from '../../app/document-title';
import { GitText, SuiteText, TimeText } from '../../components/RunMeta';
import { StatusBadge } from '../../components/StatusBadge';
import { ErrorState, SkeletonCards, SkeletonLines } from '../../components/states';
import { fileName, formatCount, formatPercent } from '../../lib/format';
import { useUrlState } from '../../lib/url-state';
import { GatesPanel, RegressionPanel } from './GatesPanel';
import { RepeatsPanel } from './RepeatsPanel';
import { ResultsSection } from './ResultsSection';
import { resultsUrl } from './results-url';
import { hasMultiplePrompts, scorerNames, targetLabel } from './run-figures';
import { SlicesTable } from './SlicesTable';
import { SummaryCards } from './SummaryCards';
import { TargetsTable } from './TargetsTable';

// The charting library is the largest part of the app: it loads after the tables, which do not wait for it.
const ScoreDistributions = lazy(() =>
  import('./ScoreDistributions').then((m) => ({ default: m.ScoreDistributions })),
);

const RUNNING_REFRESH_MS = 5000;

function scrollToResults() {
  // After React has rendered the filtered list.
  requestAnimationFrame(() =>
    document.getElementById('results')?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
  );
}

export function RunPage() {
  const { id = '' } = useParams();
  const [state, update] = useUrlState(resultsUrl);
  const run = useApi(`run:${id}`, (api, signal) => api.run(id, signal));
  useDocumentTitle(`Run ${id}`);

  const status = run.data?.run.status;
  const { reload } = run;
  useEffect(() => {
    if (status !== 'running') return;
    const timer = setInterval(reload, RUNNING_REFRESH_MS);
    return () => clearInterval(timer);
  }, [status, reload]);

  const summary = run.data?.summary;
  const multiplePrompts = summary ? hasMultiplePrompts(summary) : false;
  const scorers = useMemo(() => (summary ? scorerNames(summary) : []), [summary]);
  const tags = useMemo(
    () => (summary ? [...new Set(summary.slices.map((s) => s.tag))].sort() : []),
    [summary],
  );
  const prompts = useMemo(
    () => (summary ? [...new Set(summary.targets.map((t) => t.promptId))] : []),
    [summary],
  );
  const label = useCallback(
    (t: { targetId: string; promptId: string }) => targetLabel(t, multiplePrompts),
    [multiplePrompts],
  );

  const pickSlice = useCallback(
    (tag: string, target?: { targetId: string; promptId: string }) => {
      update({
        tag,
        target: target?.targetId,
        prompt: target && multiplePrompts ? target.promptId : undefined,
        status: undefined,
        q: undefined,
        case: undefined,
      });
      scrollToResults();
    },
    [update, multiplePrompts],
  );
  const pickTarget = useCallback(
    (t: TargetSummary) => {
      update({ target: t.targetId, prompt: multiplePrompts ? t.promptId : undefined, case: undefined });
      scrollToResults();
    },
    [update, multiplePrompts],
  );
  const pickCase = useCallback(
    (caseId: string, t?: TargetSummary) => {
      update({
        q: caseId,
        tag: undefined,
        status: undefined,
        target: t?.targetId,
        prompt: t && multiplePrompts ? t.promptId : undefined,
        case: undefined,
      });
      scrollToResults();
    },
    [update, multiplePrompts],
  );

  if (run.error) {
    return (
      <>
        <div className="breadcrumb">
          <Link to="/runs">Runs</Link> /
        </div>
        <ErrorState
          error={run.error}
          onRetry={run.reload}
          title={run.error.status === 404 ? 'Run not found' : undefined}
        />
      </>
    );
  }
  if (!run.data) {
    return (
      <>
        <SkeletonLines lines={2} label="Loading the run" />
        <SkeletonCards />
      </>
    );
  }

  const r = run.data.run;
  return (
    <>
      <div className="page-header">
        <div style={{ minWidth: 0 }}>
          <div className="breadcrumb">
            <Link to="/runs">Runs</Link> / <SuiteText path={r.suitePath} />
          </div>
          <h1 className="mono" style={{ fontSize: 18, overflowWrap: 'anywhere' }}>
            {r.id} <StatusBadge status={r.status} />
          </h1>
          {r.description ? <div className="subtitle">{r.description}</div> : null}
          <div className="meta-line">
            <span>
              started <TimeText iso={r.createdAt} />
            </span>
            <GitText git={r.git} />
            <span title={`${r.datasetRef}\n${r.datasetHash}`}>dataset {fileName(r.datasetRef)}</span>
            <span>
              {formatCount(r.caseCount)} cases · {r.targets.length} target{r.targets.length === 1 ? '' : 's'}
            </span>
          </div>
        </div>
        <div className="toolbar" style={{ margin: 0 }}>
          <Link
            className="btn"
            to={`/compare?candidate=${encodeURIComponent(r.id)}&suite=${encodeURIComponent(r.suitePath)}`}
          >
            Compare…
          </Link>
          <Link className="btn" to={`/trend?suite=${encodeURIComponent(r.suitePath)}`}>
            Trend
          </Link>
        </div>
      </div>

      {!summary ? (
        <div className="state" role="status">
          <h2>{r.status === 'running' ? 'Running…' : 'No summary: the run did not complete'}</h2>
          <p>
            {formatCount(r.savedResults)} of {formatCount(r.expectedResults)} results stored (
            {formatPercent(r.expectedResults ? r.savedResults / r.expectedResults : undefined)}).
            {r.status === 'interrupted' ? (
              <>
                {' '}
                Finish it with <code>groundtruth eval --resume {r.id}</code>.
              </>
            ) : null}
          </p>
        </div>
      ) : (
        <>
          <SummaryCards summary={summary} />
          <div className="grid-2 section">
            <GatesPanel summary={summary} onPickCase={pickCase} />
            {summary.regression ? (
              <RegressionPanel runId={r.id} regression={summary.regression} onPickCase={pickCase} />
            ) : null}
          </div>

          <section className="section" aria-labelledby="targets-title">
            <div className="section-header">
              <h2 id="targets-title">Targets</h2>
              <span className="hint">95% intervals under each rate · click a row to see its results</span>
            </div>
            <TargetsTable
              targets={summary.targets}
              scorers={scorers}
              multiplePrompts={multiplePrompts}
              onPickTarget={pickTarget}
            />
          </section>

          <section className="section" aria-labelledby="slices-title">
            <div className="section-header">
              <h2 id="slices-title">Slices</h2>
              <span className="hint">
                weakest first · (few) = under 10 cases · click a slice to see its results
              </span>
            </div>
            <SlicesTable
              slices={summary.slices}
              multiplePrompts={multiplePrompts}
              activeTag={state.tag}
              onPick={pickSlice}
            />
          </section>

          {scorers.length > 0 ? (
            <section className="section" aria-labelledby="distributions-title">
              <div className="section-header">
                <h2 id="distributions-title">Score distributions</h2>
              </div>
              <Suspense fallback={<SkeletonLines lines={4} label="Loading score distributions" />}>
                <ScoreDistributions runId={r.id} targets={summary.targets} label={label} />
              </Suspense>
            </section>
          ) : null}

          {summary.targets.some((t) => t.repeats) ? (
            <section className="section" aria-labelledby="repeats-title">
              <div className="section-header">
                <h2 id="repeats-title">Repeats</h2>
                <span className="hint">
                  several samples per case: how often and how consistently a case passes
                </span>
              </div>
              <RepeatsPanel
                targets={summary.targets}
                multiplePrompts={multiplePrompts}
                onPickCase={pickCase}
              />
            </section>
          ) : null}
        </>
      )}

      <ResultsSection
        runId={r.id}
        targets={r.targets}
        prompts={prompts}
        tags={tags}
        showCost={(summary?.targets ?? []).some((t) => t.cost > 0)}
        state={state}
        update={update}
      />
    </>
  );
}
