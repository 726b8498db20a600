// When to try again: exponential backoff with full jitter, stretched to what the server asked for
// (Retry-After), and a sleep that an interruption cuts short.
import type { TargetError } from '../core/index.js';

export interface RetryTiming {
  /** The first retry waits up to this long; each further retry doubles it. */
  baseDelayMs: number;
  /** No backoff grows past this. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_TIMING: RetryTiming = { baseDelayMs: 500, maxDelayMs: 30_000 };

/** A Retry-After beyond this is treated as this: a run should not stall for hours on one header. */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;

/**
 * The wait before retry number `retry` (1-based). Full jitter (a uniform draw below the exponential
 * ceiling) keeps many workers that failed together from retrying together.
 */
export function retryDelay(
  error: Pick<TargetError, 'retryAfterMs'>,
  retry: number,
  timing: RetryTiming,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(timing.maxDelayMs, timing.baseDelayMs * 2 ** (retry - 1));
  const backoff = random() * ceiling;
  if (error.retryAfterMs === undefined) return backoff;
  return Math.max(backoff, Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS));
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it is aborted. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
