// Domain objects for store tests: a complete run, cases and results with every optional field set
// (so round trips prove each column), and temp-file locations cleaned up after each test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Case, Result, Run } from '../../core/index.js';

/** Every table of a migrated store (with the migrator's own two), by name. */
export const STORE_TABLES = [
  'case_slices',
  'case_tags',
  'dataset_cases',
  'dataset_contents',
  'dataset_versions',
  'groundtruth_migration',
  'groundtruth_migration_lock',
  'response_cache',
  'results',
  'run_cases',
  'runs',
];

export function makeRun(overrides: Partial<Run> = {}): Run {
  return {
    id: 'run-0001',
    suitePath: '/work/suites/groundtruth.yaml',
    description: 'nightly regression',
    suiteHash: 'a1b2c3d4e5f60718',
    datasetHash: '0f1e2d3c4b5a6978',
    datasetRef: 'datasets/qa.jsonl',
    targets: [{ id: 'openai:gpt-4o-mini', type: 'openai', model: 'gpt-4o-mini', apiKey: '[redacted]' }],
    config: { prompts: [{ id: 'p1', template: 'Answer: {{question}}' }], repeat: 1, threshold: Infinity },
    git: { commit: '9cfb88f', branch: 'main', dirty: false },
    status: 'running',
    caseCount: 3,
    expectedResults: 3,
    createdAt: '2025-05-01T10:00:00.000Z',
    updatedAt: '2025-05-01T10:00:00.000Z',
    owner: { pid: 4242, host: 'ci-runner-7' },
    options: { filterTag: ['math'], concurrency: 8 },
    ...overrides,
  };
}

export function makeCase(index: number, overrides: Partial<Case> = {}): Case {
  return {
    id: `case-${index}`,
    vars: { question: `What is ${index} + ${index}?`, nested: { n: index } },
    expected: String(index * 2),
    tags: index % 2 === 0 ? ['math', 'even'] : ['math'],
    metadata: { origin: 'datasets/qa.jsonl', line: index + 1 },
    source: 'manual',
    adversarial: false,
    repeat: 1,
    ...overrides,
  };
}

export function makeResult(runId: string, caseIndex: number, overrides: Partial<Result> = {}): Result {
  return {
    runId,
    caseId: `case-${caseIndex}`,
    targetId: 'openai:gpt-4o-mini',
    promptId: 'p1',
    repeat: 0,
    prompt: `What is ${caseIndex} + ${caseIndex}?`,
    output: String(caseIndex * 2),
    error: null,
    status: 'pass',
    score: 1,
    scores: [{ name: 'equals', type: 'equals', weight: 1, value: 1, pass: true, reason: 'exact match' }],
    latencyMs: 12.5,
    tokenUsage: { prompt: 10, completion: 2, total: 12 },
    cost: 0.000015,
    cached: false,
    createdAt: '2025-05-01T10:00:01.000Z',
    ...overrides,
  };
}

/** A fresh folder under the OS temp dir; the returned function removes it. */
export function makeTempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'groundtruth-store-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
