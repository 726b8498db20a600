// The status of a result or a run, shown by icon and word as well as colour (readable in any palette).
import type { RunStatus } from '../../../src/core/index';

export type BadgeStatus = 'pass' | 'fail' | 'error' | RunStatus;

const LOOK: Record<BadgeStatus, { icon: string; label: string }> = {
  pass: { icon: '\u2713', label: 'pass' },
  fail: { icon: '\u2717', label: 'fail' },
  error: { icon: '\u26A0', label: 'error' },
  completed: { icon: '\u2713', label: 'completed' },
  running: { icon: '\u25B6', label: 'running' },
  interrupted: { icon: '\u25A0', label: 'interrupted' },
};

export function StatusBadge({ status, label }: { status: BadgeStatus; label?: string }) {
  const look = LOOK[status];
  return (
    <span className={`badge ${status}`}>
      <span className="icon" aria-hidden="true">
        {look.icon}
      </span>
      {label ?? look.label}
    </span>
  );
}

/** Gates passed out of gates: "✓ 3/3 gates" or "✗ 2/3 gates". */
export function GatesBadge({ passed, total }: { passed: number; total: number }) {
  if (total === 0) return <span className="faint">no gates</span>;
  const ok = passed === total;
  return (
    <span
      className={`badge ${ok ? 'pass' : 'fail'}`}
      title={ok ? 'every gate holds' : `${total - passed} gate(s) failed`}
    >
      <span className="icon" aria-hidden="true">
        {ok ? '\u2713' : '\u2717'}
      </span>
      {passed}/{total} gates
    </span>
  );
}
