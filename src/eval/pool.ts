// A bounded-concurrency pool over a lazy source: N workers pull items one at a time, so memory holds
// at most N items in flight whatever the size of the source.

/**
 * Runs `handle` over every item of `source` with at most `concurrency` in flight. Stops pulling new
 * items once `signal` aborts and resolves when the in-flight ones settle. The first error thrown by
 * `handle` or the source stops the pool and is rethrown.
 */
export async function runPool<T>(
  source: AsyncIterable<T>,
  concurrency: number,
  handle: (item: T) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const iterator = source[Symbol.asyncIterator]();
  let failure: { error: unknown } | undefined;
  let done = false;

  const worker = async (): Promise<void> => {
    while (!done && !failure && !signal?.aborted) {
      let next: IteratorResult<T>;
      try {
        next = await iterator.next();
      } catch (error) {
        failure ??= { error };
        return;
      }
      if (next.done) {
        done = true;
        return;
      }
      try {
        await handle(next.value);
      } catch (error) {
        failure ??= { error };
        return;
      }
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (!done) await iterator.return?.();
  if (failure) throw failure.error;
}
