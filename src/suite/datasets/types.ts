// What a dataset is to the rest of the system: something that can be scanned once for validation
// and summary, then streamed as many times as needed.
import type { Hash } from 'node:crypto';
import type { Case, CaseOrigin } from '../../core/index.js';

export type LocatedCase = Case & { origin: CaseOrigin };

export interface DatasetScan {
  /** SHA-256 of the file bytes, or of the inline cases. */
  hash: string;
  count: number;
  /** How many cases carry each tag. */
  tags: Map<string, number>;
}

export interface Dataset {
  /**
   * Reads everything once: validates every row, assigns ids, rejects duplicate ids; calls onCase
   * for extra checks (it may throw, e.g. a DatasetError). Throws DatasetError with file:line.
   */
  scan(onCase?: (c: Case, origin: CaseOrigin) => void): Promise<DatasetScan>;
  /**
   * Streams the cases again, in file order, without holding the dataset in memory (CSV/JSONL stream;
   * JSON/YAML are parsed whole).
   */
  cases(): AsyncIterable<LocatedCase>;
}

/**
 * Reads one dataset format in batches (a promise per batch, not per case). `hash`, when given,
 * receives every byte that identifies the content.
 */
export type CaseReader = (hash?: Hash) => AsyncIterable<LocatedCase[]>;
