// ROUGE-N, ROUGE-L and ROUGE-Lsum exactly as Google's rouge-score (`rouge_scorer.RougeScorer` with its
// default tokenizer): same tokens, same counts, same choice among several references.
import { lcsLength, summaryLcsHits } from './rouge-lcs.js';
import { rougeTokenize } from './rouge-tokenize.js';

export interface RougeScore {
  precision: number;
  recall: number;
  fmeasure: number;
}

export interface RougeOptions {
  /** `rouge1`…`rouge9`, `rougeL`, `rougeLsum`. Default {@link ROUGE_DEFAULT_TYPES}. */
  types?: readonly string[];
  /** Porter-stem tokens longer than three characters (rouge-score's `use_stemmer`). Default false. */
  stemmer?: boolean;
}

/** rouge-score has no default list of types; ours is the common trio. */
export const ROUGE_DEFAULT_TYPES: readonly string[] = ['rouge1', 'rouge2', 'rougeL'];

type RougeKind = { type: string; kind: 'ngram'; n: number } | { type: string; kind: 'lcs' | 'lsum' };

const ZERO: Readonly<RougeScore> = Object.freeze({ precision: 0, recall: 0, fmeasure: 0 });

function parseType(type: string): RougeKind {
  if (type === 'rougeL') return { type, kind: 'lcs' };
  if (type === 'rougeLsum') return { type, kind: 'lsum' };
  if (/^rouge[0-9]$/.test(type)) {
    const n = type.charCodeAt(5) - 48;
    if (n === 0) throw new RangeError(`rouge: type "${type}" needs a positive n (rouge1 to rouge9)`);
    return { type, kind: 'ngram', n };
  }
  throw new RangeError(
    `rouge: unknown type ${JSON.stringify(type)}; expected rouge1 to rouge9, rougeL or rougeLsum`,
  );
}

/** Harmonic mean of precision and recall, 0 when both are 0 (rouge-score's `scoring.fmeasure`). */
function score(precision: number, recall: number): RougeScore {
  const fmeasure = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, fmeasure };
}

/** Interns tokens as small integers so LCS tables compare numbers, not strings. */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  get size(): number {
    return this.ids.size;
  }
  encode(tokens: readonly string[]): Int32Array {
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      let id = this.ids.get(token);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(token, id);
      }
      out[i] = id;
    }
    return out;
  }
}

/** Counts of each n-gram; a key is the n ids in base `radix` when that is exact, else the ids joined. */
function countNgrams(ids: Int32Array, n: number, radix: number): Map<number | string, number> {
  const counts = new Map<number | string, number>();
  const numericKeys = radix ** n <= Number.MAX_SAFE_INTEGER;
  for (let start = 0; start + n <= ids.length; start++) {
    let key: number | string;
    if (numericKeys) {
      key = 0;
      for (let k = start; k < start + n; k++) key = key * radix + ids[k]!;
    } else {
      key = ids.subarray(start, start + n).join(',');
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** rouge-score's `_score_ngrams`: clipped overlap over max(count, 1), so an empty side scores 0. */
function scoreNgrams(reference: Int32Array, prediction: Int32Array, n: number, radix: number): RougeScore {
  const referenceCounts = countNgrams(reference, n, radix);
  const predictionCounts = countNgrams(prediction, n, radix);
  let overlap = 0;
  for (const [key, count] of referenceCounts) overlap += Math.min(count, predictionCounts.get(key) ?? 0);
  const referenceTotal = Math.max(reference.length - n + 1, 0);
  const predictionTotal = Math.max(prediction.length - n + 1, 0);
  return score(overlap / Math.max(predictionTotal, 1), overlap / Math.max(referenceTotal, 1));
}

function scoreLcs(reference: Int32Array, prediction: Int32Array): RougeScore {
  if (reference.length === 0 || prediction.length === 0) return { ...ZERO };
  const length = lcsLength(reference, prediction);
  return score(length / prediction.length, length / reference.length);
}

/** Sentences are the non-empty lines; a line of spaces or punctuation stays a sentence with no token. */
function sentences(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

function scoreSummaryLcs(reference: string, prediction: string, stem: boolean): RougeScore {
  const vocabulary = new Vocabulary();
  const referenceSentences = sentences(reference).map((s) => vocabulary.encode(rougeTokenize(s, stem)));
  const predictionSentences = sentences(prediction).map((s) => vocabulary.encode(rougeTokenize(s, stem)));
  let referenceTokens = 0;
  let predictionTokens = 0;
  for (const s of referenceSentences) referenceTokens += s.length;
  for (const s of predictionSentences) predictionTokens += s.length;
  if (referenceTokens === 0 || predictionTokens === 0) return { ...ZERO };
  const hits = summaryLcsHits(referenceSentences, predictionSentences, vocabulary.size);
  return score(hits / predictionTokens, hits / referenceTokens);
}

export type RougeScores = Record<string, RougeScore>;

/** A ROUGE scorer with its types parsed once, for scoring many pairs. */
export type RougeScorer = (prediction: string, reference: string | readonly string[]) => RougeScores;

/**
 * Builds a scorer with fixed options; see {@link rouge} for the semantics. Throws a RangeError
 * for an unknown type.
 *
 * @example
 * const score = createRougeScorer({ types: ['rougeL'], stemmer: true });
 * score('the cat sat', 'the cat sat on the mat').rougeL.recall; // 0.5
 */
export function createRougeScorer(options: RougeOptions = {}): RougeScorer {
  const kinds = (options.types ?? ROUGE_DEFAULT_TYPES).map(parseType);
  const stem = options.stemmer ?? false;
  const needsTokens = kinds.some((k) => k.kind !== 'lsum');

  const scoreOne = (prediction: string, predictionTokens: string[], reference: string): RougeScores => {
    const result: RougeScores = {};
    let referenceIds: Int32Array = new Int32Array(0);
    let predictionIds: Int32Array = new Int32Array(0);
    let radix = 1;
    if (needsTokens) {
      const vocabulary = new Vocabulary();
      referenceIds = vocabulary.encode(rougeTokenize(reference, stem));
      predictionIds = vocabulary.encode(predictionTokens);
      radix = Math.max(vocabulary.size, 1);
    }
    for (const k of kinds) {
      if (k.kind === 'ngram') result[k.type] = scoreNgrams(referenceIds, predictionIds, k.n, radix);
      else if (k.kind === 'lcs') result[k.type] = scoreLcs(referenceIds, predictionIds);
      else result[k.type] = scoreSummaryLcs(reference, prediction, stem);
    }
    return result;
  };

  return (prediction, reference) => {
    if (typeof prediction !== 'string') {
      throw new TypeError(`rouge: prediction must be a string, got ${typeof prediction}`);
    }
    const references = typeof reference === 'string' ? [reference] : reference;
    if (!Array.isArray(references)) {
      throw new TypeError(
        `rouge: reference must be a string or an array of strings, got ${typeof reference}`,
      );
    }
    if (references.length === 0) {
      throw new RangeError('rouge: the reference list is empty; give at least one reference');
    }
    references.forEach((r: unknown, i) => {
      if (typeof r !== 'string')
        throw new TypeError(`rouge: reference[${i}] must be a string, got ${typeof r}`);
    });
    const predictionTokens = needsTokens ? rougeTokenize(prediction, stem) : [];
    const perReference = references.map((r) => scoreOne(prediction, predictionTokens, r));
    if (perReference.length === 1) return perReference[0]!;
    // score_multi: per type, the first reference with the highest F (numpy's argmax).
    const best: RougeScores = {};
    for (const k of kinds) {
      let top = perReference[0]![k.type]!;
      for (const scores of perReference) if (scores[k.type]!.fmeasure > top.fmeasure) top = scores[k.type]!;
      best[k.type] = top;
    }
    return best;
  };
}

let defaultScorer: RougeScorer | undefined;

/**
 * ROUGE between a prediction and one or more references, as rouge-score 0.1.2's
 * `RougeScorer(types, use_stemmer).score(reference, prediction)`; with several references, as its
 * `score_multi`: per type, the score of the reference with the best F (the first on a tie).
 *
 * - Tokens: see {@link rougeTokenize}. Only ASCII letters and digits count, so text in other
 *   scripts scores 0 against anything, like rouge-score.
 * - `rougeN`: clipped n-gram overlap / prediction n-grams (precision) and / reference n-grams (recall).
 * - `rougeL`: LCS of the two token sequences.
 * - `rougeLsum`: summary-level LCS over sentences split on newlines (not on punctuation: put one
 *   sentence per line, as rouge-score expects without `split_summaries`).
 * - An empty (or token-free) prediction or reference gives zeros; an empty `types` gives `{}`.
 * - Throws RangeError for an unknown type (rouge-score's ValueError; `"rouge1\n"`, which its regex
 *   lets through, is rejected here) and for an empty reference list (numpy's argmax raises there).
 *
 * @example
 * rouge('The quick brown dog jumps on the log.', 'The quick brown fox jumps over the lazy dog');
 * // { rouge1: { precision: 0.75, recall: 0.666…, fmeasure: 0.705… }, rouge2: {…}, rougeL: {…} }
 */
export function rouge(
  prediction: string,
  reference: string | readonly string[],
  options?: RougeOptions,
): RougeScores {
  if (options === undefined) {
    defaultScorer ??= createRougeScorer();
    return defaultScorer(prediction, reference);
  }
  return createRougeScorer(options)(prediction, reference);
}
