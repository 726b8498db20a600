// `groundtruth score bleu|chrf|rouge|squad`: a metric over line-aligned files, like the sacreBLEU
// command line: one hypothesis per line, and one or more reference files with one reference per line.
import { readFile } from 'node:fs/promises';
import { ExitCode, UsageError } from '../../core/index.js';
import {
  type BleuOptions,
  type ChrfOptions,
  corpusBleu,
  corpusChrf,
  createRougeScorer,
  ROUGE_DEFAULT_TYPES,
  squad,
} from '../../metrics/index.js';
import { type CliIO, writeLine } from '../io.js';

export const SCORE_METRICS = ['bleu', 'chrf', 'rouge', 'squad'] as const;
export type ScoreMetric = (typeof SCORE_METRICS)[number];

export interface ScoreCommandOptions {
  hyp: string;
  ref: string[];
  json: boolean;
  tokenize?: BleuOptions['tokenize'];
  smooth?: BleuOptions['smooth'];
  smoothValue?: number;
  lowercase: boolean;
  maxNgramOrder?: number;
  charOrder?: number;
  wordOrder?: number;
  beta?: number;
  whitespace: boolean;
  epsSmoothing: boolean;
  types?: string;
  stemmer: boolean;
}

/** A file's lines: a final newline ends the last line rather than starting an empty one; CRLF is read as LF. */
async function readLines(path: string, what: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read the ${what} file ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export async function scoreCommand(metric: string, options: ScoreCommandOptions, io: CliIO): Promise<number> {
  if (!(SCORE_METRICS as readonly string[]).includes(metric)) {
    throw new UsageError(`unknown metric "${metric}"; use one of ${SCORE_METRICS.join(', ')}`);
  }
  if (options.ref.length === 0) throw new UsageError('give at least one --ref file');
  const hypotheses = await readLines(options.hyp, 'hypothesis');
  const streams = await Promise.all(options.ref.map((file) => readLines(file, 'reference')));
  streams.forEach((lines, i) => {
    if (lines.length !== hypotheses.length) {
      throw new UsageError(
        `${options.ref[i]} has ${lines.length} lines but ${options.hyp} has ${hypotheses.length}: the files must be line-aligned`,
      );
    }
  });
  if (hypotheses.length === 0) throw new UsageError(`${options.hyp} is empty: nothing to score`);
  // One entry per hypothesis: all its references (the transpose of the files).
  const references = hypotheses.map((_, i) => streams.map((lines) => lines[i]!));
  const result = computeScore(metric as ScoreMetric, hypotheses, references, options);
  writeLine(io.stdout, options.json ? JSON.stringify(result.json, null, 1) : result.text);
  return ExitCode.ok;
}

interface ScoreOutput {
  text: string;
  json: Record<string, unknown>;
}

function computeScore(
  metric: ScoreMetric,
  hypotheses: string[],
  references: string[][],
  options: ScoreCommandOptions,
): ScoreOutput {
  const nrefs = references[0]!.length;
  const lines = hypotheses.length;
  switch (metric) {
    case 'bleu': {
      const bleuOptions: BleuOptions = {
        tokenize: options.tokenize ?? '13a',
        smooth: options.smooth ?? 'exp',
        lowercase: options.lowercase,
        maxNgramOrder: options.maxNgramOrder ?? 4,
      };
      if (options.smoothValue !== undefined) bleuOptions.smoothValue = options.smoothValue;
      const bleu = corpusBleu(hypotheses, references, bleuOptions);
      const ratio = bleu.refLen > 0 ? bleu.sysLen / bleu.refLen : 0;
      const signature = `nrefs:${nrefs}|case:${options.lowercase ? 'lc' : 'mixed'}|eff:no|tok:${bleuOptions.tokenize}|smooth:${bleuOptions.smooth}`;
      const verbose = `${bleu.precisions.map((p) => p.toFixed(1)).join('/')} (BP = ${bleu.bp.toFixed(3)} ratio = ${ratio.toFixed(3)} hyp_len = ${bleu.sysLen} ref_len = ${bleu.refLen})`;
      return {
        text: `BLEU = ${bleu.score.toFixed(2)} ${verbose}\nsignature: ${signature}`,
        json: { name: 'BLEU', signature, verbose_score: verbose, lines, ...bleu },
      };
    }
    case 'chrf': {
      const chrfOptions: ChrfOptions = {
        charOrder: options.charOrder ?? 6,
        wordOrder: options.wordOrder ?? 0,
        beta: options.beta ?? 2,
        lowercase: options.lowercase,
        whitespace: options.whitespace,
        epsSmoothing: options.epsSmoothing,
      };
      const { score } = corpusChrf(hypotheses, references, chrfOptions);
      const name = `chrF${chrfOptions.beta}${chrfOptions.wordOrder ? '+'.repeat(chrfOptions.wordOrder) : ''}`;
      const signature = `nrefs:${nrefs}|case:${options.lowercase ? 'lc' : 'mixed'}|eff:${options.epsSmoothing ? 'no' : 'yes'}|nc:${chrfOptions.charOrder}|nw:${chrfOptions.wordOrder}|space:${options.whitespace ? 'yes' : 'no'}`;
      return {
        text: `${name} = ${score.toFixed(2)}\nsignature: ${signature}`,
        json: { name, score, signature, lines },
      };
    }
    case 'rouge': {
      const types = options.types ? options.types.split(',').map((t) => t.trim()) : [...ROUGE_DEFAULT_TYPES];
      let score: ReturnType<typeof createRougeScorer>;
      try {
        score = createRougeScorer({ types, stemmer: options.stemmer });
      } catch (error) {
        throw new UsageError(`--types: ${(error as Error).message}`);
      }
      // The mean over lines of each type's precision, recall and F-measure.
      const sums = Object.fromEntries(types.map((t) => [t, { precision: 0, recall: 0, fmeasure: 0 }]));
      hypotheses.forEach((hypothesis, i) => {
        const scores = score(hypothesis, references[i]!);
        for (const t of types) {
          const s = scores[t]!;
          sums[t]!.precision += s.precision;
          sums[t]!.recall += s.recall;
          sums[t]!.fmeasure += s.fmeasure;
        }
      });
      const means = Object.fromEntries(
        types.map((t) => [
          t,
          {
            precision: sums[t]!.precision / lines,
            recall: sums[t]!.recall / lines,
            fmeasure: sums[t]!.fmeasure / lines,
          },
        ]),
      );
      const text = types
        .map(
          (t) =>
            `${t.padEnd(9)} P ${means[t]!.precision.toFixed(4)}  R ${means[t]!.recall.toFixed(4)}  F ${means[t]!.fmeasure.toFixed(4)}`,
        )
        .join('\n');
      return {
        text: `${text}\n(mean over ${lines} lines; stemmer ${options.stemmer ? 'on' : 'off'})`,
        json: { name: 'ROUGE', stemmer: options.stemmer, lines, scores: means },
      };
    }
    case 'squad': {
      let exact = 0;
      let f1 = 0;
      hypotheses.forEach((hypothesis, i) => {
        const s = squad(hypothesis, references[i]!);
        exact += s.exactMatch;
        f1 += s.f1;
      });
      // As the official script: percentages.
      const result = { exact_match: (100 * exact) / lines, f1: (100 * f1) / lines };
      return {
        text: `exact_match = ${result.exact_match.toFixed(2)}  f1 = ${result.f1.toFixed(2)}  (${lines} questions)`,
        json: { name: 'SQuAD', lines, ...result },
      };
    }
  }
}
