// Per slice (tag, source, adversarial, sliceBy field): each target's pass rate with its interval and the
// "(few)" mark; weakest slices first. A row shows that slice's results, a cell that slice on one target.
import { useMemo } from 'react';
import type { SliceSummary } from '../../../../src/core/index';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { RateWithInterval } from '../../components/Interval';
import { formatCount } from '../../lib/format';
import { targetLabel } from './run-figures';

interface SliceRow {
  tag: string;
  cases: number;
  /** By target key. */
  byTarget: Map<string, SliceSummary>;
  worst: number;
}

interface TargetColumn {
  key: string;
  label: string;
  targetId: string;
  promptId: string;
}

export function slicePivot(
  slices: readonly SliceSummary[],
  multiplePrompts: boolean,
): { rows: SliceRow[]; targets: TargetColumn[] } {
  const rows = new Map<string, SliceRow>();
  const targets = new Map<string, TargetColumn>();
  for (const s of slices) {
    const key = `${s.targetId}\u0000${s.promptId}`;
    if (!targets.has(key))
      targets.set(key, {
        key,
        label: targetLabel(s, multiplePrompts),
        targetId: s.targetId,
        promptId: s.promptId,
      });
    let row = rows.get(s.tag);
    if (!row) {
      row = { tag: s.tag, cases: 0, byTarget: new Map(), worst: Number.POSITIVE_INFINITY };
      rows.set(s.tag, row);
    }
    row.byTarget.set(key, s);
    row.cases = Math.max(row.cases, s.cases ?? s.total);
    row.worst = Math.min(row.worst, s.passRate);
  }
  return { rows: [...rows.values()], targets: [...targets.values()] };
}

export function SlicesTable({
  slices,
  multiplePrompts,
  activeTag,
  onPick,
}: {
  slices: readonly SliceSummary[];
  multiplePrompts: boolean;
  activeTag: string | undefined;
  /** A slice, on one target when a target's cell was picked. */
  onPick: (tag: string, target?: { targetId: string; promptId: string }) => void;
}) {
  const { rows, targets } = useMemo(() => slicePivot(slices, multiplePrompts), [slices, multiplePrompts]);
  const columns = useMemo(
    (): Array<DataColumn<SliceRow>> => [
      {
        id: 'tag',
        header: 'Slice',
        cell: (r) => (
          <span className="mono" style={r.tag === activeTag ? { fontWeight: 700 } : undefined}>
            {r.tag}
          </span>
        ),
        sortValue: (r) => r.tag,
      },
      {
        id: 'cases',
        header: 'Cases',
        numeric: true,
        cell: (r) => formatCount(r.cases),
        sortValue: (r) => r.cases,
      },
      ...targets.map(
        (t): DataColumn<SliceRow> => ({
          id: `target:${t.key}`,
          header: t.label,
          numeric: true,
          cell: (r) => {
            const s = r.byTarget.get(t.key);
            if (!s) return <span className="faint">{'\u2014'}</span>;
            return (
              <button
                type="button"
                className="sort-button"
                title={`Show ${r.tag} on ${t.label}`}
                onClick={(event) => {
                  event.stopPropagation();
                  onPick(r.tag, { targetId: t.targetId, promptId: t.promptId });
                }}
              >
                <RateWithInterval rate={s.passRate} ci={s.passRateCi} insufficient={s.insufficient} />
              </button>
            );
          },
          sortValue: (r) => r.byTarget.get(t.key)?.passRate,
        }),
      ),
      {
        id: 'worst',
        header: 'Weakest',
        numeric: true,
        title: 'the lowest pass rate of the slice over the targets',
        optional: true,
        cell: (r) => `${(r.worst * 100).toFixed(1)}%`,
        sortValue: (r) => r.worst,
      },
    ],
    [targets, activeTag, onPick],
  );

  if (rows.length === 0) return <p className="muted">The cases have no tags, so there are no slices.</p>;
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(r) => r.tag}
      onRowClick={(r) => onPick(r.tag)}
      rowLabel={(r) => `Show the results of slice ${r.tag}`}
      isActive={(r) => r.tag === activeTag}
      initialSort={{ id: 'worst', desc: false }}
      caption="Slices"
    />
  );
}
