// The runs list: newest first, searchable and filtered by status and suite, each row opening its run.
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import type { RunListItem } from '../../../../src/server/api';
import { useApi } from '../../api/use-api';
import { useDocumentTitle } from '../../app/document-title';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { Pager } from '../../components/Pager';
import { GitText, SuiteText, TimeText } from '../../components/RunMeta';
import { Select, suiteOptions } from '../../components/Select';
import { GatesBadge, StatusBadge } from '../../components/StatusBadge';
import { EmptyState, ErrorState, SkeletonTable } from '../../components/states';
import { formatCost, formatCount, formatPercent, suiteName } from '../../lib/format';
import { useUrlState } from '../../lib/url-state';
import { useSearchBox } from '../../lib/use-search-box';
import { RUN_STATUS_VALUES, RUNS_PAGE_SIZE, runsUrl } from './runs-url';

const columns: ReadonlyArray<DataColumn<RunListItem>> = [
  { id: 'status', header: 'Status', cell: (r) => <StatusBadge status={r.status} /> },
  {
    id: 'run',
    header: 'Run',
    cell: (r) => (
      <div>
        <Link to={`/runs/${encodeURIComponent(r.id)}`} className="mono" onClick={(e) => e.stopPropagation()}>
          {r.id}
        </Link>
        {r.description ? (
          <div className="muted truncate" style={{ maxWidth: 320 }}>
            {r.description}
          </div>
        ) : null}
      </div>
    ),
  },
  { id: 'suite', header: 'Suite', cell: (r) => <SuiteText path={r.suitePath} /> },
  { id: 'time', header: 'Started', cell: (r) => <TimeText iso={r.createdAt} /> },
  { id: 'git', header: 'Git', cell: (r) => <GitText git={r.git} />, optional: true },
  {
    id: 'targets',
    header: 'Targets',
    optional: true,
    cell: (r) => (
      <span>
        {r.targets.map((t) => (
          <span className="tag" key={t}>
            {t}
          </span>
        ))}
      </span>
    ),
  },
  { id: 'results', header: 'Results', numeric: true, cell: (r) => formatCount(r.total) },
  { id: 'passRate', header: 'Pass rate', numeric: true, cell: (r) => formatPercent(r.passRate) },
  { id: 'cost', header: 'Cost', numeric: true, optional: true, cell: (r) => formatCost(r.cost) },
  {
    id: 'gates',
    header: 'Gates',
    cell: (r) =>
      r.gates ? (
        <GatesBadge passed={r.gates.passed} total={r.gates.total} />
      ) : (
        <span className="faint">{'\u2014'}</span>
      ),
  },
];

export function QuickStart() {
  return (
    <EmptyState title="No runs yet">
      <p>Run a suite and its results appear here. The quick start needs no keys and no network:</p>
      <code className="command">{'npx groundtruth eval examples/quickstart\nnpx groundtruth serve'}</code>
      <p>
        Or start your own suite with <code>npx groundtruth init my-suite</code>.
      </p>
    </EmptyState>
  );
}

export function RunsPage() {
  const [state, update] = useUrlState(runsUrl);
  useDocumentTitle('Runs');
  const navigate = useNavigate();
  const [search, setSearch] = useSearchBox(state.q, (q) => update({ q, page: 1 }, { replace: true }));

  const suites = useApi('suites', (api, signal) => api.suites(signal));
  const query = useMemo(
    () => ({
      offset: (state.page - 1) * RUNS_PAGE_SIZE,
      limit: RUNS_PAGE_SIZE,
      ...(state.q ? { q: state.q.slice(0, 200) } : {}),
      ...(state.status ? { status: state.status } : {}),
      ...(state.suite ? { suite: state.suite } : {}),
    }),
    [state.page, state.q, state.status, state.suite],
  );
  const runs = useApi(JSON.stringify(query), (api, signal) => api.runs(query, signal), {
    keepPrevious: true,
  });
  const filtered = Boolean(state.q || state.status || state.suite);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Runs</h1>
          <div className="subtitle">Every evaluation stored in this project, newest first.</div>
        </div>
        <Link className="btn" to="/compare">
          Compare runs
        </Link>
      </div>

      <search className="toolbar">
        <input
          className="input search"
          type="search"
          placeholder="Search id, suite, branch, commit…"
          aria-label="Search runs"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          maxLength={200}
        />
        <Select
          label="Status"
          value={state.status}
          options={RUN_STATUS_VALUES}
          empty="Any status"
          onChange={(status) => update({ status: status as typeof state.status, page: 1 })}
        />
        <Select
          label="Suite"
          value={state.suite}
          options={suiteOptions(suites.data?.items, '')}
          empty="All suites"
          labelOf={suiteName}
          onChange={(suite) => update({ suite, page: 1 })}
        />
        {filtered ? (
          <button
            className="btn ghost"
            type="button"
            onClick={() => update({ q: undefined, status: undefined, suite: undefined, page: 1 })}
          >
            Clear filters
          </button>
        ) : null}
        <span className="spacer" />
        {runs.loading && runs.data ? <span className="faint">Updating…</span> : null}
      </search>

      {runs.error ? (
        <ErrorState error={runs.error} onRetry={runs.reload} />
      ) : !runs.data ? (
        <SkeletonTable />
      ) : runs.data.total === 0 && !filtered ? (
        <QuickStart />
      ) : runs.data.items.length === 0 ? (
        <EmptyState
          title="No runs match"
          actions={
            <button
              className="btn"
              type="button"
              onClick={() => update({ q: undefined, status: undefined, suite: undefined, page: 1 })}
            >
              Clear filters
            </button>
          }
        >
          <p>Nothing matches these filters{state.page > 1 ? ' on this page' : ''}.</p>
        </EmptyState>
      ) : (
        <>
          <DataTable
            columns={columns}
            rows={runs.data.items}
            rowKey={(r) => r.id}
            onRowClick={(r) => navigate(`/runs/${encodeURIComponent(r.id)}`)}
            rowLabel={(r) => `Open run ${r.id}`}
            isBad={(r) => r.gates !== undefined && r.gates.passed < r.gates.total}
            caption="Runs"
          />
          <Pager
            page={state.page}
            pageSize={RUNS_PAGE_SIZE}
            total={runs.data.total}
            onPage={(page) => update({ page })}
            previousLabel="Newer"
            nextLabel="Older"
          />
        </>
      )}
    </>
  );
}
