// The Porter stemmer exactly as NLTK's `PorterStemmer()` runs it by default (mode NLTK_EXTENSIONS),
// which is the stemmer rouge-score builds for `use_stemmer=True`.
//
// Conditions take the word and the length of the prefix they test, because every stem the
// algorithm inspects is a prefix of the current word: no substring is built just to be measured.

type Condition = ((word: string, stemLength: number) => boolean) | null;
type Rule = readonly [suffix: string, replacement: string, condition: Condition];

// NLTK's table of irregular forms, inverted: form → stem. Looked up before any rule runs.
const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map([
  ['sky', 'sky'],
  ['skies', 'sky'],
  ['dying', 'die'],
  ['lying', 'lie'],
  ['tying', 'tie'],
  ['news', 'news'],
  ['innings', 'inning'],
  ['inning', 'inning'],
  ['outings', 'outing'],
  ['outing', 'outing'],
  ['cannings', 'canning'],
  ['canning', 'canning'],
  ['howe', 'howe'],
  ['proceed', 'proceed'],
  ['exceed', 'exceed'],
  ['succeed', 'succeed'],
]);

function isVowelLetter(code: number): boolean {
  // a e i o u
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117;
}

const Y = 121;

/** Porter's consonant: not a vowel letter, and a `y` only when it follows a vowel or starts the word. */
function isConsonant(word: string, i: number): boolean {
  // The definition is recursive through runs of `y`; walk back to the run's start instead.
  let k = i;
  while (k > 0 && word.charCodeAt(k) === Y) k--;
  const first = word.charCodeAt(k);
  const base = first === Y ? true : !isVowelLetter(first);
  return (i - k) % 2 === 0 ? base : !base;
}

/** m in [C](VC){m}[V] for the first `length` characters: the number of vowel→consonant changes. */
function measure(word: string, length: number): number {
  let m = 0;
  let previousIsVowel = false;
  for (let i = 0; i < length; i++) {
    const consonant = isConsonant(word, i);
    if (consonant && previousIsVowel) m++;
    previousIsVowel = !consonant;
  }
  return m;
}

function containsVowel(word: string, length: number): boolean {
  for (let i = 0; i < length; i++) if (!isConsonant(word, i)) return true;
  return false;
}

function endsDoubleConsonant(word: string, length: number): boolean {
  return (
    length >= 2 &&
    word.charCodeAt(length - 1) === word.charCodeAt(length - 2) &&
    isConsonant(word, length - 1)
  );
}

/** *o: ends consonant-vowel-consonant, the last not w, x or y; NLTK also accepts a two-letter vowel-consonant stem. */
function endsCvc(word: string, length: number): boolean {
  if (length >= 3) {
    const last = word.charCodeAt(length - 1);
    return (
      isConsonant(word, length - 3) &&
      !isConsonant(word, length - 2) &&
      isConsonant(word, length - 1) &&
      last !== 119 && // w
      last !== 120 && // x
      last !== Y
    );
  }
  return length === 2 && !isConsonant(word, 0) && isConsonant(word, 1);
}

const measureAbove0: Condition = (word, length) => measure(word, length) > 0;
const measureAbove1: Condition = (word, length) => measure(word, length) > 1;

/** The first rule whose suffix matches decides: its condition failing leaves the word unchanged. */
function applyRules(word: string, rules: readonly Rule[]): string {
  for (const [suffix, replacement, condition] of rules) {
    if (word.endsWith(suffix)) {
      const stemLength = word.length - suffix.length;
      if (condition === null || condition(word, stemLength)) return word.slice(0, stemLength) + replacement;
      return word;
    }
  }
  return word;
}

const STEP_1A: readonly Rule[] = [
  ['sses', 'ss', null],
  ['ies', 'i', null],
  ['ss', 'ss', null],
  ['s', '', null],
];

function step1a(word: string): string {
  // NLTK: 'dies' → 'die' while 'flies' → 'fli'.
  if (word.length === 4 && word.endsWith('ies')) return word.slice(0, 1) + 'ie';
  return applyRules(word, STEP_1A);
}

function step1b(word: string): string {
  // NLTK: 'died' → 'die' while 'spied' → 'spi'.
  if (word.endsWith('ied')) return word.slice(0, -3) + (word.length === 4 ? 'ie' : 'i');
  if (word.endsWith('eed')) {
    const stemLength = word.length - 3;
    return measure(word, stemLength) > 0 ? word.slice(0, stemLength) + 'ee' : word;
  }
  let stem: string | undefined;
  for (const suffix of ['ed', 'ing']) {
    if (word.endsWith(suffix) && containsVowel(word, word.length - suffix.length)) {
      stem = word.slice(0, word.length - suffix.length);
      break;
    }
  }
  if (stem === undefined) return word;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return stem + 'e';
  const length = stem.length;
  if (endsDoubleConsonant(stem, length)) {
    const last = stem.charCodeAt(length - 1);
    // l, s, z keep their double letter, and no later rule is tried.
    return last === 108 || last === 115 || last === 122 ? stem : stem.slice(0, -1);
  }
  return measure(stem, length) === 1 && endsCvc(stem, length) ? stem + 'e' : stem;
}

// NLTK: y → i only after a consonant that is not the whole stem ('happy' → 'happi', 'enjoy' stays).
const STEP_1C: readonly Rule[] = [['y', 'i', (word, length) => length > 1 && isConsonant(word, length - 1)]];

const STEP_2: readonly Rule[] = [
  ['ational', 'ate', measureAbove0],
  ['tional', 'tion', measureAbove0],
  ['enci', 'ence', measureAbove0],
  ['anci', 'ance', measureAbove0],
  ['izer', 'ize', measureAbove0],
  ['bli', 'ble', measureAbove0],
  ['alli', 'al', measureAbove0],
  ['entli', 'ent', measureAbove0],
  ['eli', 'e', measureAbove0],
  ['ousli', 'ous', measureAbove0],
  ['ization', 'ize', measureAbove0],
  ['ation', 'ate', measureAbove0],
  ['ator', 'ate', measureAbove0],
  ['alism', 'al', measureAbove0],
  ['iveness', 'ive', measureAbove0],
  ['fulness', 'ful', measureAbove0],
  ['ousness', 'ous', measureAbove0],
  ['aliti', 'al', measureAbove0],
  ['iviti', 'ive', measureAbove0],
  ['biliti', 'ble', measureAbove0],
  ['fulli', 'ful', measureAbove0],
  // The 'l' stays with the stem so that short stems such as 'geo' and 'theo' qualify.
  ['logi', 'log', (word, length) => measure(word, length + 1) > 0],
];

function step2(word: string): string {
  // NLTK applies alli → al first and runs the result through step 2 again.
  if (word.endsWith('alli') && measure(word, word.length - 4) > 0) return step2(word.slice(0, -4) + 'al');
  return applyRules(word, STEP_2);
}

const STEP_3: readonly Rule[] = [
  ['icate', 'ic', measureAbove0],
  ['ative', '', measureAbove0],
  ['alize', 'al', measureAbove0],
  ['iciti', 'ic', measureAbove0],
  ['ical', 'ic', measureAbove0],
  ['ful', '', measureAbove0],
  ['ness', '', measureAbove0],
];

const STEP_4: readonly Rule[] = [
  ['al', '', measureAbove1],
  ['ance', '', measureAbove1],
  ['ence', '', measureAbove1],
  ['er', '', measureAbove1],
  ['ic', '', measureAbove1],
  ['able', '', measureAbove1],
  ['ible', '', measureAbove1],
  ['ant', '', measureAbove1],
  ['ement', '', measureAbove1],
  ['ment', '', measureAbove1],
  ['ent', '', measureAbove1],
  [
    'ion',
    '',
    (word, length) => {
      if (measure(word, length) <= 1) return false;
      const last = word.charCodeAt(length - 1);
      return last === 115 || last === 116; // s, t
    },
  ],
  ['ou', '', measureAbove1],
  ['ism', '', measureAbove1],
  ['ate', '', measureAbove1],
  ['iti', '', measureAbove1],
  ['ous', '', measureAbove1],
  ['ive', '', measureAbove1],
  ['ize', '', measureAbove1],
];

function step5a(word: string): string {
  // Unlike the other steps, both conditions of the two 'e' rules are tried.
  if (!word.endsWith('e')) return word;
  const length = word.length - 1;
  const m = measure(word, length);
  if (m > 1 || (m === 1 && !endsCvc(word, length))) return word.slice(0, length);
  return word;
}

const STEP_5B: readonly Rule[] = [['ll', 'l', (word, length) => measure(word, length + 1) > 1]];

function stemLowercase(word: string): string {
  let stem = step1a(word);
  stem = step1b(stem);
  stem = applyRules(stem, STEP_1C);
  stem = step2(stem);
  stem = applyRules(stem, STEP_3);
  stem = applyRules(stem, STEP_4);
  stem = step5a(stem);
  return applyRules(stem, STEP_5B);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Stems one word as NLTK's `PorterStemmer().stem(word)` (NLTK_EXTENSIONS mode, lowercasing on):
 * irregular forms first ('dying' → 'die'), words of one or two characters only lowercased, then
 * Porter's steps 1a to 5b with NLTK's and Martin Porter's amendments.
 *
 * Lengths and positions count Unicode code points as Python does. Lowercasing uses JavaScript's
 * `toLowerCase`, which agrees with Python's `str.lower` up to differences between Unicode versions.
 *
 * @example
 * porterStem('meeting'); // 'meet'
 * porterStem('generalizations'); // 'gener'
 */
export function porterStem(word: string): string {
  const irregular = IRREGULAR_FORMS.get(word);
  if (irregular !== undefined) return irregular;
  const lower = word.toLowerCase();
  const length = SURROGATE.test(word) ? Array.from(word).length : word.length;
  if (length <= 2) return lower;
  return SURROGATE.test(lower) ? stemOutsideBmp(lower) : stemLowercase(lower);
}

/**
 * Python sees a character outside the BMP as one consonant; JavaScript sees two code units. Each
 * such character stands in as one private-use character absent from the word while it is stemmed.
 */
function stemOutsideBmp(lower: string): string {
  const toStandIn = new Map<string, string>();
  const fromStandIn = new Map<string, string>();
  let next = 0xe000;
  let encoded = '';
  for (const ch of lower) {
    if (ch.length === 1) {
      encoded += ch;
      continue;
    }
    let standIn = toStandIn.get(ch);
    if (standIn === undefined) {
      while (lower.includes(String.fromCharCode(next))) next++;
      standIn = String.fromCharCode(next++);
      toStandIn.set(ch, standIn);
      fromStandIn.set(standIn, ch);
    }
    encoded += standIn;
  }
  let decoded = '';
  for (const ch of stemLowercase(encoded)) decoded += fromStandIn.get(ch) ?? ch;
  return decoded;
}
