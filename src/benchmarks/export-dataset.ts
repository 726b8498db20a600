// `dataset export`: a stored version written as CSV, JSONL, JSON or YAML (by the file's extension),
// in a form that imports back to the same version, streamed from the store page by page.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { type Case, type DatasetFormat, UsageError } from '../core/index.js';
import type { DatasetVersion, Store } from '../store/index.js';
import { csvHeader, csvProblem, csvRow } from './csv-export.js';
import { datasetFormatOf, versionLabel } from './dataset-spec.js';

export interface ExportOutcome {
  format: DatasetFormat;
  cases: number;
  /** Absolute path of the written file. */
  path: string;
}

/**
 * Checks every case first (nothing is written when one cannot be held by the format), then writes
 * to a temporary file renamed into place, so a failed export never leaves half a file.
 */
export async function exportDataset(
  store: Store,
  version: DatasetVersion,
  file: string,
  cwd: string,
): Promise<ExportOutcome> {
  const format = datasetFormatOf(file);
  const path = resolve(cwd, file);
  const columns = await checkExportable(store, version, format);
  const temporary = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(temporary);
  try {
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    let count = 0;
    if (format === 'csv') await write(csvHeader(columns));
    if (format === 'json') await write('[');
    for await (const c of store.datasetCases(version.id)) {
      const plain = asWritten(c);
      if (format === 'csv') await write(csvRow(c, columns));
      else if (format === 'jsonl') await write(`${JSON.stringify(plain)}\n`);
      else if (format === 'json') await write(`${count === 0 ? '' : ','}\n  ${JSON.stringify(plain)}`);
      else await write(toYaml([plain], { lineWidth: 0 }));
      count++;
    }
    if (format === 'json') await write(count === 0 ? ']\n' : '\n]\n');
    if (format === 'yaml' && count === 0) await write('[]\n');
    out.end();
    await once(out, 'finish');
    await rename(temporary, path);
    return { format, cases: count, path };
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A case with its keys in the order people write them; empty tags are left out, as the reader defaults them. */
function asWritten(c: Case): Record<string, unknown> {
  const out: Record<string, unknown> = { id: c.id, vars: c.vars };
  if (c.expected !== undefined) out.expected = c.expected;
  if (c.tags.length > 0) out.tags = c.tags;
  if (c.metadata !== undefined) out.metadata = c.metadata;
  if (c.source !== undefined) out.source = c.source;
  if (c.adversarial !== undefined) out.adversarial = c.adversarial;
  if (c.repeat !== undefined) out.repeat = c.repeat;
  return out;
}

/** The CSV var columns (in order of first appearance); refuses the first case the format cannot hold. */
async function checkExportable(
  store: Store,
  version: DatasetVersion,
  format: DatasetFormat,
): Promise<string[]> {
  const refuse = (c: Case, problem: string, hint: string) =>
    new UsageError(
      `cannot export ${versionLabel(version)} as ${format.toUpperCase()}: case ${c.id}: ${problem}`,
      {
        hint,
      },
    );
  if (format === 'yaml') return [];
  if (format !== 'csv') {
    for await (const c of store.datasetCases(version.id)) {
      const where = nonFinitePath(asWritten(c), '');
      if (where !== undefined) {
        throw refuse(c, `${where} is not a finite number, which JSON cannot hold`, 'export to .yaml instead');
      }
    }
    return [];
  }
  const seen = new Set<string>();
  for await (const c of store.datasetCases(version.id))
    for (const name of Object.keys(c.vars)) seen.add(name);
  const columns = [...seen];
  for await (const c of store.datasetCases(version.id)) {
    const problem = csvProblem(c, columns);
    if (problem !== undefined)
      throw refuse(c, problem, 'export to .jsonl, .json or .yaml, which hold every case');
  }
  return columns;
}

/** The key path of the first NaN or ±Infinity in a JSON-like value. */
function nonFinitePath(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nonFinitePath(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = nonFinitePath(inner, path === '' ? key : `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
