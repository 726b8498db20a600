// `groundtruth dataset dedupe NAME[@VERSION]|FILE`: groups of cases whose inputs are near-identical,
// so that a benchmark does not count the same question several times.
import {
  DEFAULT_DEDUPE_THRESHOLD,
  DEFAULT_SHINGLE_SIZE,
  type DedupeReport,
  NearDuplicateFinder,
} from '../../benchmarks/dedupe.js';
import { ExitCode, UsageError } from '../../core/index.js';
import { type CliIO, writeLine } from '../io.js';
import { type BenchmarkCasesOptions, openBenchmarkCases } from './benchmark-cases.js';

export interface DedupeCommandOptions extends BenchmarkCasesOptions {
  /** As typed: a number in (0, 1]. */
  threshold?: string;
  shingle?: number;
  json: boolean;
}

export async function dedupeCommand(
  source: string,
  options: DedupeCommandOptions,
  io: CliIO,
): Promise<number> {
  const threshold = parseThreshold(options.threshold);
  const shingleSize = options.shingle ?? DEFAULT_SHINGLE_SIZE;
  if (!Number.isInteger(shingleSize) || shingleSize < 1 || shingleSize > 32)
    throw new UsageError(`--shingle must be an integer from 1 to 32, got ${shingleSize}`);
  const finder = new NearDuplicateFinder({ threshold, shingleSize });
  const benchmark = await openBenchmarkCases(source, options, io);
  try {
    await finder.addCases(benchmark.cases);
  } finally {
    await benchmark.close();
  }
  const report = finder.finish();
  if (options.json) {
    const { groups, ...figures } = report;
    writeLine(io.stdout, JSON.stringify({ groups, dataset: benchmark.label, ...figures }, null, 2));
  } else {
    writeReport(io, benchmark.label, report);
  }
  return ExitCode.ok;
}

function parseThreshold(text: string | undefined): number {
  if (text === undefined) return DEFAULT_DEDUPE_THRESHOLD;
  const value = Number(text);
  if (text.trim() === '' || !(value > 0 && value <= 1))
    throw new UsageError(`--threshold must be a number in (0, 1], got ${text}`);
  return value;
}

function writeReport(io: CliIO, label: string, report: DedupeReport): void {
  const settings = `Jaccard >= ${report.threshold} on word ${report.shingleSize}-grams`;
  if (report.groups.length === 0) {
    writeLine(io.stdout, `${label}: no near-duplicates among ${report.cases} cases (${settings})`);
  } else {
    const inGroups = report.groups.reduce((sum, g) => sum + g.cases.length, 0);
    writeLine(
      io.stdout,
      `${label}: ${report.groups.length} group(s) of near-duplicates, ${inGroups} of ${report.cases} cases (${settings})`,
    );
    report.groups.forEach((group, i) => {
      writeLine(io.stdout);
      writeLine(
        io.stdout,
        `group ${i + 1}: ${group.cases.length} cases, lowest similarity ${group.similarity.toFixed(3)}`,
      );
      for (const pair of group.pairs) {
        writeLine(io.stdout, `  ${pair.similarity.toFixed(3)}  ${pair.cases[0]}  ~  ${pair.cases[1]}`);
      }
    });
  }
  if (report.casesWithoutWords.length > 0) {
    const shown = report.casesWithoutWords.slice(0, 10).join(', ');
    const more =
      report.casesWithoutWords.length > 10 ? `, ... (${report.casesWithoutWords.length} in all)` : '';
    writeLine(io.stdout, `not compared (no words in their input): ${shown}${more}`);
  }
}
