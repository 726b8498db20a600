// Errors thrown by the official OpenAI and Anthropic SDKs, as TargetErrors. Both SDKs share one
// error hierarchy (APIError with status and headers, connection, timeout and abort errors).
import { errorMessage, TargetError } from '../core/index.js';
import { connectionError, httpStatusError, unexpectedResponseError } from './http-errors.js';

type ErrorClass = abstract new (...args: never) => Error;

/** The error classes of one SDK, taken from its lazily imported module. */
export interface SdkErrorClasses {
  APIError: ErrorClass;
  APIConnectionError: ErrorClass;
  APIConnectionTimeoutError: ErrorClass;
  APIUserAbortError: ErrorClass;
}

interface StatusError extends Error {
  status?: unknown;
  headers?: unknown;
}

export function fromSdkError(
  targetId: string,
  err: unknown,
  classes: SdkErrorClasses,
  timeoutMs: number,
): TargetError {
  if (err instanceof TargetError) return err;
  // Order matters: timeout ⊂ connection ⊂ APIError, and abort ⊂ APIError.
  if (err instanceof classes.APIUserAbortError) return new TargetError(targetId, 'request aborted');
  if (err instanceof classes.APIConnectionTimeoutError) {
    return new TargetError(targetId, `timed out after ${timeoutMs} ms`, { retryable: true });
  }
  if (err instanceof classes.APIConnectionError) return connectionError(targetId, err);
  if (err instanceof classes.APIError) {
    const { status, headers } = err as StatusError;
    if (typeof status === 'number') {
      // The SDK prefixes its message with the status; the status line says it already.
      let body = err.message.startsWith(`${status} `)
        ? err.message.slice(String(status).length + 1)
        : err.message;
      if (body === 'status code (no body)') body = '';
      return httpStatusError(targetId, {
        status,
        body,
        headers: headers instanceof Headers ? headers : undefined,
      });
    }
  }
  // The SDK parses a JSON content-type with response.json(): a truncated or garbled 2xx body lands here.
  if (err instanceof SyntaxError)
    return unexpectedResponseError(targetId, 'invalid JSON in response', err.message);
  return new TargetError(targetId, errorMessage(err));
}
