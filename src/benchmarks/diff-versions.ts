// `dataset diff`: which case ids two versions add, remove and change, and for a changed case which
// fields (`vars.question`, `expected`, `tags`, `metadata.x`, `source`, `adversarial`, `repeat`).
import { type Case, contentHash } from '../core/index.js';
import type { DatasetVersion, Store } from '../store/index.js';
import { formatKeyPath } from '../suite/index.js';

export interface DatasetDiff {
  /** Ids only in the second version, in its order. */
  added: string[];
  /** Ids only in the first version, in its order. */
  removed: string[];
  /** Ids in both whose content differs, in the second version's order. */
  changed: string[];
  /** For each changed id, the fields that differ. */
  fields: Record<string, string[]>;
}

/**
 * Holds one short digest per case of the first version, never the cases: a pass over each version,
 * then a second pass over the first for the few changed cases' field digests.
 */
export async function diffVersions(
  store: Store,
  from: DatasetVersion,
  to: DatasetVersion,
): Promise<DatasetDiff> {
  const before = new Map<string, string>();
  for await (const c of store.datasetCases(from.id)) before.set(c.id, contentHash(c));

  const added: string[] = [];
  const seen = new Set<string>();
  const changedAfter = new Map<string, Map<string, string>>();
  for await (const c of store.datasetCases(to.id)) {
    const digest = before.get(c.id);
    if (digest === undefined) added.push(c.id);
    else {
      seen.add(c.id);
      if (digest !== contentHash(c)) changedAfter.set(c.id, fieldDigests(c));
    }
  }
  const removed = [...before.keys()].filter((id) => !seen.has(id));

  const fields: Record<string, string[]> = {};
  if (changedAfter.size > 0) {
    for await (const c of store.datasetCases(from.id)) {
      const after = changedAfter.get(c.id);
      if (after !== undefined) fields[c.id] = differingFields(fieldDigests(c), after);
    }
  }
  const changed = [...changedAfter.keys()];
  // Listed in the second version's order, as `changed` is.
  return { added, removed, changed, fields: Object.fromEntries(changed.map((id) => [id, fields[id]!])) };
}

/** A digest per field; a field that is absent has no entry. */
function fieldDigests(c: Case): Map<string, string> {
  const digests = new Map<string, string>();
  for (const [key, value] of Object.entries(c.vars))
    digests.set(formatKeyPath(['vars', key]), contentHash(value));
  if (c.expected !== undefined) digests.set('expected', contentHash(c.expected));
  digests.set('tags', contentHash(c.tags));
  for (const [key, value] of Object.entries(c.metadata ?? {})) {
    digests.set(formatKeyPath(['metadata', key]), contentHash(value));
  }
  if (c.source !== undefined) digests.set('source', c.source);
  if (c.adversarial !== undefined) digests.set('adversarial', String(c.adversarial));
  if (c.repeat !== undefined) digests.set('repeat', String(c.repeat));
  return digests;
}

const FIELD_ORDER = ['vars', 'expected', 'tags', 'metadata', 'source', 'adversarial', 'repeat'];

/** Fields added, removed or changed: vars first, then the case's fields in schema order, each group sorted. */
function differingFields(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  const differing = [...names].filter((name) => before.get(name) !== after.get(name));
  const rank = (name: string) => FIELD_ORDER.indexOf(/^[a-z]+/.exec(name)![0]);
  return differing.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
