// The cases whose outcome changed, regressed first: both outputs side by side with the words that
// differ marked, each side linking to its result in its run.
import { Link } from 'react-router';
import type { ComparedCase } from '../../../../src/server/api';
import { useApi } from '../../api/use-api';
import { Pager } from '../../components/Pager';
import { StatusBadge } from '../../components/StatusBadge';
import { EmptyState, ErrorState, SkeletonLines } from '../../components/states';
import { SideBySideDiff } from '../../components/TextDiff';
import { CASE_CHANGE_VALUES } from './compare-url';

export const CASES_PAGE_SIZE = 20;

type Change = (typeof CASE_CHANGE_VALUES)[number];

const CHANGE_LABELS: Record<Change, string> = {
  changed: 'Changed',
  regressed: 'Regressed',
  fixed: 'Fixed',
  stillFailing: 'Still failing',
  all: 'All',
};

function ChangeBadge({ change }: { change: ComparedCase['change'] }) {
  switch (change) {
    case 'regressed':
      return <StatusBadge status="fail" label="regressed" />;
    case 'fixed':
      return <StatusBadge status="pass" label="fixed" />;
    case 'stillFailing':
      return <StatusBadge status="error" label="still failing" />;
    default:
      return <span className="badge">unchanged</span>;
  }
}

function sideText(side: ComparedCase['base']): string {
  if (side.output !== null) return side.output;
  return side.error !== null ? `[error] ${side.error}` : '';
}

function SideLabel({ name, runId, side }: { name: string; runId: string; side: ComparedCase['base'] }) {
  return (
    <>
      <strong>{name}</strong>
      <StatusBadge status={side.status} />
      <Link to={`/runs/${encodeURIComponent(runId)}?case=${encodeURIComponent(side.resultId)}`}>open</Link>
    </>
  );
}

export function ComparedCaseCard({
  item,
  baseRunId,
  candidateRunId,
}: {
  item: ComparedCase;
  baseRunId: string;
  candidateRunId: string;
}) {
  return (
    <article className="case-card">
      <div className="case-card-head">
        <ChangeBadge change={item.change} />
        <span className="mono">{item.caseId}</span>
        {item.repeat > 0 ? <span className="faint">sample #{item.repeat + 1}</span> : null}
        <span className="faint">
          {item.targetId}
          {item.promptId !== 'default' ? ` \u00B7 ${item.promptId}` : ''}
        </span>
      </div>
      <SideBySideDiff
        before={sideText(item.base)}
        after={sideText(item.candidate)}
        beforeLabel={<SideLabel name="Base" runId={baseRunId} side={item.base} />}
        afterLabel={<SideLabel name="Candidate" runId={candidateRunId} side={item.candidate} />}
      />
    </article>
  );
}

export function ComparedCases({
  base,
  candidate,
  change,
  target,
  targets,
  page,
  counts,
  onChange,
}: {
  base: string;
  candidate: string;
  change: Change;
  target: string | undefined;
  targets: readonly string[];
  page: number;
  counts: Partial<Record<Change, number>>;
  onChange: (patch: { change?: Change; target?: string | undefined; page?: number }) => void;
}) {
  const query = {
    base,
    candidate,
    change,
    target,
    offset: (page - 1) * CASES_PAGE_SIZE,
    limit: CASES_PAGE_SIZE,
  };
  const cases = useApi(JSON.stringify(query), (api, signal) => api.compareCases(query, signal), {
    keepPrevious: true,
  });

  return (
    <div>
      <div className="toolbar">
        <fieldset className="segmented">
          <legend className="visually-hidden">Which cases</legend>
          {CASE_CHANGE_VALUES.map((c) => (
            <button
              key={c}
              type="button"
              aria-pressed={change === c}
              onClick={() => onChange({ change: c, page: 1 })}
            >
              {CHANGE_LABELS[c]}
              {counts[c] !== undefined ? <span className="faint"> {counts[c]}</span> : null}
            </button>
          ))}
        </fieldset>
        {targets.length > 1 || target ? (
          <select
            className="select"
            aria-label="Target"
            value={target ?? ''}
            onChange={(e) => onChange({ target: e.target.value || undefined, page: 1 })}
          >
            <option value="">All targets</option>
            {[...new Set([...targets, ...(target ? [target] : [])])].map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        ) : null}
        <span className="spacer" />
        {cases.loading && cases.data ? <span className="faint">Updating…</span> : null}
      </div>
      {cases.error ? (
        <ErrorState error={cases.error} onRetry={cases.reload} title="Could not load the cases" />
      ) : !cases.data ? (
        <div className="panel">
          <SkeletonLines lines={6} label="Loading the cases" />
        </div>
      ) : cases.data.total === 0 ? (
        <EmptyState
          title={change === 'all' ? 'No paired cases' : `No ${CHANGE_LABELS[change].toLowerCase()} cases`}
        >
          <p>
            {change === 'regressed'
              ? 'Nothing that passed in the base run fails in the candidate.'
              : 'Try another filter.'}
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="panel">
            {cases.data.items.map((item) => (
              <ComparedCaseCard
                key={`${item.caseId}\u0000${item.targetId}\u0000${item.promptId}\u0000${item.repeat}`}
                item={item}
                baseRunId={base}
                candidateRunId={candidate}
              />
            ))}
          </div>
          <Pager
            page={page}
            pageSize={CASES_PAGE_SIZE}
            total={cases.data.total}
            onPage={(p) => onChange({ page: p })}
          />
        </>
      )}
    </div>
  );
}
