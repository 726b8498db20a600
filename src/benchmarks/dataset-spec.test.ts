import { describe, expect, it } from 'vitest';
import { UsageError } from '../core/index.js';
import { checkDatasetName, datasetFormatOf, parseDatasetSpec, versionLabel } from './dataset-spec.js';

describe('dataset specs', () => {
  it('reads NAME as the latest version and NAME@VERSION as that version', () => {
    expect(parseDatasetSpec('faq')).toEqual({ name: 'faq', version: 'latest' });
    expect(parseDatasetSpec('team/faq-v2@3f2a9c')).toEqual({ name: 'team/faq-v2', version: '3f2a9c' });
  });

  it('refuses an empty version and names that could not be written back', () => {
    expect(() => parseDatasetSpec('faq@')).toThrow(
      new UsageError('"faq@" names no version: write NAME@VERSION, or NAME for the latest'),
    );
    for (const name of ['', '-faq', 'my faq', 'a@b', '.hidden']) {
      expect(() => checkDatasetName(name)).toThrow(
        new UsageError(
          `invalid dataset name "${name}": use letters, digits and _ . / -, starting with a letter or digit`,
        ),
      );
    }
    expect(() => parseDatasetSpec('@abc')).toThrow(UsageError);
  });

  it('names a version by 12 characters of its id', () => {
    expect(versionLabel({ name: 'faq', id: 'a'.repeat(64) })).toBe(`faq@${'a'.repeat(12)}`);
  });

  it('tells formats by extension, in any case', () => {
    expect(['a.csv', 'a.JSONL', 'a.ndjson', 'a.json', 'a.yaml', 'a.yml'].map(datasetFormatOf)).toEqual([
      'csv',
      'jsonl',
      'jsonl',
      'json',
      'yaml',
      'yaml',
    ]);
    expect(() => datasetFormatOf('cases.txt')).toThrow(
      new UsageError(
        'cannot tell the dataset format of "cases.txt": expected one of .csv, .jsonl, .ndjson, .json, .yaml, .yml',
      ),
    );
  });
});
