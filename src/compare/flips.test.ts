import { describe, expect, it } from 'vitest';
import type { CaseUnits } from './case-units.js';
import { classifyFlip, collectFlips } from './flips.js';

describe('classifyFlip', () => {
  it('one sample: passed before and fails now, the reverse, failing in both', () => {
    expect(classifyFlip(1, 0)).toBe('regressed');
    expect(classifyFlip(0, 1)).toBe('fixed');
    expect(classifyFlip(0, 0)).toBe('stillFailing');
    expect(classifyFlip(1, 1)).toBeUndefined();
  });

  it('repeats: fewer or more passing samples; the same count is no change unless none pass', () => {
    expect(classifyFlip(5, 4)).toBe('regressed');
    expect(classifyFlip(2, 3)).toBe('fixed');
    expect(classifyFlip(3, 3)).toBeUndefined();
  });
});

describe('collectFlips', () => {
  it('lists regressed, then fixed, then still failing; groups in order; ids as people sort them', () => {
    // Units: (case, group, samples, base passed, candidate passed)
    const rows: Array<[number, number, number, number, number]> = [
      [0, 0, 1, 1, 0], // case-10 on b: regressed
      [1, 0, 1, 1, 0], // case-2 on b: regressed
      [1, 1, 1, 0, 1], // case-2 on a: fixed
      [2, 1, 3, 3, 1], // case-1 on a: regressed (3/3 → 1/3)
      [2, 0, 1, 0, 0], // case-1 on b: still failing
      [0, 1, 1, 1, 1], // case-10 on a: unchanged
    ];
    const units: CaseUnits = {
      count: rows.length,
      unitCase: Int32Array.from(rows.map((r) => r[0])),
      unitGroup: Int32Array.from(rows.map((r) => r[1])),
      samples: Int32Array.from(rows.map((r) => r[2])),
      basePassed: Int32Array.from(rows.map((r) => r[3])),
      candidatePassed: Int32Array.from(rows.map((r) => r[4])),
      pairUnit: new Int32Array(0),
      byGroup: [Int32Array.of(0, 1, 4), Int32Array.of(2, 3, 5)],
      baseOnly: [0, 0],
    };
    const groups = [
      { target: 'b', prompt: 'default' },
      { target: 'a', prompt: 'default' },
    ];
    const flips = collectFlips(units, ['case-10', 'case-2', 'case-1'], groups, [1, 0]);
    expect(
      flips.cases.map((f) => [
        f.change,
        f.target,
        f.caseId,
        `${f.basePassed}→${f.candidatePassed}/${f.samples}`,
      ]),
    ).toEqual([
      ['regressed', 'a', 'case-1', '3→1/3'],
      ['regressed', 'b', 'case-2', '1→0/1'],
      ['regressed', 'b', 'case-10', '1→0/1'],
      ['fixed', 'a', 'case-2', '0→1/1'],
      ['stillFailing', 'b', 'case-1', '0→0/1'],
    ]);
    expect(flips.regressed).toEqual(['case-1', 'case-2', 'case-10']);
    expect(flips.fixed).toEqual(['case-2']);
    expect(flips.stillFailing).toEqual(['case-1']);
  });
});
