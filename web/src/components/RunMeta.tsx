// Small pieces that describe a run the same way everywhere: its git state, its time, its suite.
import type { GitInfo } from '../../../src/core/index';
import { formatDateTime, formatRelativeTime, shortCommit, suiteName } from '../lib/format';

export function GitText({ git }: { git: GitInfo | undefined }) {
  if (!git || (!git.commit && !git.branch)) return <span className="faint">no git</span>;
  return (
    <span className="nowrap" title={git.commit ? `commit ${git.commit}` : undefined}>
      {git.branch ? <span>{git.branch}</span> : null}
      {git.branch && git.commit ? <span className="faint"> @ </span> : null}
      {git.commit ? <code>{shortCommit(git.commit)}</code> : null}
      {git.dirty ? (
        <span className="faint" title="uncommitted changes when the run started">
          {' '}
          (dirty)
        </span>
      ) : null}
    </span>
  );
}

export function TimeText({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={formatDateTime(iso)} className="nowrap">
      {formatRelativeTime(iso)}
    </time>
  );
}

export function SuiteText({ path }: { path: string }) {
  return (
    <span title={path} className="nowrap">
      {suiteName(path)}
    </span>
  );
}
