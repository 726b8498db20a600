import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { Run } from '../core/index.js';
import { effectiveStatus, ownerIsAlive } from './run-status.js';

function run(patch: Partial<Run>): Run {
  const now = new Date().toISOString();
  return {
    id: 'r',
    suitePath: '/s.yaml',
    suiteHash: 'h',
    datasetHash: 'd',
    datasetRef: 'cases.csv',
    targets: [],
    config: {},
    status: 'running',
    caseCount: 1,
    expectedResults: 1,
    createdAt: now,
    updatedAt: now,
    options: {},
    ...patch,
  };
}

describe('run status', () => {
  it('a running run owned by a live process stays running', () => {
    const r = run({ owner: { pid: process.pid, host: hostname() } });
    expect(ownerIsAlive(r)).toBe(true);
    expect(effectiveStatus(r)).toBe('running');
  });

  it('a running run whose process is gone reads as interrupted', () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const r = run({ owner: { pid: dead, host: hostname() } });
    expect(effectiveStatus(r)).toBe('interrupted');
  });

  it('on another host, a stale heartbeat means interrupted', () => {
    const old = new Date(Date.now() - 60 * 60_000).toISOString();
    expect(effectiveStatus(run({ owner: { pid: 1, host: 'elsewhere' }, updatedAt: old }))).toBe(
      'interrupted',
    );
    expect(effectiveStatus(run({ owner: { pid: 1, host: 'elsewhere' } }))).toBe('running');
  });

  it('completed and interrupted runs keep their status', () => {
    expect(effectiveStatus(run({ status: 'completed' }))).toBe('completed');
    expect(effectiveStatus(run({ status: 'interrupted' }))).toBe('interrupted');
  });
});
