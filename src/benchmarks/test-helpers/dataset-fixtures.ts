// Fixtures for the dataset tests: an in-memory store, versions stored from plain cases, and files.
import type { Case } from '../../core/index.js';
import { type DatasetVersion, openStore, type Store } from '../../store/index.js';

export function openMemoryStore(): Promise<Store> {
  return openStore(':memory:');
}

export async function storeVersion(store: Store, name: string, cases: Case[]): Promise<DatasetVersion> {
  return (await store.putDatasetVersion({ name, cases: () => cases })).version;
}

export async function readVersion(store: Store, version: DatasetVersion): Promise<Case[]> {
  const out: Case[] = [];
  for await (const c of store.datasetCases(version.id)) out.push(c);
  return out;
}

export function qa(id: string, question: string, expected?: string, tags: string[] = []): Case {
  const c: Case = { id, vars: { question }, tags };
  if (expected !== undefined) c.expected = expected;
  return c;
}
