import { describe, expect, it } from 'vitest';
import { runPool } from './pool.js';

async function* numbers(n: number, onPull?: (i: number) => void): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    onPull?.(i);
    yield i;
  }
}

const tick = (ms = 1) => new Promise((r) => setTimeout(r, ms));

describe('runPool', () => {
  it('handles every item with at most `concurrency` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const handled: number[] = [];
    await runPool(numbers(50), 4, async (i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await tick(2);
      handled.push(i);
      inFlight--;
    });
    expect(handled.sort((a, b) => a - b)).toEqual([...Array(50).keys()]);
    expect(most).toBe(4);
  });

  it('pulls lazily: the source is never read far ahead of the workers', async () => {
    let pulled = 0;
    let maxAhead = 0;
    let finished = 0;
    await runPool(
      numbers(100, () => {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - finished);
      }),
      3,
      async () => {
        await tick();
        finished++;
      },
    );
    expect(maxAhead).toBeLessThanOrEqual(3);
  });

  it('stops pulling when the signal aborts and lets in-flight items settle', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const settled: number[] = [];
    await runPool(
      numbers(1000),
      2,
      async (i) => {
        started.push(i);
        if (i === 5) controller.abort();
        await tick(2);
        settled.push(i);
      },
      controller.signal,
    );
    expect(started.length).toBeLessThan(10);
    expect(settled.sort()).toEqual(started.sort());
  });

  it('rethrows the first error and stops the others', async () => {
    const seen: number[] = [];
    await expect(
      runPool(numbers(100), 3, async (i) => {
        seen.push(i);
        await tick();
        if (i === 4) throw new Error('boom at 4');
      }),
    ).rejects.toThrow('boom at 4');
    expect(seen.length).toBeLessThan(12);
  });

  it('rethrows an error of the source', async () => {
    async function* broken(): AsyncGenerator<number> {
      yield 1;
      throw new Error('source broke');
    }
    await expect(runPool(broken(), 2, async () => {})).rejects.toThrow('source broke');
  });
});
