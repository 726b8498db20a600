// Result ids of the API: opaque to clients, they encode the run and the result's position in it
// (its seq), so one indexed lookup finds the result with no id column in the store.
import { UsageError } from '../core/index.js';

export interface ResultAddress {
  runId: string;
  seq: number;
}

export function encodeResultId(runId: string, seq: number): string {
  return Buffer.from(`${seq}:${runId}`, 'utf8').toString('base64url');
}

const ENCODED = /^[A-Za-z0-9_-]{1,512}$/;
const DECODED = /^([1-9][0-9]{0,15}):(.+)$/s;

/** UsageError (400) for a string that no encodeResultId could have made. */
export function decodeResultId(id: string): ResultAddress {
  const match = ENCODED.test(id) ? DECODED.exec(Buffer.from(id, 'base64url').toString('utf8')) : null;
  const seq = match === null ? Number.NaN : Number(match[1]);
  if (match === null || !Number.isSafeInteger(seq)) {
    throw new UsageError(`'${id.slice(0, 80)}' is not a result id`, {
      hint: 'result ids come from GET /api/runs/:id/results',
    });
  }
  return { runId: match[2]!, seq };
}
