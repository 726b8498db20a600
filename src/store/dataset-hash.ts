// The version id of a dataset content: SHA-256 over the normalised cases in order, one stable JSON
// line per case, so the same cases give the same id whatever file, format or key order they came from.
import { createHash, type Hash } from 'node:crypto';
import { type Case, DatasetError, stableStringify } from '../core/index.js';

/** A case with exactly the fields of Case: readers attach extras (origin, slices) that are not content. */
export function normaliseCase(c: Case): Case {
  const out: Case = { id: c.id, vars: c.vars, tags: c.tags };
  if (c.expected !== undefined) out.expected = c.expected;
  if (c.metadata !== undefined) out.metadata = c.metadata;
  if (c.source !== undefined) out.source = c.source;
  if (c.adversarial !== undefined) out.adversarial = c.adversarial;
  if (c.repeat !== undefined) out.repeat = c.repeat;
  return out;
}

/** Hashes cases one at a time and refuses a repeated id, naming both positions (1-based). */
export class DatasetContentHasher {
  readonly #hash: Hash = createHash('sha256');
  readonly #positions = new Map<string, number>();
  readonly #label: string;

  /** `label` names the dataset in errors. */
  constructor(label: string) {
    this.#label = label;
  }

  get count(): number {
    return this.#positions.size;
  }

  add(c: Case): Case {
    const position = this.#positions.size + 1;
    const earlier = this.#positions.get(c.id);
    if (earlier !== undefined) {
      throw new DatasetError(
        `dataset ${this.#label}: duplicate case id ${c.id} (cases ${earlier} and ${position})`,
      );
    }
    this.#positions.set(c.id, position);
    const normalised = normaliseCase(c);
    this.#hash.update(`${stableStringify(normalised)}\n`);
    return normalised;
  }

  digest(): string {
    return this.#hash.digest('hex');
  }
}

/** The version id of cases given in order. */
export async function datasetContentId(cases: AsyncIterable<Case> | Iterable<Case>): Promise<string> {
  const hasher = new DatasetContentHasher('(unnamed)');
  for await (const c of cases) hasher.add(c);
  return hasher.digest();
}

/** Characters of a version id shown to people; any unique prefix is accepted back. */
export const SHORT_VERSION_ID_LENGTH = 12;

export function shortVersionId(id: string): string {
  return id.slice(0, SHORT_VERSION_ID_LENGTH);
}
