import { describe, expect, it } from 'vitest';
import { UsageError } from '../core/index.js';
import { decodeResultId, encodeResultId } from './result-id.js';

describe('result ids', () => {
  it('round-trip any run id and seq through a URL-safe string', () => {
    for (const [runId, seq] of [
      ['20261128-042409-f6e152', 1],
      ['run:with:colons/and slashes?é', 123_456_789],
      ['r', Number.MAX_SAFE_INTEGER],
    ] as const) {
      const id = encodeResultId(runId, seq);
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeResultId(id)).toEqual({ runId, seq });
    }
    expect(encodeResultId('20261128-042409-f6e152', 7)).toBe('NzoyMDI2MTEyOC0wNDI0MDktZjZlMTUy');
  });

  it('refuse what no encoding made, naming it', () => {
    for (const id of [
      '',
      'abc!',
      Buffer.from('0:run').toString('base64url'),
      Buffer.from('x:run').toString('base64url'),
      Buffer.from('12:').toString('base64url'),
      'a'.repeat(600),
    ]) {
      expect(() => decodeResultId(id), id).toThrow(UsageError);
    }
    expect(() => decodeResultId('abc!')).toThrow(
      new UsageError("'abc!' is not a result id", { hint: 'result ids come from GET /api/runs/:id/results' }),
    );
  });
});
