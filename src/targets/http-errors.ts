// How an HTTP failure becomes a TargetError: which statuses are worth retrying, how long the server
// asked us to wait (Retry-After), and a short, single-line excerpt of what it said.
import { STATUS_CODES } from 'node:http';
import { TargetError } from '../core/index.js';

/** The part of a fetch `Headers` object this module reads. */
export interface HeaderReader {
  get(name: string): string | null;
}

const RETRYABLE_4XX = new Set([408, 409, 425, 429]);

/** 408, 409, 425, 429 and every 5xx: the same request may succeed later. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || RETRYABLE_4XX.has(status);
}

/** Only these statuses carry a Retry-After we honour; elsewhere the header is advisory noise. */
function honoursRetryAfter(status: number): boolean {
  return status === 429 || status === 503;
}

const SECONDS = /^\d+(?:\.\d+)?$/;

/**
 * Milliseconds the server asked us to wait: `retry-after-ms` (OpenAI, Anthropic), else
 * `Retry-After` as seconds or an HTTP date. Undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: HeaderReader, now: number = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms')?.trim();
  if (ms && SECONDS.test(ms)) return Number(ms);
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (SECONDS.test(value)) return Number(value) * 1000;
  // Date.parse accepts bare numbers such as "-1" as years; an HTTP date always names its day.
  if (!/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

const EXCERPT_LENGTH = 300;

/** Whitespace collapsed and cut to a length, so a whole HTML error page never floods a report. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

export function statusLine(status: number): string {
  const reason = STATUS_CODES[status];
  return reason ? `HTTP ${status} ${reason}` : `HTTP ${status}`;
}

/** A non-2xx response as a TargetError: retryable by status, with the server's Retry-After. */
export function httpStatusError(
  targetId: string,
  response: { status: number; body: string; headers?: HeaderReader },
): TargetError {
  const { status, body, headers } = response;
  const detail = excerpt(body);
  const retryAfterMs = headers && honoursRetryAfter(status) ? parseRetryAfter(headers) : undefined;
  return new TargetError(targetId, detail ? `${statusLine(status)}: ${detail}` : statusLine(status), {
    status,
    retryable: isRetryableStatus(status),
    retryAfterMs,
  });
}

/** A 2xx response whose body is not what this target expects: retried, since servers do hiccup. */
export function unexpectedResponseError(targetId: string, problem: string, body: string): TargetError {
  const detail = excerpt(body, 200);
  return new TargetError(targetId, detail ? `${problem}: ${detail}` : problem, { retryable: true });
}

/** A network failure before any response (refused, reset, DNS): retryable. */
export function connectionError(targetId: string, err: unknown, where?: string): TargetError {
  const subject = where ? `connection to ${where} failed` : 'connection failed';
  return new TargetError(targetId, `${subject}: ${describeNetworkError(err)}`, { retryable: true });
}

/** fetch hides the useful part (ECONNREFUSED 127.0.0.1:9) at the bottom of a `cause` chain; bring it up. */
export function describeNetworkError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  let deepest: Error = err;
  for (let depth = 0; depth < 5 && deepest.cause instanceof Error; depth++) deepest = deepest.cause;
  const code = (deepest as { code?: unknown }).code;
  const message = deepest.message || deepest.name;
  return typeof code === 'string' && !message.includes(code) ? `${code} ${message}` : message;
}
