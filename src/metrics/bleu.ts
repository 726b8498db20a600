// BLEU (Papineni et al., 2002) exactly as sacreBLEU 2.x computes it (sacrebleu/metrics/bleu.py):
// tokenization, clipped n-gram statistics summed over segments, smoothing, effective order, brevity penalty.
import { ClippedNgramMatcher, SegmentVocabulary } from './ngram-matches.js';
import { checkCorpusShape, checkSegment } from './segment-input.js';
import { type BleuTokenizerName, bleuTokenizers } from './tokenizers/index.js';
import { rstripPythonWhitespace } from './tokenizers/python-whitespace.js';

export type BleuSmoothing = 'exp' | 'floor' | 'add-k' | 'none';

export interface BleuOptions {
  /** sacreBLEU's `tokenize`; default `13a`. */
  tokenize?: BleuTokenizerName;
  /** sacreBLEU's `smooth_method`; default `exp` (mteval-v13a's NIST smoothing). */
  smooth?: BleuSmoothing;
  /** For `floor` (default 0.1) and `add-k` (default 1); ignored by `exp` and `none`. */
  smoothValue?: number;
  /** Lowercase hypotheses and references first (JavaScript's `toLowerCase`; see {@link corpusBleu} on Python's). */
  lowercase?: boolean;
  /** Longest n-gram counted; default 4. */
  maxNgramOrder?: number;
  /** Stop the geometric mean at the first order the hypothesis has no n-gram of; default false (true for sentences). */
  effectiveOrder?: boolean;
}

/** sacreBLEU's `BLEUScore`: `score` and `precisions` in percent (0–100). */
export interface BleuResult {
  score: number;
  /** Clipped matches per order (after `add-k` adds its k for orders ≥ 2, as sacreBLEU reports them). */
  counts: number[];
  /** Hypothesis n-grams per order (idem). */
  totals: number[];
  precisions: number[];
  /** Brevity penalty. */
  bp: number;
  /** Hypothesis tokens. */
  sysLen: number;
  /** Reference tokens: per segment, the reference length closest to the hypothesis (the shorter on ties). */
  refLen: number;
}

/** The sufficient statistics of one segment or a sum of segments: corpus BLEU is BLEU of their sum. */
export interface BleuStatistics {
  correct: number[];
  total: number[];
  sysLen: number;
  refLen: number;
}

const SMOOTHINGS: readonly BleuSmoothing[] = ['exp', 'floor', 'add-k', 'none'];
const DEFAULT_SMOOTH_VALUE: Readonly<Record<BleuSmoothing, number>> = {
  exp: 0,
  floor: 0.1,
  'add-k': 1,
  none: 0,
};
const DEFAULT_MAX_NGRAM_ORDER = 4;
// sacreBLEU's `my_log(0)`: a floor, not -Infinity, so one empty order makes the score exactly 0.
const LOG_OF_ZERO = -9999999999;

interface Preprocessing {
  tokenize: (line: string) => string[];
  lowercase: boolean;
  maxOrder: number;
}

interface Scoring {
  smooth: BleuSmoothing;
  smoothValue: number;
  effectiveOrder: boolean;
  maxOrder: number;
}

/**
 * Corpus BLEU = sacreBLEU's `BLEU(...).corpus_score(hypotheses, refs)`, with `references[i]` holding
 * every reference of hypothesis i (sacreBLEU's `refs` is the transpose: one stream per reference);
 * hypotheses may have different numbers of references.
 *
 * Matches sacreBLEU also where it is surprising: an empty hypothesis counts (sysLen 0), and when no
 * n-gram matches at all the score is 0 whatever the smoothing. Deliberate differences, all on input
 * sacreBLEU rejects or mishandles: no hypotheses (sacreBLEU: IndexError) and a hypothesis with no
 * references (sacreBLEU raises, or counts a reference length of -1 for an empty hypothesis) throw a
 * RangeError; so do lists of different lengths (sacreBLEU silently truncates to the shorter).
 * `lowercase` uses JavaScript's `toLowerCase`, identical to Python's `str.lower` for every character
 * Python 3.11 (Unicode 14) knows; 55 letters added in Unicode 15–17 are lowercased here but not there.
 *
 * @example
 * const hypotheses = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];
 * const references = [
 *   ['The dog bit the man.', 'The dog had bit the man.'],
 *   ['It was not unexpected.', 'No one was surprised.'],
 *   ['The man bit him first.', 'The man had bitten the dog.'],
 * ];
 * corpusBleu(hypotheses, references).score // 48.530827009929865, as sacreBLEU
 */
export function corpusBleu(
  hypotheses: string[],
  references: string[][],
  options: BleuOptions = {},
): BleuResult {
  const where = 'corpusBleu';
  const preprocessing = resolvePreprocessing(options, where);
  const scoring = resolveScoring(options, false, where);
  checkCorpusShape(where, hypotheses, references);
  const sums = emptyStatistics(preprocessing.maxOrder);
  for (let i = 0; i < hypotheses.length; i++) {
    checkSegment(where, hypotheses[i], references[i], i);
    addSegmentStatistics(hypotheses[i]!, references[i]!, preprocessing, sums);
  }
  return computeBleu(sums, scoring);
}

/**
 * Sentence BLEU = sacreBLEU's `sentence_bleu(hypothesis, references)`: `effectiveOrder` defaults to
 * true, so a hypothesis shorter than 4 tokens is not scored 0 for lacking 4-grams.
 *
 * @example sentenceBleu('The cat sat on the mat.', ['The cat is on the mat.', 'A cat sat on the mat.']).score // 88.01…
 */
export function sentenceBleu(
  hypothesis: string,
  references: string[],
  options: BleuOptions = {},
): BleuResult {
  const where = 'sentenceBleu';
  const preprocessing = resolvePreprocessing(options, where);
  const scoring = resolveScoring(options, true, where);
  checkSegment(where, hypothesis, references);
  const sums = emptyStatistics(preprocessing.maxOrder);
  addSegmentStatistics(hypothesis, references, preprocessing, sums);
  return computeBleu(sums, scoring);
}

/**
 * One segment's sufficient statistics (sacreBLEU's `_extract_corpus_statistics` row), for scoring
 * segments one at a time and the corpus later with {@link sumBleuStatistics} + {@link bleuFromStatistics}.
 * Uses `tokenize`, `lowercase` and `maxNgramOrder`.
 *
 * @example bleuStatistics('the cat sat', ['the cat sat down']) // { correct: [3, 2, 1, 0], total: [3, 2, 1, 0], sysLen: 3, refLen: 4 }
 */
export function bleuStatistics(
  hypothesis: string,
  references: string[],
  options: BleuOptions = {},
): BleuStatistics {
  const where = 'bleuStatistics';
  const preprocessing = resolvePreprocessing(options, where);
  checkSegment(where, hypothesis, references);
  const sums = emptyStatistics(preprocessing.maxOrder);
  addSegmentStatistics(hypothesis, references, preprocessing, sums);
  return sums;
}

/**
 * The element-wise sum of segment statistics (sacreBLEU's `sum_of_lists`).
 *
 * @example sumBleuStatistics([bleuStatistics(h1, refs1), bleuStatistics(h2, refs2)])
 */
export function sumBleuStatistics(statistics: readonly BleuStatistics[]): BleuStatistics {
  const where = 'sumBleuStatistics';
  if (statistics.length === 0) throw new RangeError(`${where}: no statistics to sum`);
  const order = Array.isArray(statistics[0]?.correct) ? statistics[0].correct.length : 0;
  const sums = emptyStatistics(order);
  statistics.forEach((s, i) => {
    checkStatistics(s, order, `${where}: statistics[${i}]`);
    for (let n = 0; n < order; n++) {
      sums.correct[n]! += s.correct[n]!;
      sums.total[n]! += s.total[n]!;
    }
    sums.sysLen += s.sysLen;
    sums.refLen += s.refLen;
  });
  return sums;
}

/**
 * BLEU from sufficient statistics = sacreBLEU's `BLEU.compute_bleu`, with this module's defaults
 * (`exp` smoothing, effective order off; sacreBLEU's static method defaults to `none`). The n-gram
 * order is the length of `correct`; `maxNgramOrder`, if given, must equal it. The input is not modified.
 *
 * @example bleuFromStatistics({ correct: [9, 7, 5, 3], total: [10, 8, 6, 4], sysLen: 11, refLen: 11 }).score // 83.759...
 */
export function bleuFromStatistics(statistics: BleuStatistics, options: BleuOptions = {}): BleuResult {
  const where = 'bleuFromStatistics';
  const order = Array.isArray(statistics?.correct) ? statistics.correct.length : 0;
  if (options.maxNgramOrder !== undefined && options.maxNgramOrder !== order) {
    throw new RangeError(
      `${where}: maxNgramOrder is ${options.maxNgramOrder} but the statistics have ${order} orders`,
    );
  }
  checkStatistics(statistics, order, `${where}: statistics`);
  const scoring = resolveScoring({ ...options, maxNgramOrder: order }, false, where);
  return computeBleu(statistics, scoring);
}

/** sacreBLEU's `compute_bleu`, step for step (including its order of floating-point operations). */
function computeBleu(statistics: BleuStatistics, scoring: Scoring): BleuResult {
  const { smooth, smoothValue, effectiveOrder, maxOrder } = scoring;
  const { sysLen, refLen } = statistics;
  const correct = statistics.correct.slice();
  const total = statistics.total.slice();

  let bp = 1;
  if (sysLen < refLen) bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0;
  const precisions = new Array<number>(maxOrder).fill(0);
  // sacreBLEU #141: no match of any order scores 0 before any smoothing applies.
  if (correct.every((c) => c === 0)) {
    return { score: 0, counts: correct, totals: total, precisions, bp, sysLen, refLen };
  }

  let mtevalSmoothing = 1;
  let order = maxOrder;
  for (let n = 1; n <= maxOrder; n++) {
    if (smooth === 'add-k' && n > 1) {
      correct[n - 1]! += smoothValue;
      total[n - 1]! += smoothValue;
    }
    if (total[n - 1] === 0) break;
    if (effectiveOrder) order = n;
    if (correct[n - 1] === 0) {
      if (smooth === 'exp') {
        mtevalSmoothing *= 2;
        precisions[n - 1] = 100 / (mtevalSmoothing * total[n - 1]!);
      } else if (smooth === 'floor') {
        precisions[n - 1] = (100 * smoothValue) / total[n - 1]!;
      }
    } else {
      precisions[n - 1] = (100 * correct[n - 1]!) / total[n - 1]!;
    }
  }

  let logSum = 0;
  for (let n = 0; n < order; n++) logSum += precisions[n] === 0 ? LOG_OF_ZERO : Math.log(precisions[n]!);
  const score = bp * Math.exp(logSum / order);
  return { score, counts: correct, totals: total, precisions, bp, sysLen, refLen };
}

// Scratch shared by every call (JavaScript runs one call at a time): token ids and the matcher.
const matcher = new ClippedNgramMatcher();
const vocabulary = new SegmentVocabulary();
let hypothesisIds = new Int32Array(256);
let referenceIds = new Int32Array(1024);
const referenceEnds: number[] = [];
const referenceLengths: number[] = [];

/** Adds one segment's statistics to `sums` (sacreBLEU's `_compute_segment_statistics`). */
function addSegmentStatistics(
  hypothesis: string,
  references: readonly string[],
  preprocessing: Preprocessing,
  sums: BleuStatistics,
): void {
  vocabulary.reset();
  referenceEnds.length = 0;
  referenceLengths.length = 0;
  let end = 0;
  for (const reference of references) {
    const tokens = preprocess(reference, preprocessing);
    if (referenceIds.length < end + tokens.length) {
      referenceIds = grow(referenceIds, end + tokens.length, end);
    }
    for (const token of tokens) referenceIds[end++] = vocabulary.add(token);
    referenceEnds.push(end);
    referenceLengths.push(tokens.length);
  }

  const tokens = preprocess(hypothesis, preprocessing);
  const length = tokens.length;
  if (hypothesisIds.length < length) hypothesisIds = new Int32Array(2 * length);
  for (let i = 0; i < length; i++) hypothesisIds[i] = vocabulary.find(tokens[i]!);

  const { maxOrder } = preprocessing;
  matcher.addMatches(
    hypothesisIds,
    length,
    referenceIds,
    referenceEnds,
    referenceEnds.length,
    vocabulary.size,
    maxOrder,
    sums.correct,
  );
  for (let n = 1; n <= maxOrder; n++) sums.total[n - 1]! += Math.max(0, length - n + 1);
  sums.sysLen += length;
  sums.refLen += closestReferenceLength(length, referenceLengths);
}

/** sacreBLEU's `_preprocess_segment`: lowercase, strip trailing whitespace, tokenize. */
function preprocess(text: string, preprocessing: Preprocessing): string[] {
  const cased = preprocessing.lowercase ? text.toLowerCase() : text;
  return preprocessing.tokenize(rstripPythonWhitespace(cased));
}

/** The reference length closest to the hypothesis length; on a tie, the shorter reference. */
function closestReferenceLength(hypothesisLength: number, lengths: readonly number[]): number {
  let closest = lengths[0]!;
  let closestDifference = Math.abs(hypothesisLength - closest);
  for (let r = 1; r < lengths.length; r++) {
    const length = lengths[r]!;
    const difference = Math.abs(hypothesisLength - length);
    if (difference < closestDifference || (difference === closestDifference && length < closest)) {
      closest = length;
      closestDifference = difference;
    }
  }
  return closest;
}

function grow(buffer: Int32Array, needed: number, keep: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(Math.max(needed, 2 * buffer.length));
  larger.set(buffer.subarray(0, keep));
  return larger;
}

function emptyStatistics(order: number): BleuStatistics {
  return {
    correct: new Array<number>(order).fill(0),
    total: new Array<number>(order).fill(0),
    sysLen: 0,
    refLen: 0,
  };
}

function resolvePreprocessing(options: BleuOptions, where: string): Preprocessing {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`${where}: options must be an object`);
  }
  const name = options.tokenize ?? '13a';
  if (!Object.hasOwn(bleuTokenizers, name)) {
    throw new RangeError(
      `${where}: unknown tokenize ${JSON.stringify(name)}; expected one of ${Object.keys(bleuTokenizers).join(', ')}`,
    );
  }
  const maxOrder = options.maxNgramOrder ?? DEFAULT_MAX_NGRAM_ORDER;
  if (!Number.isInteger(maxOrder) || maxOrder < 1) {
    throw new RangeError(`${where}: maxNgramOrder must be an integer ≥ 1, got ${String(maxOrder)}`);
  }
  return {
    tokenize: bleuTokenizers[name],
    lowercase: checkBoolean(options.lowercase, 'lowercase', where) ?? false,
    maxOrder,
  };
}

function resolveScoring(options: BleuOptions, sentenceLevel: boolean, where: string): Scoring {
  const smooth = options.smooth ?? 'exp';
  if (!SMOOTHINGS.includes(smooth)) {
    throw new RangeError(
      `${where}: unknown smooth ${JSON.stringify(smooth)}; expected one of ${SMOOTHINGS.join(', ')}`,
    );
  }
  const smoothValue = options.smoothValue ?? DEFAULT_SMOOTH_VALUE[smooth];
  if (typeof smoothValue !== 'number' || !Number.isFinite(smoothValue)) {
    throw new RangeError(`${where}: smoothValue must be a finite number, got ${String(smoothValue)}`);
  }
  return {
    smooth,
    smoothValue,
    effectiveOrder: checkBoolean(options.effectiveOrder, 'effectiveOrder', where) ?? sentenceLevel,
    maxOrder: options.maxNgramOrder ?? DEFAULT_MAX_NGRAM_ORDER,
  };
}

function checkBoolean(value: unknown, name: string, where: string): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new TypeError(`${where}: ${name} must be a boolean, got ${typeof value}`);
  }
  return value;
}

function checkStatistics(statistics: BleuStatistics, order: number, name: string): void {
  if (statistics === null || typeof statistics !== 'object') throw new TypeError(`${name} must be an object`);
  for (const key of ['correct', 'total'] as const) {
    const values = statistics[key];
    if (!Array.isArray(values) || values.length !== order) {
      throw new RangeError(`${name}.${key} must be an array of ${order} counts`);
    }
    if (order === 0) throw new RangeError(`${name}.${key} is empty: BLEU needs at least one n-gram order`);
    for (const value of values) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new RangeError(`${name}.${key} must hold finite counts ≥ 0, got ${String(value)}`);
      }
    }
  }
  for (const key of ['sysLen', 'refLen'] as const) {
    const value = statistics[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new RangeError(`${name}.${key} must be a finite length ≥ 0, got ${String(value)}`);
    }
  }
}
