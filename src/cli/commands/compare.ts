// `groundtruth compare BASE CANDIDATE`: the paired comparison of two stored runs, as a table, JSON or
// a Markdown report for a pull request.
import { extname, resolve } from 'node:path';
import {
  compareRuns,
  formatComparison,
  renderComparisonMarkdown,
  resolveBaseline,
  resolveCandidate,
} from '../../compare/index.js';
import { ExitCode, UsageError } from '../../core/index.js';
import { writeTextFile } from '../../report/write-file.js';
import { locateSuiteFile } from '../../suite/index.js';
import { type CliIO, colorEnabled, writeLine } from '../io.js';
import { withStore } from '../store-location.js';

export interface CompareCommandOptions {
  json: boolean;
  output?: string;
  db?: string;
  suite?: string;
  alpha?: number;
  seed?: number;
  resamples?: number;
  holm: boolean;
}

const OUTPUT_FORMATS = ['md', 'json'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

function outputFormat(path: string): OutputFormat {
  const extension = extname(path).slice(1).toLowerCase();
  if ((OUTPUT_FORMATS as readonly string[]).includes(extension)) return extension as OutputFormat;
  throw new UsageError(
    `cannot write ${path}: compare writes a Markdown (.md) or JSON (.json) report, not ${extension ? `.${extension}` : 'a file without an extension'}`,
  );
}

export async function compareCommand(
  baseRef: string,
  candidateRef: string,
  options: CompareCommandOptions,
  io: CliIO,
): Promise<number> {
  const format = options.output === undefined ? undefined : outputFormat(options.output);
  const suitePath = options.suite === undefined ? undefined : locateSuiteFile(resolve(io.cwd, options.suite));
  return withStore({ db: options.db, suite: suitePath }, io, async (store) => {
    const candidate = await resolveCandidate(store, candidateRef, suitePath);
    const base = await resolveBaseline(store, {
      suitePath: suitePath ?? candidate.suitePath,
      ref: baseRef,
      candidateRunId: candidate.id,
    });
    const comparison = await compareRuns(store, base, candidate, {
      ...(options.alpha !== undefined ? { alpha: options.alpha } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.resamples !== undefined ? { resamples: options.resamples } : {}),
      holm: options.holm,
    });
    if (options.json) writeLine(io.stdout, JSON.stringify(comparison, null, 2));
    else io.stdout.write(formatComparison(comparison, { color: colorEnabled(io.stdout, io.env) }));
    if (options.output !== undefined) {
      const text =
        format === 'md' ? renderComparisonMarkdown(comparison) : `${JSON.stringify(comparison, null, 2)}\n`;
      await writeTextFile(options.output, once(text));
      writeLine(io.stderr, `wrote ${options.output}`);
    }
    return ExitCode.ok;
  });
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}
