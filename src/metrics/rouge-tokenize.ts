// rouge-score's default tokenizer: lowercase, keep runs of [a-z0-9], optionally Porter-stem the
// tokens longer than three characters.
import { porterStem } from './porter-stemmer.js';

// Stems are pure functions of the token; a bounded cache keeps memory flat over any corpus.
const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

function cachedStem(token: string): string {
  let stem = stemCache.get(token);
  if (stem === undefined) {
    stem = porterStem(token);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(token, stem);
  }
  return stem;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/**
 * Splits text into tokens as rouge-score's `tokenize.tokenize(text, stemmer)` does: lowercase,
 * replace everything outside [a-z0-9] with a space, split, and with `stem` replace each token
 * longer than three characters by its Porter stem (NLTK's default mode).
 *
 * Only ASCII letters and digits survive, so accented letters split words ('café' → ['caf']) and
 * text in other scripts yields no token at all. Two non-ASCII characters lowercase into ASCII and
 * so count, exactly as in Python: 'İ' (→ 'i' + a combining dot, which splits) and the Kelvin sign.
 *
 * @example
 * rougeTokenize('The friends had a meeting', true); // ['the', 'friend', 'had', 'a', 'meet']
 */
export function rougeTokenize(text: string, stem = false): string[] {
  // No character outside ASCII lowercases to [a-z0-9] except 'İ' and 'K' (checked over all of
  // Unicode against Python's str.lower), so scanning JavaScript's lowercase is exact.
  const lower = text.toLowerCase();
  const tokens: string[] = [];
  const end = lower.length;
  let start = -1;
  for (let i = 0; i <= end; i++) {
    if (i < end && isAsciiAlphanumeric(lower.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const token = lower.slice(start, i);
      tokens.push(stem && token.length > 3 ? cachedStem(token) : token);
      start = -1;
    }
  }
  return tokens;
}
