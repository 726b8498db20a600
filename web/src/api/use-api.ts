// Loading data for a component: the request is aborted when the component unmounts or its inputs
// change, so a slow answer for an old filter never overwrites the answer for the new one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from './client';
import { ApiError } from './client';
import { useApiClient } from './context';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True while a request is in flight; `data` still holds the previous answer meanwhile. */
  loading: boolean;
  reload: () => void;
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'client', error instanceof Error ? error.message : String(error));
}

/**
 * Calls `load` whenever `key` changes (a string that names everything the request depends on);
 * `key` undefined means there is nothing to load yet.
 */
export function useApi<T>(
  key: string | undefined,
  load: (api: ApiClient, signal: AbortSignal) => Promise<T>,
  options: { keepPrevious?: boolean } = {},
): ApiState<T> {
  const api = useApiClient();
  const loadRef = useRef(load);
  loadRef.current = load;
  const [state, setState] = useState<{ key?: string; data?: T; error?: ApiError; loading: boolean }>({
    loading: key !== undefined,
  });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (key === undefined) {
      setState({ loading: false });
      return;
    }
    // `generation` is read so that reload() reruns this effect for the same key.
    void generation;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    loadRef.current(api, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ key, data: undefined, error: toApiError(error), loading: false });
      },
    );
    return () => controller.abort();
  }, [api, key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // An answer for other inputs (another run) is not shown as this one's, unless the caller asked to keep
  // it on screen while the next loads (a list being filtered).
  const current = state.key === key || options.keepPrevious;
  return {
    data: current ? state.data : undefined,
    error: state.key === key ? state.error : undefined,
    loading: state.loading || state.key !== key,
    reload,
  };
}
