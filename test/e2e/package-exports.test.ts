// The published entry points resolve from the built package, and carry the API the issues name.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

function exportsOf(specifier: string): string[] {
  const res = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import('${specifier}'); console.log(JSON.stringify(Object.keys(m)))`,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(res.stderr).toBe('');
  return JSON.parse(res.stdout) as string[];
}

describe('package entry points', () => {
  it('groundtruth/metrics exports the metrics API', () => {
    expect(exportsOf('groundtruth/metrics')).toEqual(
      expect.arrayContaining([
        'corpusBleu',
        'sentenceBleu',
        'bleuFromStatistics',
        'corpusChrf',
        'sentenceChrf',
        'rouge',
        'squad',
      ]),
    );
  });

  it('groundtruth/stats exports the statistics API', () => {
    expect(exportsOf('groundtruth/stats')).toEqual(
      expect.arrayContaining([
        'cohenKappa',
        'fleissKappa',
        'krippendorffAlpha',
        'ksTwoSample',
        'populationStabilityIndex',
        'wilsonInterval',
        'mcnemar',
        'bootstrapInterval',
        'pairedBootstrap',
        'pairedPermutationTest',
        'passAtK',
        'passHatK',
        'pearson',
        'spearman',
        'kendall',
        'chiSquareIndependence',
        'jensenShannonDivergence',
      ]),
    );
  });

  it('groundtruth exports the engine', () => {
    expect(exportsOf('groundtruth')).toEqual(
      expect.arrayContaining(['loadSuite', 'openStore', 'runEval', 'writeReport']),
    );
  });
});
