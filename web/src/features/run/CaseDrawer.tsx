// One result in full: status, scores with their reasons, the output (text, or sanitised Markdown), the
// rendered prompt, latency, tokens, cost, the error, and the case's vars and expected answer.
import type { ReactNode } from 'react';
import type { ResultResponse } from '../../../../src/server/api';
import { useApi } from '../../api/use-api';
import { Drawer } from '../../components/Drawer';
import { StatusBadge } from '../../components/StatusBadge';
import { ErrorState, SkeletonLines } from '../../components/states';
import { OutputView, PromptView, TextBlock, valueAsText } from '../../components/TextView';
import { formatCost, formatCount, formatDateTime, formatDuration, formatScore } from '../../lib/format';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="drawer-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function ResultDetails({ data }: { data: ResultResponse }) {
  const { result, case: testCase } = data;
  const tokens = result.tokenUsage;
  const vars = testCase ? Object.entries(testCase.vars) : [];
  return (
    <>
      <Section title="Result">
        <dl className="kv">
          <dt>Status</dt>
          <dd>
            <StatusBadge status={result.status} />
          </dd>
          <dt>Target</dt>
          <dd className="mono">{result.targetId}</dd>
          <dt>Prompt</dt>
          <dd className="mono">{result.promptId}</dd>
          {result.repeat > 0 ? (
            <>
              <dt>Sample</dt>
              <dd>#{result.repeat + 1}</dd>
            </>
          ) : null}
          <dt>Score</dt>
          <dd className="num" style={{ textAlign: 'left' }}>
            {formatScore(result.score)}
          </dd>
          <dt>Latency</dt>
          <dd className="num" style={{ textAlign: 'left' }}>
            {formatDuration(result.latencyMs)}
            {result.cached ? <span className="faint"> (cached response)</span> : null}
          </dd>
          <dt>Tokens</dt>
          <dd className="num" style={{ textAlign: 'left' }}>
            {tokens
              ? `${formatCount(tokens.total ?? (tokens.prompt ?? 0) + (tokens.completion ?? 0))} (${formatCount(tokens.prompt ?? 0)} in, ${formatCount(tokens.completion ?? 0)} out)`
              : '\u2014'}
          </dd>
          <dt>Cost</dt>
          <dd className="num" style={{ textAlign: 'left' }}>
            {formatCost(result.cost)}
          </dd>
          <dt>Run</dt>
          <dd className="mono">{result.runId}</dd>
          <dt>At</dt>
          <dd>{formatDateTime(result.createdAt)}</dd>
        </dl>
      </Section>

      {result.error !== null ? (
        <Section title="Error">
          <TextBlock text={result.error} className="error-text" />
        </Section>
      ) : null}

      <Section title="Scores">
        {result.scores.length === 0 ? (
          <p className="muted">No scorers ran on this result.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th>Scorer</th>
                  <th className="num">Value</th>
                  <th>Pass</th>
                  <th>Reason</th>
                </tr>
              </thead>
              <tbody>
                {result.scores.map((s) => (
                  <tr key={s.name}>
                    <td className="mono">
                      {s.name}
                      {s.weight === 0 ? <span className="faint"> (weight 0)</span> : null}
                    </td>
                    <td className="num">{formatScore(s.value)}</td>
                    <td>
                      <StatusBadge status={s.pass ? 'pass' : 'fail'} />
                    </td>
                    <td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{s.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section title="Output">
        {result.output === null ? <p className="muted">No output.</p> : <OutputView text={result.output} />}
      </Section>

      {testCase && testCase.expected !== undefined ? (
        <Section title="Expected">
          <TextBlock text={valueAsText(testCase.expected)} />
        </Section>
      ) : null}

      <Section title="Prompt as sent">
        <PromptView prompt={result.prompt} />
      </Section>

      {vars.length > 0 ? (
        <Section title="Vars">
          <dl className="kv">
            {vars.map(([name, value]) => (
              <div key={name} style={{ display: 'contents' }}>
                <dt className="mono">{name}</dt>
                <dd>
                  <pre className="mono">{valueAsText(value)}</pre>
                </dd>
              </div>
            ))}
          </dl>
        </Section>
      ) : null}

      {result.tags.length > 0 || result.slices.length > 0 ? (
        <Section title="Slices">
          <div>
            {[...new Set([...result.tags, ...result.slices])].map((t) => (
              <span className="tag" key={t}>
                {t}
              </span>
            ))}
          </div>
        </Section>
      ) : null}

      {testCase?.metadata || testCase?.source || testCase?.adversarial ? (
        <Section title="Case">
          <dl className="kv">
            {testCase.source ? (
              <>
                <dt>Source</dt>
                <dd>{testCase.source}</dd>
              </>
            ) : null}
            {testCase.adversarial ? (
              <>
                <dt>Adversarial</dt>
                <dd>yes</dd>
              </>
            ) : null}
            {testCase.metadata ? (
              <>
                <dt>Metadata</dt>
                <dd>
                  <pre className="mono">{valueAsText(testCase.metadata)}</pre>
                </dd>
              </>
            ) : null}
          </dl>
        </Section>
      ) : null}
    </>
  );
}

export function CaseDrawer({
  resultId,
  onClose,
  onPrevious,
  onNext,
}: {
  resultId: string;
  onClose: () => void;
  onPrevious?: (() => void) | undefined;
  onNext?: (() => void) | undefined;
}) {
  const result = useApi(`result:${resultId}`, (api, signal) => api.result(resultId, signal));
  const title = result.data ? result.data.result.caseId : 'Result';
  return (
    <Drawer
      title={
        <span className="mono">
          {title}
          {result.data ? (
            <>
              {' '}
              <StatusBadge status={result.data.result.status} />
            </>
          ) : null}
        </span>
      }
      onClose={onClose}
      actions={
        <>
          <button
            className="btn small"
            type="button"
            onClick={onPrevious}
            disabled={!onPrevious}
            aria-label="Previous result (k)"
          >
            {'\u2191'}
          </button>
          <button
            className="btn small"
            type="button"
            onClick={onNext}
            disabled={!onNext}
            aria-label="Next result (j)"
          >
            {'\u2193'}
          </button>
        </>
      }
    >
      {result.error ? (
        <ErrorState error={result.error} onRetry={result.reload} title="Could not load this result" />
      ) : !result.data ? (
        <SkeletonLines lines={8} label="Loading the result" />
      ) : (
        <ResultDetails data={result.data} />
      )}
    </Drawer>
  );
}
