// A target as the runner uses it: each attempt under a timeout, retried with backoff when the failure
// is transient, within the target's concurrency and rate limits, priced, and with secrets kept out
// of the error it finally throws.
import PQueue from 'p-queue';
import { errorMessage, type TargetConfig, TargetError, type TargetResponse } from '../core/index.js';
import { computeCost, priceOf } from './prices.js';
import { createTarget } from './registry.js';
import { DEFAULT_RETRY_TIMING, type RetryTiming, retryDelay, sleep } from './retry-policy.js';
import { collectSecrets, scrubSecrets } from './secret-scrub.js';
import type { Invocation, Target, TargetCallInput, TargetContext, TargetInvoker } from './types.js';

export interface InvokerOptions {
  /** Backoff timing; tests shorten it. Defaults: 500 ms base, 30 s cap. */
  retry?: Partial<RetryTiming>;
  /** Jitter source in [0, 1); tests pin it. */
  random?: () => number;
}

type InvokeInput = Omit<TargetCallInput, 'signal'> & { signal?: AbortSignal };

export async function createInvoker(
  config: TargetConfig,
  context: TargetContext,
  options: InvokerOptions = {},
): Promise<TargetInvoker> {
  return invokerFor(await createTarget(config, context), context, options);
}

/** Wraps an existing target (for instance a test double) the way createInvoker wraps a config. */
export function invokerFor(
  target: Target,
  context: Pick<TargetContext, 'env'>,
  options: InvokerOptions = {},
): TargetInvoker {
  const { config } = target;
  const id = target.id;
  const timing: RetryTiming = { ...DEFAULT_RETRY_TIMING, ...options.retry };
  const random = options.random ?? Math.random;
  const price = priceOf(config);
  const secrets = collectSecrets(config, context.env);
  const queue = limiterFor(config);

  /** One attempt under its own timeout; the caller's abort ends it too. */
  async function attempt(input: InvokeInput): Promise<{ response: TargetResponse; latencyMs: number }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, config.timeoutMs);
    const caller = input.signal;
    const onCallerAbort = () => controller.abort();
    caller?.addEventListener('abort', onCallerAbort, { once: true });
    const started = performance.now();
    try {
      // Raced against the abort, so a target that ignores its signal still cannot outlive the timeout.
      const response = await Promise.race([
        target.call({ prompt: input.prompt, vars: input.vars, case: input.case, signal: controller.signal }),
        rejectOnAbort(controller.signal),
      ]);
      return { response, latencyMs: performance.now() - started };
    } catch (err) {
      if (timedOut) throw new TargetError(id, `timed out after ${config.timeoutMs} ms`, { retryable: true });
      throw err;
    } finally {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
    }
  }

  function interrupted(signal: AbortSignal): TargetError {
    return new TargetError(id, 'interrupted', { cause: signal.reason });
  }

  /** The error the caller sees: secrets scrubbed, and for a transient failure, how many tries it took. */
  function finalError(err: unknown, attempts: number): TargetError {
    const error = err instanceof TargetError ? err : new TargetError(id, errorMessage(err));
    const message = error.retryable || attempts > 1 ? withAttempts(error.message, attempts) : error.message;
    return new TargetError(id, scrubSecrets(message, secrets), {
      status: error.status,
      retryable: error.retryable,
      retryAfterMs: error.retryAfterMs,
      hint: error.hint === undefined ? undefined : scrubSecrets(error.hint, secrets),
    });
  }

  function priced(response: TargetResponse): TargetResponse {
    if (response.cost !== undefined || response.tokenUsage === undefined || price === undefined)
      return response;
    const cost = computeCost(response.tokenUsage, price);
    return cost === undefined ? response : { ...response, cost };
  }

  return {
    id,
    config,
    cacheable: target.cacheable,
    async invoke(input): Promise<Invocation> {
      const signal = input.signal;
      for (let attempts = 1; ; attempts++) {
        if (signal?.aborted) throw interrupted(signal);
        try {
          // Only the attempt holds a slot of the limiter: backoff sleeps happen outside it.
          const outcome = queue ? await queue.add(() => attempt(input), { signal }) : await attempt(input);
          return { response: priced(outcome.response), latencyMs: outcome.latencyMs, attempts };
        } catch (err) {
          if (signal?.aborted) throw interrupted(signal);
          const retryable = err instanceof TargetError && err.retryable;
          if (!retryable || attempts > config.maxRetries) throw finalError(err, attempts);
          try {
            await sleep(retryDelay(err, attempts, timing, random), signal);
          } catch {
            throw interrupted(signal as AbortSignal);
          }
        }
      }
    },
    async close() {
      await target.close?.();
    },
  };
}

/** A p-queue only when the target has limits: unlimited targets skip its bookkeeping. */
function limiterFor(config: TargetConfig): PQueue | undefined {
  const { concurrency, requestsPerMinute } = config;
  if (concurrency === undefined && requestsPerMinute === undefined) return undefined;
  return new PQueue({
    concurrency: concurrency ?? Number.POSITIVE_INFINITY,
    // One start per slice of the minute, in a sliding window: evenly spaced, never bursty.
    ...(requestsPerMinute === undefined
      ? {}
      : { interval: 60_000 / requestsPerMinute, intervalCap: 1, strict: true }),
  });
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
}

/** `HTTP 503 Service Unavailable: busy` → `HTTP 503 Service Unavailable after 3 attempts: busy`. */
export function withAttempts(message: string, attempts: number): string {
  const count = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
  const colon = message.indexOf(': ');
  if (colon < 0) return `${message} (${count})`;
  return `${message.slice(0, colon)} after ${count}${message.slice(colon)}`;
}
