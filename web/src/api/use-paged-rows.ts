// Rows of a long server-side list, fetched page by page as they scroll into view: a virtual table asks
// for the rows it shows, pages far from view are dropped, so a run of 100,000 results stays light.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '../../../src/server/api';
import type { ApiClient } from './client';
import { ApiError } from './client';
import { useApiClient } from './context';

export interface PagedRows<T> {
  /** Rows in the filtered list; undefined until the first page arrives. */
  total: number | undefined;
  /** The row at `index` when its page is loaded. */
  rowAt(index: number): T | undefined;
  /** Loads the pages holding rows `first`..`last` (inclusive) that are not loaded or on their way. */
  ensureRange(first: number, last: number): void;
  error: ApiError | undefined;
  reload(): void;
}

export type PageLoader<T> = (
  api: ApiClient,
  offset: number,
  limit: number,
  signal: AbortSignal,
) => Promise<Page<T>>;

interface Cache<T> {
  pages: Map<number, T[]>;
  inFlight: Map<number, AbortController>;
  total: number | undefined;
  error: ApiError | undefined;
}

/** Pages kept around the rows in view; beyond this the farthest are dropped and refetched if needed. */
const KEPT_PAGES = 12;

function emptyCache<T>(): Cache<T> {
  return { pages: new Map(), inFlight: new Map(), total: undefined, error: undefined };
}

export function usePagedRows<T>(
  key: string | undefined,
  loadPage: PageLoader<T>,
  pageSize = 100,
): PagedRows<T> {
  const api = useApiClient();
  const loaderRef = useRef(loadPage);
  loaderRef.current = loadPage;
  const cacheRef = useRef<Cache<T>>(emptyCache());
  const [, setVersion] = useState(0);
  const [generation, setGeneration] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  const fetchPage = useCallback(
    (cache: Cache<T>, page: number) => {
      if (cache.pages.has(page) || cache.inFlight.has(page)) return;
      const controller = new AbortController();
      cache.inFlight.set(page, controller);
      loaderRef.current(api, page * pageSize, pageSize, controller.signal).then(
        (result) => {
          if (controller.signal.aborted) return;
          cache.inFlight.delete(page);
          cache.pages.set(page, result.items);
          cache.total = result.total;
          cache.error = undefined;
          bump();
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          cache.inFlight.delete(page);
          cache.error =
            error instanceof ApiError
              ? error
              : new ApiError(0, 'client', error instanceof Error ? error.message : String(error));
          bump();
        },
      );
    },
    [api, pageSize, bump],
  );

  useEffect(() => {
    const cache = emptyCache<T>();
    cacheRef.current = cache;
    bump();
    // `generation` is read so that reload() starts over with the same key.
    void generation;
    if (key !== undefined) fetchPage(cache, 0);
    return () => {
      for (const controller of cache.inFlight.values()) controller.abort();
    };
  }, [key, generation, fetchPage, bump]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      const cache = cacheRef.current;
      if (key === undefined || cache.total === undefined || cache.error) return;
      const firstPage = Math.max(0, Math.floor(first / pageSize));
      const lastPage = Math.min(
        Math.floor(Math.max(0, cache.total - 1) / pageSize),
        Math.floor(last / pageSize),
      );
      // Requests for pages that scrolled away are abandoned: only what is in view is worth waiting for.
      for (const [page, controller] of cache.inFlight) {
        if (page < firstPage - 1 || page > lastPage + 1) {
          controller.abort();
          cache.inFlight.delete(page);
        }
      }
      for (let page = firstPage; page <= lastPage; page++) fetchPage(cache, page);
      if (cache.pages.size > KEPT_PAGES) {
        const middle = (firstPage + lastPage) / 2;
        const byDistance = [...cache.pages.keys()].sort(
          (a, b) => Math.abs(b - middle) - Math.abs(a - middle),
        );
        for (const page of byDistance.slice(0, cache.pages.size - KEPT_PAGES)) cache.pages.delete(page);
      }
    },
    [key, pageSize, fetchPage],
  );

  const rowAt = useCallback(
    (index: number) => cacheRef.current.pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    [pageSize],
  );
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  const cache = cacheRef.current;
  return { total: cache.total, rowAt, ensureRange, error: cache.error, reload };
}
