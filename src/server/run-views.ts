// Runs as the API shows them: list items with the figures a runs table needs, and the run page's
// header. Statuses are corrected for runs whose process died.
import type { Run } from '../core/index.js';
import { effectiveStatus } from '../eval/run-status.js';
import type { RunListItem, RunResponse } from './api.js';

export function toRunListItem(run: Run): RunListItem {
  const item: RunListItem = {
    id: run.id,
    suitePath: run.suitePath,
    status: effectiveStatus(run),
    createdAt: run.createdAt,
    datasetRef: run.datasetRef,
    targets: run.targets.map((t) => t.id),
  };
  if (run.description !== undefined) item.description = run.description;
  if (run.finishedAt !== undefined) item.finishedAt = run.finishedAt;
  if (run.git !== undefined) item.git = run.git;
  const summary = run.summary;
  if (summary !== undefined) {
    item.total = summary.total;
    item.passRate = summary.passRate;
    item.cost = summary.targets.reduce((sum, t) => sum + t.cost, 0);
    if (summary.gates.length > 0) {
      item.gates = { passed: summary.gates.filter((g) => g.pass).length, total: summary.gates.length };
    }
  }
  return item;
}

export function toRunResponse(run: Run, savedResults: number): RunResponse {
  const response: RunResponse = {
    run: {
      ...toRunListItem(run),
      suiteHash: run.suiteHash,
      datasetHash: run.datasetHash,
      caseCount: run.caseCount,
      expectedResults: run.expectedResults,
      savedResults,
      targetConfigs: run.targets,
    },
  };
  if (run.summary !== undefined) response.summary = run.summary;
  return response;
}
