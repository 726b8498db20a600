// A dense, sortable table for lists already in memory (targets, slices, metrics, runs of a page):
// columns say how a row renders and, when sortable, the value it sorts by. Sorting is TanStack Table's.
import {
  type ColumnDef,
  createSortedRowModel,
  type RowData,
  rowSortingFeature,
  type SortingState,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { type KeyboardEvent, type ReactNode, useMemo, useState } from 'react';

export interface DataColumn<T> {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The value the column sorts by; a column without one does not sort. */
  sortValue?: (row: T) => number | string | null | undefined;
  /** Numbers align right in tabular figures. */
  numeric?: boolean;
  /** Hidden on a phone-width screen. */
  optional?: boolean;
  title?: string;
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, alphanumeric: sortFn_alphanumeric },
});

type SortKey = number | string | null;

export function DataTable<T extends RowData>({
  columns,
  rows,
  rowKey,
  onRowClick,
  rowLabel,
  isBad,
  isActive,
  initialSort,
  caption,
}: {
  columns: ReadonlyArray<DataColumn<T>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Makes rows clickable (and reachable with Tab and Enter). */
  onRowClick?: (row: T) => void;
  /** What activating a row does, for screen readers: "Show results of slice typo". */
  rowLabel?: (row: T) => string;
  /** Marks a row that needs attention (a failing gate, a significant drop). */
  isBad?: (row: T) => boolean;
  /** Marks the row the page is filtered to. */
  isActive?: (row: T) => boolean;
  initialSort?: { id: string; desc: boolean };
  caption?: string;
}) {
  const [sorting, setSorting] = useState<SortingState>(initialSort ? [initialSort] : []);

  const tableColumns = useMemo(
    () =>
      columns.map(
        (column): ColumnDef<typeof features, T, unknown> => ({
          id: column.id,
          accessorFn: (row: T): SortKey => column.sortValue?.(row) ?? null,
          enableSorting: column.sortValue !== undefined,
          sortFn: column.numeric ? 'basic' : 'alphanumeric',
          sortUndefined: 'last',
          sortDescFirst: column.numeric ?? false,
        }),
      ),
    [columns],
  );
  const data = useMemo(() => [...rows], [rows]);

  const table = useTable({
    features,
    columns: tableColumns,
    data,
    getRowId: (row: T) => rowKey(row),
    state: { sorting },
    onSortingChange: setSorting,
  });

  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const onKey = (event: KeyboardEvent<HTMLTableRowElement>, row: T) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onRowClick?.(row);
    }
  };

  return (
    <div className="table-wrap">
      <table className="data">
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const column = byId.get(header.column.id)!;
                const sorted = header.column.getIsSorted();
                const className = [column.numeric ? 'num' : '', column.optional ? 'hide-small' : '']
                  .join(' ')
                  .trim();
                return (
                  <th
                    key={header.id}
                    className={className || undefined}
                    title={column.title}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {column.header}
                        <span className="sort-indicator" aria-hidden="true">
                          {sorted === 'asc' ? '\u25B2' : sorted === 'desc' ? '\u25BC' : '\u21C5'}
                        </span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const original = row.original;
            const classes = [
              onRowClick ? 'clickable' : '',
              isBad?.(original) ? 'is-bad' : '',
              isActive?.(original) ? 'is-active' : '',
            ]
              .join(' ')
              .trim();
            return (
              <tr
                key={row.id}
                className={classes || undefined}
                onClick={onRowClick ? () => onRowClick(original) : undefined}
                onKeyDown={onRowClick ? (event) => onKey(event, original) : undefined}
                tabIndex={onRowClick ? 0 : undefined}
                aria-label={rowLabel?.(original)}
                aria-current={isActive?.(original) ? 'true' : undefined}
              >
                {columns.map((column) => (
                  <td
                    key={column.id}
                    className={
                      [column.numeric ? 'num' : '', column.optional ? 'hide-small' : ''].join(' ').trim() ||
                      undefined
                    }
                  >
                    {column.cell(original)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
