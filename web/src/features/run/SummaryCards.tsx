// The run at a glance: pass rate with its interval, errors, cost, tokens, latency, duration, gates.
import type { ReactNode } from 'react';
import type { RunSummary } from '../../../../src/core/index';
import { RateWithInterval } from '../../components/Interval';
import { formatCost, formatCount, formatDuration, formatPercent } from '../../lib/format';
import { runTotals } from './run-figures';

function Card({
  label,
  value,
  detail,
  bad,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  bad?: boolean;
}) {
  return (
    <div className={`card${bad ? ' is-bad' : ''}`}>
      <div className="card-label">{label}</div>
      <div className="card-value">{value}</div>
      {detail ? <div className="card-detail">{detail}</div> : null}
    </div>
  );
}

export function SummaryCards({ summary }: { summary: RunSummary }) {
  const totals = runTotals(summary);
  const gatesFailed = summary.gates.filter((g) => !g.pass).length;
  const several = summary.targets.length > 1;
  return (
    <section className="cards" aria-label="Summary">
      <Card
        label="Pass rate"
        value={<RateWithInterval rate={summary.passRate} ci={summary.passRateCi} bar={false} />}
        detail={`${formatCount(summary.passed)} of ${formatCount(summary.total)} results`}
      />
      <Card
        label="Failed"
        value={formatCount(summary.failed)}
        detail={`${formatPercent(summary.total ? summary.failed / summary.total : undefined)} of results`}
      />
      <Card
        label="Errors"
        value={formatCount(summary.errors)}
        detail={`${formatPercent(summary.errorRate)} error rate`}
        bad={summary.errors > 0}
      />
      <Card
        label="Cost"
        value={formatCost(totals.cost)}
        detail={
          [
            totals.scoring
              ? `+ ${formatCost(totals.scoring.cost)} judging (${formatCount(totals.scoring.calls)} calls)`
              : '',
            totals.cached > 0 ? `${formatCount(totals.cached)} cached responses` : '',
          ]
            .filter(Boolean)
            .join(' \u00B7 ') || undefined
        }
      />
      <Card
        label="Tokens"
        value={formatCount(totals.tokens.total)}
        detail={`${formatCount(totals.tokens.prompt)} in \u00B7 ${formatCount(totals.tokens.completion)} out`}
      />
      <Card
        label={several ? 'Latency (slowest)' : 'Latency'}
        value={totals.slowest ? formatDuration(totals.slowest.latency.p95) : '\u2014'}
        detail={
          totals.slowest
            ? `p95 \u00B7 p50 ${formatDuration(totals.slowest.latency.p50)}${several ? ` \u00B7 ${totals.slowest.targetId}` : ''}`
            : undefined
        }
      />
      <Card
        label="Duration"
        value={formatDuration(summary.durationMs)}
        detail={summary.cases !== undefined ? `${formatCount(summary.cases)} cases` : undefined}
      />
      <Card
        label="Gates"
        value={
          summary.gates.length === 0
            ? 'none'
            : `${summary.gates.length - gatesFailed}/${summary.gates.length}`
        }
        detail={
          summary.gates.length === 0
            ? 'no gates in the suite'
            : gatesFailed === 0
              ? 'every gate holds'
              : `${gatesFailed} failed`
        }
        bad={gatesFailed > 0}
      />
    </section>
  );
}
