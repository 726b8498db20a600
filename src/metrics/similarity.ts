// Edit-distance similarity between two strings.
import { distance } from 'fastest-levenshtein';

/** Levenshtein distance in Unicode code points (a surrogate pair counts as one character). */
export function levenshteinDistance(a: string, b: string): number {
  if (isBmp(a) && isBmp(b)) return distance(a, b);
  // fastest-levenshtein works on UTF-16 code units; map each code point to one private-use unit.
  const units = new Map<string, string>();
  const encode = (s: string) =>
    Array.from(s, (ch) => {
      let unit = units.get(ch);
      if (unit === undefined) {
        unit = String.fromCharCode(0xe000 + units.size);
        units.set(ch, unit);
      }
      return unit;
    }).join('');
  return distance(encode(a), encode(b));
}

/** 1 − distance / length of the longer string, in [0, 1]; two empty strings are identical (1). */
export function levenshteinSimilarity(a: string, b: string): number {
  const longest = Math.max(codePointLength(a), codePointLength(b));
  if (longest === 0) return 1;
  return 1 - levenshteinDistance(a, b) / longest;
}

function codePointLength(s: string): number {
  return isBmp(s) ? s.length : Array.from(s).length;
}

function isBmp(s: string): boolean {
  return !/[\uD800-\uDFFF]/.test(s);
}
