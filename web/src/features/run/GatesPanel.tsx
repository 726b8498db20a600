// The suite's gates with their figures and limits (failing first), quarantined cases, and the regression
// against the baseline run with a link to the full comparison.
import { Link } from 'react-router';
import type { RunSummary } from '../../../../src/core/index';
import { StatusBadge } from '../../components/StatusBadge';

const SHOWN_IDS = 30;

function CaseIdButtons({ ids, onPick }: { ids: readonly string[]; onPick: (caseId: string) => void }) {
  return (
    <div className="id-list">
      {ids.slice(0, SHOWN_IDS).map((id) => (
        <button
          key={id}
          type="button"
          className="btn small mono"
          onClick={() => onPick(id)}
          title="Show this case's results"
        >
          {id}
        </button>
      ))}
      {ids.length > SHOWN_IDS ? <span className="faint">and {ids.length - SHOWN_IDS} more</span> : null}
    </div>
  );
}

export function GatesPanel({
  summary,
  onPickCase,
}: {
  summary: RunSummary;
  onPickCase: (caseId: string) => void;
}) {
  if (summary.gates.length === 0 && !summary.quarantined?.length) return null;
  const gates = [...summary.gates].sort((a, b) => Number(a.pass) - Number(b.pass));
  return (
    <section className="panel panel-body" aria-labelledby="gates-title">
      <h2 id="gates-title" style={{ marginBottom: 6 }}>
        Gates
      </h2>
      {gates.length === 0 ? <p className="muted">The suite has no gates.</p> : null}
      <ul className="gate-list">
        {gates.map((g) => (
          <li key={`${g.gate}|${g.targetId}|${g.promptId}`}>
            <StatusBadge
              status={g.pass ? 'pass' : 'fail'}
              label={g.pass ? 'holds' : g.incomplete ? 'incomplete' : 'failed'}
            />
            <span>{g.message}</span>
          </li>
        ))}
      </ul>
      {summary.quarantined?.length ? (
        <div style={{ marginTop: 10 }}>
          <span className="muted">Quarantined cases (reported, left out of the gates):</span>
          <CaseIdButtons ids={summary.quarantined} onPick={onPickCase} />
        </div>
      ) : null}
    </section>
  );
}

export function RegressionPanel({
  runId,
  regression,
  onPickCase,
}: {
  runId: string;
  regression: NonNullable<RunSummary['regression']>;
  onPickCase: (caseId: string) => void;
}) {
  const compare = `/compare?base=${encodeURIComponent(regression.baselineRunId)}&candidate=${encodeURIComponent(runId)}`;
  return (
    <section className="panel panel-body" aria-labelledby="regression-title">
      <div className="section-header" style={{ marginBottom: 4 }}>
        <h2 id="regression-title">Regression against the baseline</h2>
        <Link to={compare}>Compare in detail &rarr;</Link>
      </div>
      <p className="muted" style={{ margin: '0 0 6px' }}>
        Baseline run{' '}
        <Link className="mono" to={`/runs/${encodeURIComponent(regression.baselineRunId)}`}>
          {regression.baselineRunId}
        </Link>
        : {regression.regressed.length} case(s) regressed, {regression.fixed.length} fixed.
      </p>
      {regression.regressed.length > 0 ? (
        <div>
          <h3>Regressed</h3>
          <CaseIdButtons ids={regression.regressed} onPick={onPickCase} />
        </div>
      ) : null}
      {regression.fixed.length > 0 ? (
        <div style={{ marginTop: 8 }}>
          <h3>Fixed</h3>
          <CaseIdButtons ids={regression.fixed} onPick={onPickCase} />
        </div>
      ) : null}
    </section>
  );
}
