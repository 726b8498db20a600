// Whether a run marked `running` is really still running: its owner process may have been killed.
import { hostname } from 'node:os';
import type { Run, RunStatus } from '../core/index.js';

/** A `running` run whose owner has not written for this long is considered dead even on another host. */
const STALE_HEARTBEAT_MS = 10 * 60_000;

export function ownerIsAlive(run: Run, now = Date.now()): boolean {
  if (!run.owner) return false;
  if (run.owner.host === hostname()) {
    try {
      process.kill(run.owner.pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  }
  return now - Date.parse(run.updatedAt) < STALE_HEARTBEAT_MS;
}

/** `running` runs whose process is gone read as `interrupted`: they can be resumed. */
export function effectiveStatus(run: Run): RunStatus {
  return run.status === 'running' && !ownerIsAlive(run) ? 'interrupted' : run.status;
}
