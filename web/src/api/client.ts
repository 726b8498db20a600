// The one typed client of the server's API (src/server/api.ts): query strings, the token header, and
// every failure turned into an ApiError whose message and hint the pages show as they are.
import type { RunComparison } from '../../../src/compare/types';
import type {
  ApiError as ApiErrorBody,
  CompareCasesQuery,
  CompareCasesResponse,
  CompareQuery,
  HealthResponse,
  ResultResponse,
  ResultsQuery,
  ResultsResponse,
  RunResponse,
  RunsQuery,
  RunsResponse,
  SuitesResponse,
  TrendQuery,
  TrendResponse,
} from '../../../src/server/api';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** The HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** The server's error code (`not_found`, `unauthorized`...), or `network` / `bad_response`. */
  readonly code: string;
  readonly hint: string | undefined;

  constructor(status: number, code: string, message: string, hint?: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.hint = hint;
  }
}

type QueryValue = string | number | undefined;

export interface ApiClientOptions {
  /** Prefix of every path; '' for the app served by `groundtruth serve` itself. */
  baseUrl?: string;
  /** Read on every call, so a token entered after a 401 is used by the next request. */
  getToken?: () => string | undefined;
  fetch?: typeof fetch;
}

export interface ApiClient {
  health(signal?: AbortSignal): Promise<HealthResponse>;
  runs(query: Partial<RunsQuery>, signal?: AbortSignal): Promise<RunsResponse>;
  run(id: string, signal?: AbortSignal): Promise<RunResponse>;
  results(runId: string, query: Partial<ResultsQuery>, signal?: AbortSignal): Promise<ResultsResponse>;
  result(id: string, signal?: AbortSignal): Promise<ResultResponse>;
  compare(query: CompareQuery, signal?: AbortSignal): Promise<RunComparison>;
  compareCases(
    query: Partial<CompareCasesQuery> & Pick<CompareCasesQuery, 'base' | 'candidate'>,
    signal?: AbortSignal,
  ): Promise<CompareCasesResponse>;
  suites(signal?: AbortSignal): Promise<SuitesResponse>;
  trend(query: Partial<TrendQuery> & Pick<TrendQuery, 'suite'>, signal?: AbortSignal): Promise<TrendResponse>;
}

/** `?a=1&b=x`: undefined and empty values left out, so the server applies its defaults. */
export function queryString(query: Readonly<Record<string, QueryValue>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function get<T>(path: string, signal: AbortSignal | undefined): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = options.getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;

    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, { headers, signal: signal ?? null });
    } catch (error) {
      if (isAbort(error) || signal?.aborted) throw error;
      throw new ApiError(
        0,
        'network',
        'Cannot reach the Groundtruth server.',
        'Check that `groundtruth serve` is still running, then retry.',
      );
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (isAbort(error) || signal?.aborted) throw error;
      body = undefined;
    }

    if (!response.ok) {
      if (isErrorBody(body)) {
        throw new ApiError(response.status, body.error.code, body.error.message, body.error.hint);
      }
      const reason = response.statusText ? ` ${response.statusText}` : '';
      throw new ApiError(
        response.status,
        `http_${response.status}`,
        `The server answered ${response.status}${reason}.`,
      );
    }
    if (body === undefined) {
      throw new ApiError(
        response.status,
        'bad_response',
        `The server sent a response to ${path} that is not JSON.`,
      );
    }
    return body as T;
  }

  const id = (value: string) => encodeURIComponent(value);

  return {
    health: (signal) => get('/api/health', signal),
    runs: (query, signal) => get(`/api/runs${queryString(query)}`, signal),
    run: (runId, signal) => get(`/api/runs/${id(runId)}`, signal),
    results: (runId, query, signal) => get(`/api/runs/${id(runId)}/results${queryString(query)}`, signal),
    result: (resultId, signal) => get(`/api/results/${id(resultId)}`, signal),
    compare: (query, signal) => get(`/api/compare${queryString(query)}`, signal),
    compareCases: (query, signal) => get(`/api/compare/cases${queryString(query)}`, signal),
    suites: (signal) => get('/api/suites', signal),
    trend: (query, signal) => get(`/api/metrics/trend${queryString(query)}`, signal),
  };
}
