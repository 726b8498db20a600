// The server's one error handler: a typed error becomes its HTTP status and an ApiError body the app
// can show as is; anything else is a 500 with a generic message, its stack going to the log only.
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { GroundtruthError } from '../core/index.js';
import type { ApiError } from './api.js';

const CODES: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'unavailable',
};

export function apiError(message: string, status: number, hint?: string): ApiError {
  const error: ApiError['error'] = { code: CODES[status] ?? 'error', message };
  if (hint !== undefined) error.hint = hint;
  return { error };
}

/** Where the server reports what it cannot show a client: stacks of unexpected errors. */
export type ServerLog = (message: string) => void;

export const stderrLog: ServerLog = (message) => {
  process.stderr.write(`${message}\n`);
};

export function errorResponse(
  error: unknown,
  log: ServerLog,
): { status: ContentfulStatusCode; body: ApiError } {
  if (error instanceof GroundtruthError) {
    const status = error.httpStatus as ContentfulStatusCode;
    if (status >= 500) log(`error: ${error.stack ?? error.message}`);
    return { status, body: apiError(error.message, status, error.hint) };
  }
  if (error instanceof HTTPException && error.status < 500) {
    return { status: error.status, body: apiError(error.message || 'bad request', error.status) };
  }
  const err = error instanceof Error ? error : new Error(String(error));
  log(`internal error: ${err.stack ?? err.message}`);
  return {
    status: 500,
    body: apiError(
      'internal error: the server could not answer this request',
      500,
      'the server log has the details',
    ),
  };
}
