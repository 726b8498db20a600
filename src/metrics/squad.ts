// SQuAD exact match and token F1, exactly as the official `evaluate-v1.1.py`: its answer
// normalisation, its bag-of-tokens F1, and the best score over the gold answers.

// Python's `string.punctuation`: ASCII only, so '“', '’' or '—' stay part of a token.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
// re.sub(r'\b(a|an|the)\b', ' ', text) with Python 3's Unicode \w, which is exactly [\p{L}\p{N}_].
const ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;
// What Python's str.split() splits on (str.isspace): unlike JavaScript's \s it includes
// U+001C–U+001F and U+0085 and excludes U+FEFF.
const PYTHON_WHITESPACE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: U+001C–U+001F are whitespace to Python.
  /[\t\n\v\f\r\u001c-\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

function pythonSplit(text: string): string[] {
  return text.split(PYTHON_WHITESPACE).filter((token) => token.length > 0);
}

/**
 * The official script's `normalize_answer`: lowercase, drop ASCII punctuation, replace the
 * articles a/an/the (whole words) by a space, and collapse whitespace to single spaces.
 *
 * @example
 * normalizeSquadAnswer('The  Eiffel-Tower!'); // 'eiffeltower'
 */
export function normalizeSquadAnswer(text: string): string {
  const lowered = text.toLowerCase().replace(ASCII_PUNCTUATION, '');
  return pythonSplit(lowered.replace(ARTICLES, ' ')).join(' ');
}

function tokensOf(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}

/** The script's `f1_score` on already normalised texts. */
function tokenF1(predictionTokens: readonly string[], goldTokens: readonly string[]): number {
  const goldCounts = new Map<string, number>();
  for (const token of goldTokens) goldCounts.set(token, (goldCounts.get(token) ?? 0) + 1);
  let same = 0;
  for (const token of predictionTokens) {
    const left = goldCounts.get(token);
    if (left !== undefined && left > 0) {
      same++;
      goldCounts.set(token, left - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / predictionTokens.length;
  const recall = same / goldTokens.length;
  return (2 * precision * recall) / (precision + recall);
}

export interface SquadScore {
  exactMatch: 0 | 1;
  f1: number;
}

/**
 * SQuAD v1.1 exact match and F1 of one prediction against its gold answers: each is the best over
 * the gold answers (taken separately, as the script's `metric_max_over_ground_truths` does).
 *
 * Matches the script where it surprises: an answer that normalises to nothing ('the', '.') is an
 * exact match for an empty prediction yet has F1 0; non-ASCII punctuation is kept ('don’t' is one
 * token). An empty `goldAnswers` throws a RangeError (the script's `max()` would raise).
 *
 * @example
 * squad('the Denver Broncos', ['Denver Broncos', 'Broncos']); // { exactMatch: 1, f1: 1 }
 * squad('Broncos won', ['Denver Broncos']); // { exactMatch: 0, f1: 0.5 }
 */
export function squad(prediction: string, goldAnswers: readonly string[]): SquadScore {
  if (typeof prediction !== 'string') {
    throw new TypeError(`squad: prediction must be a string, got ${typeof prediction}`);
  }
  if (!Array.isArray(goldAnswers)) {
    throw new TypeError(`squad: goldAnswers must be an array of strings, got ${typeof goldAnswers}`);
  }
  if (goldAnswers.length === 0) {
    throw new RangeError('squad: goldAnswers is empty; give at least one gold answer');
  }
  const normalizedPrediction = normalizeSquadAnswer(prediction);
  const predictionTokens = tokensOf(normalizedPrediction);
  let exactMatch: 0 | 1 = 0;
  let f1 = 0;
  goldAnswers.forEach((gold: unknown, i) => {
    if (typeof gold !== 'string')
      throw new TypeError(`squad: goldAnswers[${i}] must be a string, got ${typeof gold}`);
    const normalizedGold = normalizeSquadAnswer(gold);
    if (normalizedGold === normalizedPrediction) exactMatch = 1;
    f1 = Math.max(f1, tokenF1(predictionTokens, tokensOf(normalizedGold)));
  });
  return { exactMatch, f1 };
}
