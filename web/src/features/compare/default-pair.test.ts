import { describe, expect, it } from 'vitest';
import { defaultPair } from './default-pair';

const run = (id: string, status: 'completed' | 'running' | 'interrupted' = 'completed') => ({ id, status });

describe('defaultPair', () => {
  it('compares the two latest completed runs, skipping unfinished ones', () => {
    expect(
      defaultPair(
        [run('r5', 'running'), run('r4'), run('r3', 'interrupted'), run('r2'), run('r1')],
        undefined,
      ),
    ).toEqual({
      base: 'r2',
      candidate: 'r4',
    });
  });

  it('compares a given candidate with the completed run before it', () => {
    expect(defaultPair([run('r3'), run('r2'), run('r1')], 'r2')).toEqual({ base: 'r1', candidate: 'r2' });
  });

  it('leaves the base open when the candidate is the oldest or the suite has one run', () => {
    expect(defaultPair([run('r2'), run('r1')], 'r1')).toEqual({ candidate: 'r1' });
    expect(defaultPair([run('r1')], undefined)).toEqual({ candidate: 'r1' });
    expect(defaultPair([], undefined)).toEqual({});
  });

  it('falls back to unfinished runs when fewer than two completed', () => {
    expect(defaultPair([run('r2', 'interrupted'), run('r1')], undefined)).toEqual({
      base: 'r1',
      candidate: 'r2',
    });
  });

  it('takes a candidate from elsewhere and the latest other run as base', () => {
    expect(defaultPair([run('r2'), run('r1')], 'other')).toEqual({ base: 'r2', candidate: 'other' });
  });
});
