import { describe, expect, it } from 'vitest';
import type { Case, Result } from '../core/index.js';
import type { Store, WriteBatch } from '../store/types.js';
import { ResultWriter } from './result-writer.js';

function recordingStore(fail?: (batch: WriteBatch) => boolean): { store: Store; batches: WriteBatch[] } {
  const batches: WriteBatch[] = [];
  const store = {
    async write(batch: WriteBatch) {
      await new Promise((r) => setTimeout(r, 1));
      if (fail?.(batch)) throw new Error('disk full');
      batches.push(batch);
    },
  } as unknown as Store;
  return { store, batches };
}

const aCase = (id: string): Case => ({ id, vars: {}, tags: [] });
const aResult = (caseId: string): Result => ({
  runId: 'r',
  caseId,
  targetId: 't',
  promptId: 'default',
  repeat: 0,
  prompt: 'p',
  output: 'o',
  error: null,
  status: 'pass',
  score: 1,
  scores: [],
  latencyMs: 1,
  cached: false,
  createdAt: new Date().toISOString(),
});

describe('ResultWriter', () => {
  it('flushes full batches, keeping each case with or before its results, in order', async () => {
    const { store, batches } = recordingStore();
    const writer = new ResultWriter(store, 'r', { batchSize: 3, flushIntervalMs: 10_000 });
    for (let i = 0; i < 7; i++) {
      writer.addCase(aCase(`c${i}`));
      await writer.addResult(aResult(`c${i}`));
    }
    await writer.flush();
    expect(batches.map((b) => b.results!.map((r) => r.caseId))).toEqual([
      ['c0', 'c1', 'c2'],
      ['c3', 'c4', 'c5'],
      ['c6'],
    ]);
    expect(batches.map((b) => b.cases!.map((c) => c.id))).toEqual([
      ['c0', 'c1', 'c2'],
      ['c3', 'c4', 'c5'],
      ['c6'],
    ]);
    expect(writer.written).toBe(7);
  });

  it('flushes a partial batch on its timer, so a slow run still saves as it goes', async () => {
    const { store, batches } = recordingStore();
    const writer = new ResultWriter(store, 'r', { batchSize: 500, flushIntervalMs: 20 });
    writer.addCase(aCase('c0'));
    await writer.addResult(aResult('c0'));
    expect(batches).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 80));
    expect(batches).toHaveLength(1);
  });

  it('a failed write is not lost silently: the next add and the final flush throw', async () => {
    const { store } = recordingStore(() => true);
    const writer = new ResultWriter(store, 'r', { batchSize: 1 });
    writer.addCase(aCase('c0'));
    await expect(writer.addResult(aResult('c0'))).rejects.toThrow('disk full');
    await expect(writer.addResult(aResult('c1'))).rejects.toThrow('disk full');
    await expect(writer.flush()).rejects.toThrow('disk full');
  });
});
