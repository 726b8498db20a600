import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, retryDelay, sleep } from './retry-policy.js';

const timing = { baseDelayMs: 100, maxDelayMs: 1000 };

describe('retryDelay', () => {
  it('draws below an exponential ceiling capped at maxDelayMs', () => {
    expect(retryDelay({ retryAfterMs: undefined }, 1, timing, () => 0.5)).toBe(50);
    expect(retryDelay({ retryAfterMs: undefined }, 3, timing, () => 0.5)).toBe(200);
    expect(retryDelay({ retryAfterMs: undefined }, 10, timing, () => 0.999)).toBeCloseTo(999, 6);
    expect(retryDelay({ retryAfterMs: undefined }, 1, timing, () => 0)).toBe(0);
  });

  it('waits at least Retry-After, capped at five minutes', () => {
    expect(retryDelay({ retryAfterMs: 2000 }, 1, timing, () => 1)).toBe(2000);
    expect(retryDelay({ retryAfterMs: 10 }, 4, timing, () => 1)).toBe(800);
    expect(retryDelay({ retryAfterMs: 3_600_000 }, 1, timing, () => 1)).toBe(MAX_RETRY_AFTER_MS);
  });
});

describe('sleep', () => {
  it('rejects with the abort reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const sleeping = sleep(10_000, controller.signal);
    setTimeout(() => controller.abort(new Error('stop')), 20);
    await expect(sleeping).rejects.toThrow('stop');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
