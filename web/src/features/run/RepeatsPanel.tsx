// With several samples per case: pass@1, pass@k, pass^k, consistency and the flaky cases, per target.
import type { TargetSummary } from '../../../../src/core/index';
import { formatCount, formatPercent } from '../../lib/format';
import { targetLabel } from './run-figures';

const SHOWN_FLAKY = 24;

export function RepeatsPanel({
  targets,
  multiplePrompts,
  onPickCase,
}: {
  targets: readonly TargetSummary[];
  multiplePrompts: boolean;
  onPickCase: (caseId: string, target: TargetSummary) => void;
}) {
  const withRepeats = targets.filter((t) => t.repeats);
  if (withRepeats.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">Repeats</caption>
        <thead>
          <tr>
            <th>Target</th>
            <th className="num" title="samples per case">
              k
            </th>
            <th className="num">Cases</th>
            <th className="num" title="unbiased estimate of passing with one sample">
              pass@1
            </th>
            <th className="num" title="at least one of k samples passes">
              pass@k
            </th>
            <th className="num" title="all k samples pass">
              pass^k
            </th>
            <th className="num" title="mean share of samples agreeing with the case's majority outcome">
              Consistency
            </th>
            <th className="num">Flaky</th>
            <th>Flaky cases</th>
          </tr>
        </thead>
        <tbody>
          {withRepeats.map((t) => {
            const r = t.repeats!;
            return (
              <tr key={`${t.targetId}\u0000${t.promptId}`}>
                <td className="mono">{targetLabel(t, multiplePrompts)}</td>
                <td className="num">{r.k}</td>
                <td className="num">{formatCount(r.cases)}</td>
                <td className="num">{formatPercent(r.passAt1)}</td>
                <td className="num">{formatPercent(r.passAtK)}</td>
                <td className="num">{formatPercent(r.passHatK)}</td>
                <td className="num">{formatPercent(r.consistency)}</td>
                <td className="num">
                  {formatCount(r.flakyCount)} <span className="faint">({formatPercent(r.flakyRate)})</span>
                </td>
                <td>
                  <div className="id-list" style={{ marginTop: 0 }}>
                    {r.flaky.slice(0, SHOWN_FLAKY).map((id) => (
                      <button
                        key={id}
                        type="button"
                        className="btn small mono"
                        onClick={() => onPickCase(id, t)}
                      >
                        {id}
                      </button>
                    ))}
                    {r.flakyCount > SHOWN_FLAKY ? (
                      <span className="faint">and {formatCount(r.flakyCount - SHOWN_FLAKY)} more</span>
                    ) : null}
                    {r.flakyCount === 0 ? <span className="faint">none</span> : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
