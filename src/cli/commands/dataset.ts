// `groundtruth dataset import | list | versions | show | export | diff | add-from-run`: versioned
// datasets in the store. Dataset contents are untrusted: shown as escaped, single-line text only.
import Table from 'cli-table3';
import {
  addFromRun,
  checkDatasetName,
  diffVersions,
  exportDataset,
  importDataset,
  LATEST,
  parseDatasetSpec,
  profileVersion,
  resolveVersion,
  versionLabel,
} from '../../benchmarks/index.js';
import { type Case, ExitCode, stableStringify } from '../../core/index.js';
import { type DatasetVersion, type Store, shortVersionId } from '../../store/index.js';
import { type CliIO, colorEnabled, writeLine } from '../io.js';
import { withStore } from '../store-location.js';

export interface DatasetStoreOptions {
  db?: string;
  suite?: string;
}

type JsonOption = { json: boolean };

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Characters of a value shown in a table cell. */
const CELL_WIDTH = 60;

function printJson(io: CliIO, value: unknown): void {
  writeLine(io.stdout, JSON.stringify(value, null, 2));
}

function table(io: CliIO, head: string[]): Table.Table {
  const color = colorEnabled(io.stdout, io.env);
  return new Table({ head, style: color ? { head: ['cyan'] } : { head: [], border: [] } });
}

export async function datasetImportCommand(
  file: string,
  options: DatasetStoreOptions & JsonOption & { name: string },
  io: CliIO,
): Promise<number> {
  return withStore(options, io, async (store) => {
    const { version, created, previous } = await importDataset(store, {
      file,
      name: options.name,
      cwd: io.cwd,
    });
    if (options.json) {
      printJson(io, { name: version.name, version: version.id, cases: version.caseCount, created });
    } else if (created) {
      const parent = version.parent ? `, parent ${shortVersionId(version.parent)}` : '';
      writeLine(
        io.stdout,
        `stored ${versionLabel(version)}: ${version.caseCount} cases (version ${version.number} of ${version.name}${parent})`,
      );
    } else {
      const older = previous && previous.id !== version.id ? `; the latest is ${versionLabel(previous)}` : '';
      writeLine(
        io.stdout,
        `unchanged: ${versionLabel(version)} already holds these ${version.caseCount} cases (version ${version.number})${older}`,
      );
    }
    return ExitCode.ok;
  });
}

export async function datasetListCommand(
  options: DatasetStoreOptions & JsonOption,
  io: CliIO,
): Promise<number> {
  return withStore(options, io, async (store) => {
    const datasets = await store.listDatasets();
    if (options.json) {
      printJson(
        io,
        datasets.map((d) => ({
          name: d.name,
          versions: d.versions,
          latest: d.latest.id,
          cases: d.latest.caseCount,
          createdAt: d.createdAt,
          updatedAt: d.latest.createdAt,
        })),
      );
      return ExitCode.ok;
    }
    if (datasets.length === 0) {
      writeLine(io.stdout, 'no datasets yet: groundtruth dataset import FILE --name NAME stores one');
      return ExitCode.ok;
    }
    const out = table(io, ['name', 'versions', 'latest', 'cases', 'updated']);
    for (const d of datasets) {
      out.push([
        d.name,
        String(d.versions),
        shortVersionId(d.latest.id),
        String(d.latest.caseCount),
        timestamp(d.latest.createdAt),
      ]);
    }
    writeLine(io.stdout, out.toString());
    return ExitCode.ok;
  });
}

export async function datasetVersionsCommand(
  name: string,
  options: DatasetStoreOptions & JsonOption,
  io: CliIO,
): Promise<number> {
  return withStore(options, io, async (store) => {
    const versions = await store.listDatasetVersions(checkDatasetName(name));
    // An unknown name: the same message (did-you-mean, the names there are) as everywhere else.
    if (versions.length === 0) await resolveVersion(store, name, LATEST);
    if (options.json) {
      printJson(io, versions);
      return ExitCode.ok;
    }
    const out = table(io, ['version', '#', 'created', 'cases', 'note', 'parent']);
    for (const v of versions) {
      out.push([
        shortVersionId(v.id),
        String(v.number),
        timestamp(v.createdAt),
        String(v.caseCount),
        printable(v.note ?? ''),
        v.parent ? shortVersionId(v.parent) : '',
      ]);
    }
    writeLine(io.stdout, out.toString());
    return ExitCode.ok;
  });
}

export async function datasetShowCommand(
  spec: string,
  options: DatasetStoreOptions & JsonOption & { first: number },
  io: CliIO,
): Promise<number> {
  return withStore(options, io, async (store) => {
    const version = await resolveSpec(store, spec);
    const latest = await store.findDatasetVersion(version.name, LATEST);
    const profile = await profileVersion(store, version, { first: options.first });
    if (options.json) {
      const { id, ...rest } = version;
      printJson(io, { ...rest, version: id, latest: latest?.id === id, ...profile });
      return ExitCode.ok;
    }
    const lines = [
      `dataset  ${versionLabel(version)} (version ${version.number}${latest?.id === version.id ? ', latest' : ''})`,
      `id       ${version.id}`,
      `created  ${version.createdAt}`,
    ];
    if (version.note) lines.push(`note     ${printable(version.note)}`);
    if (version.parent) lines.push(`parent   ${shortVersionId(version.parent)}`);
    lines.push(
      `cases    ${profile.cases} (${profile.withExpected} with expected, ${profile.adversarial} adversarial)`,
      `sources  ${counts(profile.sources) || '-'}`,
      `tags     ${counts(profile.tags) || '-'}`,
    );
    writeLine(io.stdout, lines.join('\n'));
    if (profile.first.length > 0) {
      const out = table(io, ['id', 'vars', 'expected', 'tags']);
      for (const c of profile.first) out.push(caseCells(c));
      writeLine(io.stdout, `\nfirst ${profile.first.length} of ${profile.cases} cases\n${out.toString()}`);
    }
    return ExitCode.ok;
  });
}

export async function datasetExportCommand(
  spec: string,
  options: DatasetStoreOptions & JsonOption & { output: string },
  io: CliIO,
): Promise<number> {
  return withStore(options, io, async (store) => {
    const version = await resolveSpec(store, spec);
    const outcome = await exportDataset(store, version, options.output, io.cwd);
    if (options.json) {
      printJson(io, {
        name: version.name,
        version: version.id,
        cases: outcome.cases,
        format: outcome.format,
        file: outcome.path,
      });
    } else {
      writeLine(io.stdout, `wrote ${outcome.cases} cases of ${versionLabel(version)} to ${options.output}`);
    }
    return ExitCode.ok;
  });
}

export async function datasetDiffCommand(
  name: string,
  from: string,
  to: string,
  options: DatasetStoreOptions & JsonOption,
  io: CliIO,
): Promise<number> {
  return withStore(options, io, async (store) => {
    const dataset = checkDatasetName(name);
    const before = await resolveVersion(store, dataset, from);
    const after = await resolveVersion(store, dataset, to);
    const diff = await diffVersions(store, before, after);
    if (options.json) {
      printJson(io, diff);
      return ExitCode.ok;
    }
    writeLine(
      io.stdout,
      `${dataset} ${shortVersionId(before.id)} → ${shortVersionId(after.id)}: ` +
        `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`,
    );
    for (const id of diff.added) writeLine(io.stdout, `+ ${printable(id)}`);
    for (const id of diff.removed) writeLine(io.stdout, `- ${printable(id)}`);
    for (const id of diff.changed)
      writeLine(io.stdout, `~ ${printable(id)}: ${printable(diff.fields[id]!.join(', '))}`);
    return ExitCode.ok;
  });
}

export async function datasetAddFromRunCommand(
  runId: string,
  options: DatasetStoreOptions & JsonOption & { name: string; failed: boolean; tag?: string },
  io: CliIO,
): Promise<number> {
  return withStore(options, io, async (store) => {
    const outcome = await addFromRun(store, {
      runId,
      name: options.name,
      failedOnly: options.failed,
      ...(options.tag === undefined ? {} : { tag: options.tag }),
    });
    const { run, version } = outcome;
    if (options.json) {
      printJson(io, {
        name: options.name,
        version: version?.id ?? null,
        cases: version?.caseCount ?? 0,
        created: outcome.created,
        run: run.id,
        results: outcome.results,
        added: outcome.added,
        changed: outcome.changed,
      });
      return ExitCode.ok;
    }
    const selection = [options.failed ? 'failed ' : '', 'results of run ', run.id].join('');
    const tag = options.tag === undefined ? '' : ` with tag ${printable(options.tag)}`;
    if (version === undefined) {
      writeLine(io.stdout, `no ${selection}${tag}: nothing added to ${options.name}`);
    } else if (!outcome.created) {
      writeLine(
        io.stdout,
        `unchanged: ${versionLabel(version)} already holds the cases of ${outcome.results} ${selection}${tag}`,
      );
    } else {
      const parent = version.parent ? `, parent ${shortVersionId(version.parent)}` : '';
      writeLine(
        io.stdout,
        `stored ${versionLabel(version)}: ${outcome.added.length} cases added, ${outcome.changed.length} changed ` +
          `from ${outcome.results} ${selection}${tag} (version ${version.number}, ${version.caseCount} cases${parent})`,
      );
      writeLine(
        io.stdout,
        'each case keeps the output in metadata.candidate: correct it into expected, then import',
      );
    }
    return ExitCode.ok;
  });
}

/** `NAME[@VERSION]` → the version, or a NotFoundError saying what exists. */
function resolveSpec(store: Store, spec: string): Promise<DatasetVersion> {
  const { name, version } = parseDatasetSpec(spec);
  return resolveVersion(store, name, version);
}

function caseCells(c: Case): string[] {
  return [
    cell(c.id),
    cell(stableStringify(c.vars)),
    c.expected === undefined
      ? ''
      : cell(typeof c.expected === 'string' ? c.expected : stableStringify(c.expected)),
    cell(c.tags.join(', ')),
  ];
}

function cell(text: string): string {
  const shown = printable(text);
  return shown.length > CELL_WIDTH ? `${shown.slice(0, CELL_WIDTH - 1)}…` : shown;
}

/** Control characters (line breaks, terminal escapes) written as \uXXXX, so data cannot drive the terminal. */
function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function counts(record: Record<string, number>): string {
  return Object.entries(record)
    .map(([key, n]) => `${printable(key)} ${n}`)
    .join(', ');
}

function timestamp(iso: string): string {
  return iso.replace('T', ' ').slice(0, 19);
}
