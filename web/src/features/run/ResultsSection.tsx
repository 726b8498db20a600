// The results of a run, case × target, filtered on the server (target, slice, status, text) and loaded
// as they scroll into view; a row opens the case drawer, the keyboard moves between rows.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ResultListItem } from '../../../../src/server/api';
import { usePagedRows } from '../../api/use-paged-rows';
import { Select } from '../../components/Select';
import { StatusBadge } from '../../components/StatusBadge';
import { EmptyState, ErrorState, SkeletonTable } from '../../components/states';
import { type VirtualColumn, VirtualTable } from '../../components/VirtualTable';
import { formatCost, formatCount, formatDuration, formatScore } from '../../lib/format';
import { useSearchBox } from '../../lib/use-search-box';
import { CaseDrawer } from './CaseDrawer';
import { RESULT_STATUS_VALUES, type ResultsUrlState, resultsFilters } from './results-url';

const PAGE_SIZE = 100;

type Update = (patch: Partial<ResultsUrlState>, options?: { replace?: boolean }) => void;

function resultColumns(
  multiTarget: boolean,
  multiPrompt: boolean,
  showCost: boolean,
): Array<VirtualColumn<ResultListItem>> {
  const columns: Array<VirtualColumn<ResultListItem>> = [
    { id: 'status', header: 'Status', width: '84px', cell: (r) => <StatusBadge status={r.status} /> },
    {
      id: 'case',
      header: 'Case',
      width: 'minmax(110px, 1.1fr)',
      cell: (r) => (
        <span className="mono" title={r.caseId}>
          {r.caseId}
          {r.repeat > 0 ? <span className="faint"> #{r.repeat + 1}</span> : null}
        </span>
      ),
    },
  ];
  if (multiTarget)
    columns.push({
      id: 'target',
      header: 'Target',
      width: 'minmax(100px, 0.9fr)',
      cell: (r) => <span title={r.targetId}>{r.targetId}</span>,
    });
  if (multiPrompt)
    columns.push({
      id: 'prompt',
      header: 'Prompt',
      width: 'minmax(80px, 0.6fr)',
      cell: (r) => <span title={r.promptId}>{r.promptId}</span>,
    });
  columns.push(
    { id: 'score', header: 'Score', width: '64px', numeric: true, cell: (r) => formatScore(r.score) },
    {
      id: 'output',
      header: 'Output',
      width: 'minmax(180px, 3fr)',
      cell: (r) =>
        r.error !== null ? (
          <span className="error-text" title={r.error}>
            {'\u26A0 '}
            {r.error}
          </span>
        ) : (
          <span title={r.outputPreview ?? undefined}>{r.outputPreview ?? ''}</span>
        ),
    },
    {
      id: 'latency',
      header: 'Latency',
      width: '76px',
      numeric: true,
      cell: (r) => formatDuration(r.latencyMs),
    },
  );
  if (showCost)
    columns.push({
      id: 'cost',
      header: 'Cost',
      width: '76px',
      numeric: true,
      cell: (r) => formatCost(r.cost),
    });
  return columns;
}

export function ResultsSection({
  runId,
  targets,
  prompts,
  tags,
  showCost,
  state,
  update,
}: {
  runId: string;
  targets: readonly string[];
  prompts: readonly string[];
  tags: readonly string[];
  showCost: boolean;
  state: ResultsUrlState;
  update: Update;
}) {
  const filters = resultsFilters(state);
  const key = `${runId}\u0000${JSON.stringify(filters)}`;
  const paged = usePagedRows<ResultListItem>(
    key,
    (api, offset, limit, signal) => api.results(runId, { ...filters, offset, limit }, signal),
    PAGE_SIZE,
  );
  const [selected, setSelected] = useState<number | undefined>(undefined);
  // A new filter is a new list: the old position means nothing in it.
  useEffect(() => {
    void key;
    setSelected(undefined);
  }, [key]);

  const [search, setSearch] = useSearchBox(state.q, (q) => update({ q, case: undefined }, { replace: true }));
  const drawerOpen = state.case !== undefined;
  const { rowAt } = paged;

  const open = useCallback(
    (index: number, replace = false) => {
      const row = rowAt(index);
      if (row) update({ case: row.id }, { replace });
    },
    [rowAt, update],
  );
  const select = useCallback(
    (index: number) => {
      setSelected(index);
      // With the drawer open, moving through the list moves the drawer along.
      if (drawerOpen) open(index, true);
    },
    [drawerOpen, open],
  );

  const columns = useMemo(
    () => resultColumns(targets.length > 1, prompts.length > 1, showCost),
    [targets.length, prompts.length, showCost],
  );
  const filtered = Boolean(state.target || state.prompt || state.tag || state.status || state.q);
  const clear = () =>
    update({
      target: undefined,
      prompt: undefined,
      tag: undefined,
      status: undefined,
      q: undefined,
      case: undefined,
    });
  const total = paged.total;

  return (
    <section className="section" aria-labelledby="results-title" id="results">
      <div className="section-header">
        <h2 id="results-title">Results</h2>
        <span className="kbd-hint hide-small">
          <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close
        </span>
      </div>
      <search className="toolbar" aria-label="Filter results">
        <input
          className="input search"
          type="search"
          placeholder="Search case id, output, error…"
          aria-label="Search results"
          value={search}
          maxLength={200}
          onChange={(e) => setSearch(e.target.value)}
        />
        <fieldset className="segmented">
          <legend className="visually-hidden">Status</legend>
          <button
            type="button"
            aria-pressed={state.status === undefined}
            onClick={() => update({ status: undefined, case: undefined })}
          >
            All
          </button>
          {RESULT_STATUS_VALUES.map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={state.status === s}
              onClick={() => update({ status: s, case: undefined })}
            >
              {s === 'pass' ? '\u2713 ' : s === 'fail' ? '\u2717 ' : '\u26A0 '}
              {s}
            </button>
          ))}
        </fieldset>
        {targets.length > 1 || state.target ? (
          <Select
            label="Target"
            value={state.target}
            options={targets}
            empty="All targets"
            onChange={(target) => update({ target, case: undefined })}
          />
        ) : null}
        {prompts.length > 1 || state.prompt ? (
          <Select
            label="Prompt"
            value={state.prompt}
            options={prompts}
            empty="All prompts"
            onChange={(prompt) => update({ prompt, case: undefined })}
          />
        ) : null}
        {tags.length > 0 || state.tag ? (
          <Select
            label="Slice"
            value={state.tag}
            options={tags}
            empty="All slices"
            onChange={(tag) => update({ tag, case: undefined })}
          />
        ) : null}
        {filtered ? (
          <button className="btn ghost" type="button" onClick={clear}>
            Clear filters
          </button>
        ) : null}
      </search>

      {paged.error ? (
        <ErrorState error={paged.error} onRetry={paged.reload} title="Could not load the results" />
      ) : total === undefined ? (
        <SkeletonTable rows={10} />
      ) : total === 0 ? (
        <EmptyState
          title={filtered ? 'No results match these filters' : 'No results stored yet'}
          actions={
            filtered ? (
              <button className="btn" type="button" onClick={clear}>
                Clear filters
              </button>
            ) : undefined
          }
        />
      ) : (
        <VirtualTable
          columns={columns}
          count={total}
          rowAt={rowAt}
          onNeedRows={paged.ensureRange}
          rowKey={(r) => r.id}
          selectedIndex={selected}
          onSelect={select}
          onOpen={(index) => {
            setSelected(index);
            open(index);
          }}
          label="Results"
          footer={
            <>
              <span className="num">
                {formatCount(total)} result{total === 1 ? '' : 's'}
                {filtered ? ' match the filters' : ''}
              </span>
              {selected !== undefined ? <span className="num">row {formatCount(selected + 1)}</span> : null}
            </>
          }
        />
      )}

      {state.case !== undefined ? (
        <CaseDrawer
          resultId={state.case}
          onClose={() => update({ case: undefined })}
          onPrevious={selected !== undefined && selected > 0 ? () => select(selected - 1) : undefined}
          onNext={
            selected !== undefined && total !== undefined && selected < total - 1
              ? () => select(selected + 1)
              : undefined
          }
        />
      ) : null}
    </section>
  );
}
