// Assertions for metric values that must agree with their reference implementation to 1e-9.
import { expect } from 'vitest';
import { expectClose } from '../../test-helpers/close-to.js';

export { expectClose };

export interface PrecisionRecallF {
  precision: number;
  recall: number;
  fmeasure: number;
}

/** Same keys, and each precision, recall and F within 1e-9. */
export function expectScores(
  actual: Record<string, PrecisionRecallF>,
  expected: Record<string, PrecisionRecallF>,
): void {
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  for (const [type, want] of Object.entries(expected)) {
    const got = actual[type]!;
    expectClose(got.precision, want.precision);
    expectClose(got.recall, want.recall);
    expectClose(got.fmeasure, want.fmeasure);
  }
}
