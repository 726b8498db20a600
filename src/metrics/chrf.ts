// chrF (Popović 2015) and chrF++ (Popović 2017) exactly as sacreBLEU 2.x computes them
// (sacrebleu/metrics/chrf.py): character and word n-gram statistics, best reference per segment, F-beta.
import { ClippedNgramMatcher, CodePointVocabulary, SegmentVocabulary } from './ngram-matches.js';
import { checkCorpusShape, checkSegment } from './segment-input.js';
import { isPythonWhitespace, splitPythonWhitespace } from './tokenizers/python-whitespace.js';

export interface ChrfOptions {
  /** Longest character n-gram; default 6. */
  charOrder?: number;
  /** Longest word n-gram; default 0 (chrF). 2 gives chrF++. */
  wordOrder?: number;
  /** Recall weighs beta times as much as precision; default 2. */
  beta?: number;
  /**
   * Lowercase first, with JavaScript's `toLowerCase`: the same as Python's `str.lower` except for the
   * 55 letters Unicode 15–17 added, which Python 3.11 (Unicode 14) leaves as they are.
   */
  lowercase?: boolean;
  /** Keep whitespace inside character n-grams; default false (sacreBLEU removes it). */
  whitespace?: boolean;
  /**
   * Average the per-order F-scores with an epsilon for empty orders (chrF++.py, Moses, NLTK); default
   * false: sacreBLEU's default averages precision and recall over the orders both sides have.
   */
  epsSmoothing?: boolean;
}

/** sacreBLEU's `CHRFScore.score`, 0–100. */
export interface ChrfResult {
  score: number;
}

/**
 * One segment's (or a sum of segments') statistics, per order: the character orders 1..charOrder,
 * then the word orders 1..wordOrder. Corpus chrF is chrF of the element-wise sum.
 */
export interface ChrfStatistics {
  /** Hypothesis n-grams (0 where the reference has no n-gram of that order, as sacreBLEU counts). */
  hypothesisNgrams: number[];
  referenceNgrams: number[];
  matchingNgrams: number[];
}

interface ChrfSettings {
  charOrder: number;
  wordOrder: number;
  factor: number;
  lowercase: boolean;
  whitespace: boolean;
  epsSmoothing: boolean;
}

const EPSILON = 1e-16;

/**
 * Corpus chrF = sacreBLEU's `CHRF(...).corpus_score(hypotheses, refs)`, with `references[i]` holding every
 * reference of hypothesis i (sacreBLEU's `refs` is the transpose). Each segment keeps the statistics of
 * its reference with the best chrF (the first one on ties); the corpus score is computed from their sum.
 *
 * Characters are code points: an emoji or a CJK character outside the BMP is one character, as in
 * Python. Deliberate differences, on input sacreBLEU rejects with an unrelated error: no hypotheses,
 * a hypothesis without references, and lists of different lengths throw a RangeError.
 *
 * @example
 * corpusChrf(['The cat sat on the mat.'], [['The cat is on the mat.']]).score // 67.17…, as sacreBLEU
 * corpusChrf(['The cat sat on the mat.'], [['The cat is on the mat.']], { wordOrder: 2 }).score // chrF++: 69.44…
 */
export function corpusChrf(
  hypotheses: string[],
  references: string[][],
  options: ChrfOptions = {},
): ChrfResult {
  const where = 'corpusChrf';
  const settings = resolveSettings(options, where);
  checkCorpusShape(where, hypotheses, references);
  const sums = emptyStatistics(settings.charOrder + settings.wordOrder);
  for (let i = 0; i < hypotheses.length; i++) {
    checkSegment(where, hypotheses[i], references[i], i);
    addStatistics(sums, segmentStatistics(hypotheses[i]!, references[i]!, settings));
  }
  return { score: fScore(sums, settings) };
}

/**
 * Sentence chrF = sacreBLEU's `sentence_chrf(hypothesis, references)`.
 *
 * @example sentenceChrf('The cat sat on the mat.', ['The cat is on the mat.', 'A cat sat on the mat.']).score // 89.78… (the second reference is best)
 */
export function sentenceChrf(
  hypothesis: string,
  references: string[],
  options: ChrfOptions = {},
): ChrfResult {
  const where = 'sentenceChrf';
  const settings = resolveSettings(options, where);
  checkSegment(where, hypothesis, references);
  return { score: fScore(segmentStatistics(hypothesis, references, settings), settings) };
}

/**
 * One segment's statistics (those of its best reference), to score a corpus later with
 * {@link sumChrfStatistics} + {@link chrfFromStatistics}.
 *
 * @example chrfStatistics('abc', ['abd'], { charOrder: 2 }) // { hypothesisNgrams: [3, 2], referenceNgrams: [3, 2], matchingNgrams: [2, 1] }
 */
export function chrfStatistics(
  hypothesis: string,
  references: string[],
  options: ChrfOptions = {},
): ChrfStatistics {
  const where = 'chrfStatistics';
  const settings = resolveSettings(options, where);
  checkSegment(where, hypothesis, references);
  return segmentStatistics(hypothesis, references, settings);
}

/**
 * The element-wise sum of segment statistics (sacreBLEU's `sum_of_lists`).
 *
 * @example sumChrfStatistics([chrfStatistics(h1, refs1), chrfStatistics(h2, refs2)])
 */
export function sumChrfStatistics(statistics: readonly ChrfStatistics[]): ChrfStatistics {
  const where = 'sumChrfStatistics';
  if (statistics.length === 0) throw new RangeError(`${where}: no statistics to sum`);
  const orders = Array.isArray(statistics[0]?.matchingNgrams) ? statistics[0].matchingNgrams.length : 0;
  const sums = emptyStatistics(orders);
  statistics.forEach((s, i) => {
    checkStatistics(s, orders, `${where}: statistics[${i}]`);
    addStatistics(sums, s);
  });
  return sums;
}

/**
 * chrF from statistics (sacreBLEU's `_compute_f_score`). The statistics must have
 * `charOrder + wordOrder` orders for the options given (6 for the defaults).
 *
 * @example chrfFromStatistics(sumChrfStatistics(perSegment), { wordOrder: 2 }).score
 */
export function chrfFromStatistics(statistics: ChrfStatistics, options: ChrfOptions = {}): ChrfResult {
  const where = 'chrfFromStatistics';
  const settings = resolveSettings(options, where);
  checkStatistics(statistics, settings.charOrder + settings.wordOrder, `${where}: statistics`);
  return { score: fScore(statistics, settings) };
}

/** sacreBLEU's `_compute_f_score`, with its order of floating-point operations. */
function fScore(statistics: ChrfStatistics, settings: ChrfSettings): number {
  const { factor } = settings;
  const orders = settings.charOrder + settings.wordOrder;
  let score = 0;
  let effectiveOrder = 0;
  let precisionSum = 0;
  let recallSum = 0;
  for (let i = 0; i < orders; i++) {
    const hypothesisCount = statistics.hypothesisNgrams[i]!;
    const referenceCount = statistics.referenceNgrams[i]!;
    const matchCount = statistics.matchingNgrams[i]!;
    const precision = hypothesisCount > 0 ? matchCount / hypothesisCount : EPSILON;
    const recall = referenceCount > 0 ? matchCount / referenceCount : EPSILON;
    const denominator = factor * precision + recall;
    score += denominator > 0 ? ((1 + factor) * precision * recall) / denominator : EPSILON;
    if (hypothesisCount > 0 && referenceCount > 0) {
      precisionSum += precision;
      recallSum += recall;
      effectiveOrder++;
    }
  }
  if (settings.epsSmoothing) return (100 * score) / orders;
  const precision = effectiveOrder === 0 ? 0 : precisionSum / effectiveOrder;
  const recall = effectiveOrder === 0 ? 0 : recallSum / effectiveOrder;
  if (precision + recall === 0) return 0;
  return 100 * (((1 + factor) * precision * recall) / (factor * precision + recall));
}

// Scratch shared by every call (JavaScript runs one call at a time).
const matcher = new ClippedNgramMatcher();
const characters = new CodePointVocabulary();
const words = new SegmentVocabulary();
let hypothesisCodes = new Int32Array(512);
let hypothesisIds = new Int32Array(512);
let referenceIds = new Int32Array(512);
let wordIds = new Int32Array(128);
let referenceWordIds = new Int32Array(128);
const matches: number[] = [];
const singleReferenceEnd = [0];

/** sacreBLEU's `_compute_segment_statistics`: the statistics of the reference with the best F-score. */
function segmentStatistics(
  hypothesis: string,
  references: readonly string[],
  settings: ChrfSettings,
): ChrfStatistics {
  const { charOrder, wordOrder } = settings;
  const hypothesisText = settings.lowercase ? hypothesis.toLowerCase() : hypothesis;
  if (hypothesisCodes.length < hypothesisText.length) {
    hypothesisCodes = new Int32Array(2 * hypothesisText.length);
  }
  const hypothesisLength = codePoints(hypothesisText, settings.whitespace, hypothesisCodes);
  const hypothesisWords = wordOrder > 0 ? separatePunctuation(hypothesisText) : [];

  let best: ChrfStatistics | undefined;
  let bestScore = -1;
  for (const reference of references) {
    const referenceText = settings.lowercase ? reference.toLowerCase() : reference;
    const statistics = emptyStatistics(charOrder + wordOrder);

    if (referenceIds.length < referenceText.length) referenceIds = new Int32Array(2 * referenceText.length);
    characters.reset();
    const referenceLength = codePoints(referenceText, settings.whitespace, referenceIds);
    for (let i = 0; i < referenceLength; i++) referenceIds[i] = characters.add(referenceIds[i]!);
    if (hypothesisIds.length < hypothesisLength) hypothesisIds = new Int32Array(hypothesisCodes.length);
    for (let i = 0; i < hypothesisLength; i++) hypothesisIds[i] = characters.find(hypothesisCodes[i]!);
    countOrders(
      hypothesisIds,
      hypothesisLength,
      referenceIds,
      referenceLength,
      characters.size,
      charOrder,
      statistics,
      0,
    );

    if (wordOrder > 0) {
      const referenceWords = separatePunctuation(referenceText);
      words.reset();
      if (referenceWordIds.length < referenceWords.length) {
        referenceWordIds = new Int32Array(2 * referenceWords.length);
      }
      for (let i = 0; i < referenceWords.length; i++) referenceWordIds[i] = words.add(referenceWords[i]!);
      if (wordIds.length < hypothesisWords.length) wordIds = new Int32Array(2 * hypothesisWords.length);
      for (let i = 0; i < hypothesisWords.length; i++) wordIds[i] = words.find(hypothesisWords[i]!);
      countOrders(
        wordIds,
        hypothesisWords.length,
        referenceWordIds,
        referenceWords.length,
        words.size,
        wordOrder,
        statistics,
        charOrder,
      );
    }

    const score = fScore(statistics, settings);
    if (score > bestScore) {
      bestScore = score;
      best = statistics;
    }
  }
  return best!;
}

/** Fills orders offset+1..offset+maxOrder of `statistics` (sacreBLEU's `_get_match_statistics`). */
function countOrders(
  hypothesis: Int32Array,
  hypothesisLength: number,
  reference: Int32Array,
  referenceLength: number,
  vocabularySize: number,
  maxOrder: number,
  statistics: ChrfStatistics,
  offset: number,
): void {
  matches.length = maxOrder;
  matches.fill(0);
  if (referenceLength > 0 && hypothesisLength > 0) {
    singleReferenceEnd[0] = referenceLength;
    matcher.addMatches(
      hypothesis,
      hypothesisLength,
      reference,
      singleReferenceEnd,
      1,
      vocabularySize,
      maxOrder,
      matches,
    );
  }
  for (let n = 1; n <= maxOrder; n++) {
    const referenceNgrams = Math.max(0, referenceLength - n + 1);
    // sacreBLEU counts no hypothesis n-grams of an order the reference lacks.
    statistics.hypothesisNgrams[offset + n - 1] =
      referenceNgrams > 0 ? Math.max(0, hypothesisLength - n + 1) : 0;
    statistics.referenceNgrams[offset + n - 1] = referenceNgrams;
    statistics.matchingNgrams[offset + n - 1] = matches[n - 1]!;
  }
}

/**
 * Writes the code points of `text` into `out` (which must hold text.length entries), without Python
 * whitespace unless `keepWhitespace`; returns how many.
 */
function codePoints(text: string, keepWhitespace: boolean, out: Int32Array): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    } else if (!keepWhitespace && isPythonWhitespace(code)) {
      continue;
    }
    out[length++] = code;
  }
  return length;
}

/** `string.punctuation`: the ASCII punctuation chrF++ splits off words. */
const PUNCTUATION = new Uint8Array(128);
for (const c of '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~') PUNCTUATION[c.charCodeAt(0)] = 1;

function isPunctuation(code: number): boolean {
  return code < 128 && PUNCTUATION[code] === 1;
}

/**
 * sacreBLEU's `_remove_punctuation`: whitespace-split words, with one punctuation character split off
 * the end of a word, or else off its start (`(hi)` → `(hi`, `)`, as sacreBLEU issue #124 keeps it).
 */
function separatePunctuation(text: string): string[] {
  const separated: string[] = [];
  for (const word of splitPythonWhitespace(text)) {
    // A lone astral character has length 2 here, not 1 as in Python, but never starts or ends with
    // ASCII punctuation, so it is kept whole either way.
    if (word.length === 1) {
      separated.push(word);
    } else if (isPunctuation(word.charCodeAt(word.length - 1))) {
      separated.push(word.slice(0, -1), word.slice(-1));
    } else if (isPunctuation(word.charCodeAt(0))) {
      separated.push(word.slice(0, 1), word.slice(1));
    } else {
      separated.push(word);
    }
  }
  return separated;
}

function emptyStatistics(orders: number): ChrfStatistics {
  return {
    hypothesisNgrams: new Array<number>(orders).fill(0),
    referenceNgrams: new Array<number>(orders).fill(0),
    matchingNgrams: new Array<number>(orders).fill(0),
  };
}

function addStatistics(sums: ChrfStatistics, statistics: ChrfStatistics): void {
  for (let i = 0; i < sums.matchingNgrams.length; i++) {
    sums.hypothesisNgrams[i]! += statistics.hypothesisNgrams[i]!;
    sums.referenceNgrams[i]! += statistics.referenceNgrams[i]!;
    sums.matchingNgrams[i]! += statistics.matchingNgrams[i]!;
  }
}

function resolveSettings(options: ChrfOptions, where: string): ChrfSettings {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`${where}: options must be an object`);
  }
  const charOrder = options.charOrder ?? 6;
  const wordOrder = options.wordOrder ?? 0;
  const beta = options.beta ?? 2;
  for (const [name, value] of [
    ['charOrder', charOrder],
    ['wordOrder', wordOrder],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`${where}: ${name} must be an integer ≥ 0, got ${String(value)}`);
    }
  }
  if (charOrder + wordOrder === 0) throw new RangeError(`${where}: charOrder and wordOrder cannot both be 0`);
  if (typeof beta !== 'number' || !Number.isFinite(beta) || beta < 0) {
    throw new RangeError(`${where}: beta must be a finite number ≥ 0, got ${String(beta)}`);
  }
  return {
    charOrder,
    wordOrder,
    factor: beta ** 2,
    lowercase: checkBoolean(options.lowercase, 'lowercase', where),
    whitespace: checkBoolean(options.whitespace, 'whitespace', where),
    epsSmoothing: checkBoolean(options.epsSmoothing, 'epsSmoothing', where),
  };
}

function checkBoolean(value: unknown, name: string, where: string): boolean {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new TypeError(`${where}: ${name} must be a boolean, got ${typeof value}`);
  }
  return value ?? false;
}

function checkStatistics(statistics: ChrfStatistics, orders: number, name: string): void {
  if (statistics === null || typeof statistics !== 'object') throw new TypeError(`${name} must be an object`);
  for (const key of ['hypothesisNgrams', 'referenceNgrams', 'matchingNgrams'] as const) {
    const values = statistics[key];
    if (!Array.isArray(values) || values.length !== orders) {
      throw new RangeError(`${name}.${key} must be an array of ${orders} counts (charOrder + wordOrder)`);
    }
    for (const value of values) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new RangeError(`${name}.${key} must hold finite counts ≥ 0, got ${String(value)}`);
      }
    }
  }
}
