// JSON and YAML datasets: parsed whole (they are not line-oriented), as a list of cases or an
// object with `cases:`; each problem is located at the line and key where it is written.
import type { Hash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { CaseInputSchema, DatasetError } from '../../core/index.js';
import { IssueCollector, type Locator } from '../issues.js';
import { isPlainObject, type KeyPath } from '../key-path.js';
import { parseSourceDocument, type SourceDocument } from '../source-document.js';
import { closestMatch } from '../suggest.js';
import { describeValue, explainZodIssues } from '../zod-issues.js';
import { caseFromInput } from './case-input.js';
import { lineLocator, scanJsonLayout } from './json-layout.js';
import type { LocatedCase } from './types.js';

/** A parsed dataset document: its value, where its cases start, and positions for errors. */
interface ParsedDataset {
  value: unknown;
  locator: Locator;
  /** The line where the item at `path` (an element of the case list) starts. */
  itemLine(path: KeyPath, index: number): number;
}

/** The cases of a JSON or YAML file, as one batch: the document is parsed whole. */
export async function* readDocumentBatches(
  path: string,
  file: string,
  format: 'json' | 'yaml',
  fileHash?: Hash,
): AsyncGenerator<LocatedCase[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new DatasetError(`cannot read the file: ${err instanceof Error ? err.message : String(err)}`, {
      file,
    });
  }
  fileHash?.update(bytes);
  const text = bytes.toString('utf8');
  const parsed = format === 'json' ? parseJsonDataset(text, file) : parseYamlDataset(text, file);
  const { items, prefix } = caseList(parsed.value, parsed.locator);

  const issues = new IssueCollector();
  const cases: LocatedCase[] = [];
  items.forEach((item, index) => {
    const itemPath: KeyPath = [...prefix, index];
    const result = CaseInputSchema.safeParse(item, { reportInput: true });
    if (!result.success) {
      issues.addAll(parsed.locator, explainZodIssues(CaseInputSchema, item, result.error.issues), itemPath);
      return;
    }
    cases.push({ ...caseFromInput(result.data), origin: { file, line: parsed.itemLine(itemPath, index) } });
  });
  issues.throwIfAny(DatasetError);
  yield cases;
}

function parseYamlDataset(text: string, file: string): ParsedDataset {
  const document = parseSourceDocument(text, file, { json: false, errorClass: DatasetError });
  return { value: document.value, locator: document, itemLine: (path) => document.locate(path).line ?? 1 };
}

/**
 * JSON.parse for the values and one scan of the text for where cases start; the slow document
 * with positions of every key is built only when there is an error to locate.
 */
function parseJsonDataset(text: string, file: string): ParsedDataset {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let document: SourceDocument | undefined;
  const full = () => {
    document ??= parseSourceDocument(text, file, { json: true, errorClass: DatasetError });
    return document;
  };
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    full();
    throw new DatasetError('invalid JSON', { file });
  }
  const layout = scanJsonLayout(source, Array.isArray(value) ? undefined : 'cases');
  const position = lineLocator(source);
  if (layout.duplicateKey) {
    const { key, offset } = layout.duplicateKey;
    throw new DatasetError(`invalid JSON: duplicate key "${key}"`, { file, ...position(offset) });
  }
  return {
    value,
    locator: { file, locate: (path, atKey) => full().locate(path, atKey) },
    itemLine: (path, index) => {
      const offset = layout.itemOffsets[index];
      return offset === undefined ? (full().locate(path).line ?? 1) : position(offset).line;
    },
  };
}

function caseList(value: unknown, document: Locator): { items: unknown[]; prefix: KeyPath } {
  if (Array.isArray(value)) return { items: value, prefix: [] };
  if (isPlainObject(value)) {
    const extra = Object.keys(value).find((key) => key !== 'cases');
    if (extra !== undefined) {
      const suggestion = closestMatch(extra, ['cases']);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : ' (a dataset object holds only "cases")';
      throw new DatasetError(`unknown key${hint}`, {
        file: document.file,
        ...document.locate([extra], true),
        key: extra,
      });
    }
    if (Array.isArray(value.cases)) return { items: value.cases, prefix: ['cases'] };
    if (value.cases === undefined) {
      throw new DatasetError('required key is missing (expected a list of cases)', {
        file: document.file,
        key: 'cases',
        line: 1,
      });
    }
    throw new DatasetError(`expected a list of cases, found ${describeValue(value.cases)}`, {
      file: document.file,
      ...document.locate(['cases']),
      key: 'cases',
    });
  }
  if (value === null || value === undefined) {
    throw new DatasetError('empty file: expected a list of cases', { file: document.file });
  }
  throw new DatasetError(
    `expected a list of cases or an object with "cases", found ${describeValue(value)}`,
    {
      file: document.file,
      line: 1,
    },
  );
}
