// How readers page through the store: keyset pagination, and page sizes and counts checked once at
// the API edge, so a bad value is a clear RangeError instead of a query that silently returns nothing.

export const DEFAULT_PAGE_SIZE = 1000;

export function checkCount(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer >= ${min}, got ${value}`);
  }
  return value;
}

/**
 * Keyset pagination on an increasing integer key: each page is one indexed range scan whatever the
 * depth, no cursor stays open between pages (writers may go on meanwhile), one page is in memory.
 */
export async function* keysetPages<Row>(
  pageSize: number,
  fetchAfter: (after: number, limit: number) => Promise<Row[]>,
  keyOf: (row: Row) => number,
): AsyncGenerator<Row[]> {
  let after = 0;
  for (;;) {
    const page = await fetchAfter(after, pageSize);
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    after = keyOf(page[page.length - 1]!);
  }
}
