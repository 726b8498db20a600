// A table of any length: only the rows in view are in the page (TanStack Virtual), rows arrive from the
// server as they scroll into view, and the keyboard moves through them (j/k or arrows, Enter opens).
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type ReactNode, useEffect, useRef } from 'react';

export interface VirtualColumn<T> {
  id: string;
  header: ReactNode;
  /** A CSS grid track: `90px`, `minmax(0, 2fr)`. */
  width: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

const HEADER_HEIGHT = 34;

/** Keys typed into a field or on a control belong to it, not to the table. */
function isInteractive(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, button, a[href], [role="slider"]') !== null;
}

export function VirtualTable<T>({
  columns,
  count,
  rowAt,
  onNeedRows,
  rowKey,
  selectedIndex,
  onSelect,
  onOpen,
  keyboard = true,
  label,
  rowHeight = 38,
  minWidth = 760,
  footer,
}: {
  columns: ReadonlyArray<VirtualColumn<T>>;
  count: number;
  /** The row at an index, or undefined while its page is loading (a placeholder is shown). */
  rowAt: (index: number) => T | undefined;
  /** Called with the first and last index in view (plus overscan) as the table scrolls. */
  onNeedRows: (first: number, last: number) => void;
  rowKey: (row: T, index: number) => string;
  selectedIndex: number | undefined;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  /** Listen to j/k, arrows and Enter on the whole page (off while another layer owns the keyboard). */
  keyboard?: boolean;
  label: string;
  rowHeight?: number;
  minWidth?: number;
  footer?: ReactNode;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items.at(-1)?.index;

  useEffect(() => {
    if (first !== undefined && last !== undefined) onNeedRows(first, last);
  }, [first, last, onNeedRows]);

  useEffect(() => {
    if (selectedIndex !== undefined && selectedIndex < count)
      virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, count, virtualizer]);

  const handlers = useRef({ onSelect, onOpen, selectedIndex, count });
  handlers.current = { onSelect, onOpen, selectedIndex, count };
  useEffect(() => {
    if (!keyboard) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isInteractive(event.target)) return;
      const { selectedIndex: current, count: total } = handlers.current;
      if (total === 0) return;
      if (event.key === 'j' || event.key === 'ArrowDown') {
        event.preventDefault();
        handlers.current.onSelect(current === undefined ? 0 : Math.min(total - 1, current + 1));
      } else if (event.key === 'k' || event.key === 'ArrowUp') {
        event.preventDefault();
        handlers.current.onSelect(current === undefined ? 0 : Math.max(0, current - 1));
      } else if (event.key === 'Enter' && current !== undefined) {
        event.preventDefault();
        handlers.current.onOpen(current);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [keyboard]);

  const style = {
    '--vt-columns': columns.map((c) => c.width).join(' '),
    '--vt-min-width': `${minWidth}px`,
  } as CSSProperties;

  const openRow = (index: number) => {
    onSelect(index);
    if (rowAt(index)) onOpen(index);
  };

  return (
    <div className="vtable" style={style}>
      <div className="vtable-scroll" ref={scrollRef} style={{ height: virtualizer.getTotalSize() + 2 }}>
        <table className="vtable-table" aria-label={label} aria-rowcount={count + 1} style={{ minWidth }}>
          <thead className="vtable-thead">
            <tr className="vtable-row vtable-head" aria-rowindex={1}>
              {columns.map((column) => (
                <th key={column.id} scope="col" className={column.numeric ? 'num' : undefined}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="vtable-tbody" style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }}>
            {items.map((item) => {
              const row = rowAt(item.index);
              const selected = item.index === selectedIndex;
              return (
                <tr
                  key={row ? rowKey(row, item.index) : `placeholder-${item.index}`}
                  className="vtable-row"
                  aria-rowindex={item.index + 2}
                  aria-selected={selected}
                  aria-busy={row ? undefined : true}
                  data-index={item.index}
                  tabIndex={selected || (selectedIndex === undefined && item.index === 0) ? 0 : -1}
                  style={{ height: item.size, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
                  onClick={() => openRow(item.index)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      event.stopPropagation();
                      openRow(item.index);
                    }
                  }}
                >
                  {columns.map((column) => (
                    <td key={column.id} className={column.numeric ? 'num' : undefined}>
                      {row ? column.cell(row) : <span className="skeleton-line" style={{ width: '70%' }} />}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {footer ? <div className="vtable-foot">{footer}</div> : null}
    </div>
  );
}
