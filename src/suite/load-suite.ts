// Loads a suite file (groundtruth.yaml/.yml/.json): parse with positions, substitute environment
// variables in target configs, validate against the schema, resolve defaults, files and templates.
// Every problem is a ConfigError at file:line:column and key; all of a file's problems come at once.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import {
  type CaseOrigin,
  ConfigError,
  type DatasetRef,
  DEFAULT_GATES,
  redactSecrets,
  type Suite,
  type SuiteFile,
  SuiteFileSchema,
  sha256,
  stableStringify,
} from '../core/index.js';
import { caseFromInput } from './datasets/case-input.js';
import { DATASET_FORMATS } from './datasets/open-dataset.js';
import { substituteSuiteEnv } from './env.js';
import { IssueCollector, type PathIssue } from './issues.js';
import { displayPath, formatKeyPath, isPlainObject } from './key-path.js';
import { type LoadContext, reportAt, resolveExisting } from './load-context.js';
import { resolvePrompts } from './resolve-prompts.js';
import { checkGates, resolveScorers } from './resolve-scorers.js';
import { resolveTargets } from './resolve-targets.js';
import { parseSourceDocument } from './source-document.js';
import { describeValue, explainZodIssues } from './zod-issues.js';

/** The names a suite file may have, tried in this order when a folder is given. */
export const SUITE_FILE_NAMES = ['groundtruth.yaml', 'groundtruth.yml', 'groundtruth.json'] as const;

export interface LoadSuiteOptions {
  /** Where `${VAR}` in target configs is looked up; default process.env. */
  env?: NodeJS.ProcessEnv;
}

export async function loadSuite(pathOrDir: string, options: LoadSuiteOptions = {}): Promise<Suite> {
  const path = locateSuiteFile(pathOrDir);
  const file = displayPath(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read the suite file: ${(err as Error).message}`, { file });
  }
  const document = parseSourceDocument(text, file, { json: extname(path).toLowerCase() === '.json' });
  if (!isPlainObject(document.value)) {
    const found = document.value === null ? 'an empty document' : describeValue(document.value);
    throw new ConfigError(`expected an object with at least targets and a prompt, found ${found}`, {
      file,
      line: 1,
      column: 1,
    });
  }

  const issues = new IssueCollector();
  const envIssues: PathIssue[] = [];
  const raw = substituteSuiteEnv(document.value, options.env ?? process.env, envIssues);
  issues.addAll(document, envIssues);
  const parsed = SuiteFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    // A value whose variable is unset is still the raw reference: the schema would complain twice.
    const unset = new Set(envIssues.map((issue) => formatKeyPath(issue.path)));
    const schemaIssues = explainZodIssues(SuiteFileSchema, raw, parsed.error.issues);
    issues.addAll(
      document,
      schemaIssues.filter((issue) => !unset.has(formatKeyPath(issue.path))),
    );
    throw issues.toError();
  }
  issues.throwIfAny();
  const suiteFile = parsed.data;

  const context: LoadContext = { dir: dirname(path), document, issues, resolvedPaths: new Set() };
  const prompts = resolvePrompts(context, suiteFile);
  const targets = resolveTargets(context, suiteFile.targets);
  const scorers = resolveScorers(
    context,
    suiteFile.scorers,
    targets.map((t) => t.id),
  );
  const gates = suiteFile.gates ?? DEFAULT_GATES;
  checkGates(
    context,
    gates,
    scorers.map((s) => s.name),
  );
  const dataset = resolveDataset(context, suiteFile);
  issues.throwIfAny();

  const suite: Suite = {
    path,
    dir: context.dir,
    prompts,
    targets,
    dataset,
    scorers,
    gates,
    concurrency: suiteFile.concurrency,
    repeat: suiteFile.repeat,
    repeatPerTag: suiteFile.repeatPerTag,
    sliceBy: suiteFile.sliceBy,
    quarantine: suiteFile.quarantine,
    cache: suiteFile.cache,
    hash: '',
  };
  if (suiteFile.description !== undefined) suite.description = suiteFile.description;
  suite.hash = suiteHash(suite, context.resolvedPaths);
  return suite;
}

/** The suite file for a path that is a file, or a folder holding one of SUITE_FILE_NAMES. */
export function locateSuiteFile(pathOrDir: string): string {
  const absolute = resolve(pathOrDir);
  if (!existsSync(absolute)) throw new ConfigError(`suite file not found: ${absolute}`);
  if (!statSync(absolute).isDirectory()) return absolute;
  for (const name of SUITE_FILE_NAMES) {
    const candidate = join(absolute, name);
    if (existsSync(candidate)) return candidate;
  }
  throw new ConfigError(`no suite file in ${displayPath(absolute)}: tried ${SUITE_FILE_NAMES.join(', ')}`);
}

function resolveDataset(context: LoadContext, suite: SuiteFile): DatasetRef {
  const written = suite.dataset;
  if (written === undefined) {
    // A suite without a dataset runs its prompts once, with no variables.
    const single = caseFromInput({ vars: {}, tags: [] });
    return { kind: 'inline', cases: [single], origins: [{ file: context.document.file, line: 1 }] };
  }
  if (!Array.isArray(written) && typeof written === 'object') {
    // A stored dataset version: the runner resolves `latest` against the store it runs with.
    return { kind: 'stored', name: written.name, version: written.version };
  }
  if (typeof written !== 'string') {
    const cases = written.map(caseFromInput);
    const origins: CaseOrigin[] = written.map((_, i) => ({
      file: context.document.file,
      line: context.document.locate(['dataset', i]).line ?? 1,
    }));
    return { kind: 'inline', cases, origins };
  }
  const format = DATASET_FORMATS[extname(written).toLowerCase()];
  if (format === undefined) {
    const known = Object.keys(DATASET_FORMATS).join(', ');
    reportAt(context, ['dataset'], `unsupported dataset file "${written}": expected one of ${known}`);
    return { kind: 'inline', cases: [] };
  }
  return { kind: 'file', path: resolveExisting(context, written, ['dataset']), format };
}

/**
 * SHA-256 of what decides the results: prompts (as loaded), targets, scorers, gates, repeat and the
 * dataset reference. Secrets are redacted and resolved paths are made relative to the suite, so the
 * hash is the same on every machine and for any key order.
 */
function suiteHash(suite: Suite, resolvedPaths: ReadonlySet<string>): string {
  const { origins: _origins, ...dataset } =
    suite.dataset.kind === 'inline' ? suite.dataset : { ...suite.dataset, origins: undefined };
  const content = {
    prompts: suite.prompts,
    targets: suite.targets,
    scorers: suite.scorers,
    gates: suite.gates,
    repeat: suite.repeat,
    repeatPerTag: suite.repeatPerTag,
    sliceBy: suite.sliceBy,
    quarantine: suite.quarantine,
    dataset,
  };
  const portable = relativizePaths(redactSecrets(content), suite.dir, resolvedPaths);
  return sha256(stableStringify(portable));
}

function relativizePaths(value: unknown, dir: string, paths: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return paths.has(value) ? relative(dir, value).split(sep).join('/') : value;
  if (Array.isArray(value)) return value.map((item) => relativizePaths(item, dir, paths));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = relativizePaths(item, dir, paths);
    return out;
  }
  return value;
}
