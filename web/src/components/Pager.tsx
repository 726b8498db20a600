// Previous / next over a paged list, with the range shown: "51–100 of 1,234".
import { formatCount } from '../lib/format';

export function Pager({
  page,
  pageSize,
  total,
  onPage,
  previousLabel = 'Previous',
  nextLabel = 'Next',
}: {
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  previousLabel?: string;
  nextLabel?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pager" aria-label="Pages">
      <span className="num">
        {formatCount(first)}&ndash;{formatCount(last)} of {formatCount(total)}
      </span>
      <span className="buttons">
        <button className="btn small" type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          &larr; {previousLabel}
        </button>
        <button className="btn small" type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {nextLabel} &rarr;
        </button>
      </span>
    </nav>
  );
}
