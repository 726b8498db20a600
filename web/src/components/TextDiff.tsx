// Two texts side by side with their word-level difference marked: removals in the base, additions in
// the candidate. Every segment is a text node inside <del>/<ins>: nothing in the texts is interpreted.
import { type ReactNode, useMemo } from 'react';
import { type DiffSegment, diffWords, sideOf } from '../lib/word-diff';

export function DiffText({ segments }: { segments: readonly DiffSegment[] }) {
  return (
    <pre className="text-block diff-text">
      {segments.map((segment, i) =>
        segment.kind === 'same' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
          <span key={i}>{segment.text}</span>
        ) : segment.kind === 'removed' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
          <del key={i}>{segment.text}</del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
          <ins key={i}>{segment.text}</ins>
        ),
      )}
    </pre>
  );
}

export function SideBySideDiff({
  before,
  after,
  beforeLabel,
  afterLabel,
}: {
  before: string;
  after: string;
  beforeLabel: ReactNode;
  afterLabel: ReactNode;
}) {
  const segments = useMemo(() => diffWords(before, after), [before, after]);
  return (
    <div className="diff-pair">
      <div className="diff-side">
        <div className="side-label">{beforeLabel}</div>
        <DiffText segments={sideOf(segments, 'before')} />
      </div>
      <div className="diff-side">
        <div className="side-label">{afterLabel}</div>
        <DiffText segments={sideOf(segments, 'after')} />
      </div>
    </div>
  );
}
