// `dataset show`: what a version holds, counted in one pass over its cases: cases per tag, per source
// and adversarial, and the first few cases to look at.
import type { Case } from '../core/index.js';
import type { DatasetVersion, Store } from '../store/index.js';

export interface VersionProfile {
  cases: number;
  /** Cases per tag, most common first (ties by name). */
  tags: Record<string, number>;
  /** Cases per source; `unset` for cases without one. */
  sources: Record<string, number>;
  adversarial: number;
  /** Cases with a gold answer. */
  withExpected: number;
  first: Case[];
}

export async function profileVersion(
  store: Store,
  version: DatasetVersion,
  options: { first: number },
): Promise<VersionProfile> {
  const tags = new Map<string, number>();
  const sources = new Map<string, number>();
  const profile: VersionProfile = {
    cases: 0,
    tags: {},
    sources: {},
    adversarial: 0,
    withExpected: 0,
    first: [],
  };
  for await (const c of store.datasetCases(version.id)) {
    profile.cases++;
    for (const tag of c.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    const source = c.source ?? 'unset';
    sources.set(source, (sources.get(source) ?? 0) + 1);
    if (c.adversarial) profile.adversarial++;
    if (c.expected !== undefined) profile.withExpected++;
    if (profile.first.length < options.first) profile.first.push(c);
  }
  profile.tags = byCount(tags);
  profile.sources = byCount(sources);
  return profile;
}

function byCount(counts: Map<string, number>): Record<string, number> {
  const entries = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}
