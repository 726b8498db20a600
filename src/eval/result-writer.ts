// Batches what a run produces (cases, results, cache entries) and writes it to the store in one
// transaction per batch: often enough that a kill loses at most a fraction of a second of work,
// rarely enough that 100k results cost a few hundred transactions.
import type { Result } from '../core/index.js';
import type { CacheEntry, Store, StoredCase } from '../store/types.js';

export interface ResultWriterOptions {
  /** Flush when this many results are buffered. */
  batchSize?: number;
  /** Flush at least this often while results arrive. */
  flushIntervalMs?: number;
}

export class ResultWriter {
  private cases: StoredCase[] = [];
  private results: Result[] = [];
  private cache: CacheEntry[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private failure: unknown;
  private readonly batchSize: number;
  private readonly flushIntervalMs: number;
  /** Results handed to the store so far by this writer. */
  written = 0;

  constructor(
    private readonly store: Store,
    private readonly runId: string,
    options: ResultWriterOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.flushIntervalMs = options.flushIntervalMs ?? 200;
  }

  addCase(c: StoredCase): void {
    this.cases.push(c);
  }

  addCacheEntry(entry: CacheEntry): void {
    this.cache.push(entry);
  }

  /** Buffers a result; resolves once the buffer is below its bound again (backpressure). */
  async addResult(result: Result): Promise<void> {
    this.throwIfFailed();
    this.results.push(result);
    if (this.results.length >= this.batchSize) {
      await this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.flush().catch(() => {});
      }, this.flushIntervalMs);
      this.timer.unref();
    }
  }

  /** Writes everything buffered; batches are written one at a time, in order. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const batch = { runId: this.runId, cases: this.cases, results: this.results, cache: this.cache };
    if (batch.cases.length + batch.results.length + batch.cache.length === 0) return this.flushing;
    this.cases = [];
    this.results = [];
    this.cache = [];
    this.flushing = this.flushing.then(async () => {
      this.throwIfFailed();
      try {
        await this.store.write(batch);
        this.written += batch.results.length;
      } catch (error) {
        this.failure = error;
        throw error;
      }
    });
    return this.flushing;
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
