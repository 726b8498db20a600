// `groundtruth contamination NAME[@VERSION]|FILE --corpus PATH...`: the cases whose input or gold
// answer shares word n-grams with a corpus, which is streamed once however large it is.
import { resolve } from 'node:path';
import {
  type ContaminationFinding,
  ContaminationIndex,
  DEFAULT_NGRAM,
  MAX_NGRAM,
  MIN_WHOLE_FIELD_WORDS,
} from '../../benchmarks/contamination.js';
import { type CorpusStats, scanCorpus } from '../../benchmarks/corpus.js';
import { ExitCode, UsageError } from '../../core/index.js';
import { type CliIO, writeLine } from '../io.js';
import { formatDuration } from '../progress.js';
import { type BenchmarkCasesOptions, openBenchmarkCases } from './benchmark-cases.js';

export interface ContaminationCommandOptions extends BenchmarkCasesOptions {
  corpus: string[];
  ngram?: number;
  json: boolean;
  failOnContamination: boolean;
}

export async function contaminationCommand(
  source: string,
  options: ContaminationCommandOptions,
  io: CliIO,
): Promise<number> {
  const ngram = options.ngram ?? DEFAULT_NGRAM;
  if (!Number.isInteger(ngram) || ngram < 1 || ngram > MAX_NGRAM)
    throw new UsageError(`--ngram must be an integer from 1 to ${MAX_NGRAM}, got ${ngram}`);
  if (options.corpus.length === 0)
    throw new UsageError('give at least one --corpus PATH (a file or a folder)');
  const started = performance.now();

  const index = new ContaminationIndex({ ngram });
  const benchmark = await openBenchmarkCases(source, options, io);
  try {
    await index.addCases(benchmark.cases);
  } finally {
    await benchmark.close();
  }

  const scanner = index.scanner();
  const progressEvery = Number(io.env.GROUNDTRUTH_PROGRESS_INTERVAL_MS) || 5_000;
  let lastProgress = performance.now();
  const stats = await scanCorpus(
    options.corpus.map((path) => resolve(io.cwd, path)),
    scanner,
    {
      onProgress: (bytes) => {
        const now = performance.now();
        if (now - lastProgress < progressEvery) return;
        lastProgress = now;
        writeLine(io.stderr, `contamination: scanned ${formatBytes(bytes)} of the corpus...`);
      },
    },
  );
  const findings = index.findings();
  const elapsedMs = performance.now() - started;
  const counts = index.counts;

  if (options.json) {
    writeLine(
      io.stdout,
      JSON.stringify(
        {
          contaminated: findings,
          dataset: benchmark.label,
          ngram,
          ...counts,
          corpus: { ...stats, words: scanner.wordsScanned },
        },
        null,
        2,
      ),
    );
  } else {
    writeLine(io.stdout, summaryLine(benchmark.label, ngram, counts, stats, elapsedMs));
    if (counts.fieldsTooShort > 0) {
      writeLine(
        io.stdout,
        `${counts.fieldsTooShort} field(s) not checked: fewer than ${Math.min(MIN_WHOLE_FIELD_WORDS, ngram)} words`,
      );
    }
    writeFindings(io, findings);
  }
  return findings.length > 0 && options.failOnContamination ? ExitCode.gateFailed : ExitCode.ok;
}

function summaryLine(
  label: string,
  ngram: number,
  counts: ContaminationIndex['counts'],
  stats: CorpusStats,
  elapsedMs: number,
): string {
  const files = `${stats.files} file${stats.files === 1 ? '' : 's'}`;
  const skipped = stats.skippedFiles > 0 ? `, ${stats.skippedFiles} non-text files skipped` : '';
  return (
    `${label}: ${counts.cases} cases, ${counts.fieldsChecked} fields checked for ${ngram}-grams against ` +
    `${files} (${formatBytes(stats.bytes)}, ${stats.documents} document${stats.documents === 1 ? '' : 's'}${skipped}) in ${formatDuration(elapsedMs)}`
  );
}

function writeFindings(io: CliIO, findings: ContaminationFinding[]): void {
  if (findings.length === 0) {
    writeLine(io.stdout, 'no contamination found');
    return;
  }
  const cases = new Set(findings.map((f) => f.caseId)).size;
  writeLine(io.stdout, `${cases} contaminated case${cases === 1 ? '' : 's'}:`);
  const width = Math.max(4, ...findings.map((f) => f.caseId.length));
  writeLine(io.stdout, `  ${'case'.padEnd(width)}  field     overlap  n-grams found`);
  for (const f of findings) {
    const overlap = `${(f.overlap * 100).toFixed(1)}%`.padStart(7);
    writeLine(
      io.stdout,
      `  ${f.caseId.padEnd(width)}  ${f.field.padEnd(8)}  ${overlap}  ${f.matched}/${f.total}`,
    );
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
