// Text normalisation shared by the near-duplicate and contamination checks: words are lowercased and
// split on whitespace and punctuation.
//
// The rules, per UTF-16 code unit:
// - whitespace (JavaScript's \s), control characters and punctuation end a word. Punctuation is
//   every Unicode punctuation character (\p{P}) plus the ASCII symbols $ + < = > ^ ` | ~, so that on
//   ASCII text it is exactly Python's string.punctuation;
// - everything else is lowercased (a character whose lowercase form is longer than one unit is kept).
//
// lm-evaluation-harness's janitor deletes punctuation instead ("don't" → "dont"). Here it separates
// words ("don t"), because corpora are also read as raw CSV, HTML, XML or minified JSON, where
// deleting `,` or `<p>` would glue neighbouring words together ("<p>Paris</p>" → "pparisp") and hide
// real overlaps. Both sides of every comparison are normalised the same way, so verbatim copies
// match either way; only a copy that drops or adds punctuation inside a word ("email" for "e-mail")
// reads differently.

/** Per code unit: 0 ends a word; any other value is the lowercased code unit. */
const WORD_BREAK = 0;
let charMap: Uint16Array | undefined;

function buildCharMap(): Uint16Array {
  const map = new Uint16Array(0x10000);
  const separator = /[\s\p{P}$+<=>^`|~]/u;
  for (let code = 0; code < 0x10000; code++) {
    const char = String.fromCharCode(code);
    if (code < 0x20 || code === 0x7f) map[code] = WORD_BREAK;
    else if (code >= 0xd800 && code <= 0xdfff) map[code] = code;
    else if (separator.test(char)) map[code] = WORD_BREAK;
    else {
      const lower = char.toLowerCase();
      map[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
    }
  }
  return map;
}

/** The normalisation table, built on first use (a few milliseconds) rather than at import. */
export function normalisationMap(): Uint16Array {
  charMap ??= buildCharMap();
  return charMap;
}

/** The normalised words of a text. */
export function tokenize(text: string): string[] {
  const map = normalisationMap();
  const words: string[] = [];
  let start = -1;
  // A word that needs no lowercasing is sliced from the text instead of rebuilt.
  let rewritten = false;
  const end = text.length;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 0;
    const mapped = map[code]!;
    if (mapped === WORD_BREAK) {
      if (start >= 0) {
        words.push(rewritten ? lowercaseWord(text, start, i, map) : text.slice(start, i));
        start = -1;
        rewritten = false;
      }
    } else {
      if (start < 0) start = i;
      if (mapped !== code) rewritten = true;
    }
  }
  return words;
}

function lowercaseWord(text: string, start: number, end: number, map: Uint16Array): string {
  let word = '';
  for (let i = start; i < end; i++) word += String.fromCharCode(map[text.charCodeAt(i)]!);
  return word;
}

/** A text as the checks see it: normalised words joined by single spaces. */
export function normalizeText(text: string): string {
  return tokenize(text).join(' ');
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SECOND_OFFSET = 0x2f0b4ab7;
const SECOND_PRIME = 0x5bd1e995;

/** Murmur3's finaliser: spreads every input bit over the output, so nearby words hash far apart. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Turns text into normalised words without building strings: each word becomes two independent
 * 32-bit hashes (a 64-bit fingerprint). Text may arrive in pieces: a word split across two `write`
 * calls is hashed as one word, until whitespace or `flushWord` ends it. Subclasses receive the words
 * in batches (one per `write`), so that their per-word work runs in a tight loop of its own rather
 * than as a call per word.
 */
export abstract class WordHashStream {
  readonly #map = normalisationMap();
  #inWord = false;
  #first = FNV_OFFSET;
  #second = SECOND_OFFSET;
  #batchFirst = new Int32Array(256);
  #batchSecond = new Int32Array(256);
  #units = new Uint16Array(512);
  /** The same memory as #units, for Buffer.write. */
  #scratch = Buffer.from(this.#units.buffer);

  /** Called with the words completed by a `write` or `flushWord`: the first `count` of each array. */
  protected abstract words(first: Int32Array, second: Int32Array, count: number): void;

  write(text: string): void {
    // The text is copied into UTF-16 code units first, and read from there: a loop over a typed
    // array runs at full speed whatever else the process has loaded, while loops over a string's
    // charCodeAt slow down three-fold once any library builds an object on String.prototype (as
    // nunjucks does when it loads).
    if (this.#units.length < text.length) {
      this.#units = new Uint16Array(Math.max(text.length, this.#units.length * 2));
      this.#scratch = Buffer.from(this.#units.buffer);
    }
    const length = this.#scratch.write(text, 0, 'utf16le') >>> 1;
    this.#hashUnits(this.#units, length);
  }

  #hashUnits(units: Uint16Array, end: number): void {
    // A word takes at least one character and one separator, so a text ends at most this many.
    if (this.#batchFirst.length < (end >>> 1) + 1) {
      this.#batchFirst = new Int32Array((end >>> 1) + 1);
      this.#batchSecond = new Int32Array((end >>> 1) + 1);
    }
    const map = this.#map;
    const batchFirst = this.#batchFirst;
    const batchSecond = this.#batchSecond;
    let count = 0;
    let inWord = this.#inWord;
    let first = this.#first;
    let second = this.#second;
    for (let i = 0; i < end; i++) {
      const mapped = map[units[i]!]!;
      if (mapped !== WORD_BREAK) {
        first = Math.imul(first ^ mapped, FNV_PRIME);
        second = Math.imul(second ^ mapped, SECOND_PRIME);
        inWord = true;
      } else if (inWord) {
        batchFirst[count] = mix32(first);
        batchSecond[count] = mix32(second);
        count++;
        inWord = false;
        first = FNV_OFFSET;
        second = SECOND_OFFSET;
      }
    }
    this.#inWord = inWord;
    this.#first = first;
    this.#second = second;
    if (count > 0) this.words(batchFirst, batchSecond, count);
  }

  /** Ends the word in progress, if any: the next text starts a new word. */
  flushWord(): void {
    if (this.#inWord) {
      this.#batchFirst[0] = mix32(this.#first);
      this.#batchSecond[0] = mix32(this.#second);
      this.words(this.#batchFirst, this.#batchSecond, 1);
    }
    this.#inWord = false;
    this.#first = FNV_OFFSET;
    this.#second = SECOND_OFFSET;
  }
}

/** The word fingerprints of one text, in order. */
export interface WordHashes {
  first: Int32Array;
  second: Int32Array;
}

class CollectingWordHashStream extends WordHashStream {
  first: number[] = [];
  second: number[] = [];
  protected words(first: Int32Array, second: Int32Array, count: number): void {
    for (let i = 0; i < count; i++) {
      this.first.push(first[i]!);
      this.second.push(second[i]!);
    }
  }
}

export function hashWords(text: string): WordHashes {
  const stream = new CollectingWordHashStream();
  stream.write(text);
  stream.flushWord();
  return { first: Int32Array.from(stream.first), second: Int32Array.from(stream.second) };
}
