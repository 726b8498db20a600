// Keyword retrieval for the FAQ assistant: BM25 ranking over short documents, the text normalisation
// it needs (tokens, stopwords, a light stemmer) and typo tolerance for query words it has never seen.

/** A document to index: weighted text fields (a FAQ question counts more than its long answer). */
export interface SearchDocument {
  id: string;
  fields: ReadonlyArray<{ text: string; weight: number }>;
}

export interface SearchHit {
  id: string;
  /** The BM25 score: only comparable between hits of the same query. */
  score: number;
  /**
   * Share of the query's information (IDF-weighted terms) this document contains, in [0, 1].
   * Unlike the score it means the same thing for every query, so it is what a threshold applies to.
   */
  coverage: number;
}

/** How one query word was understood. */
export interface QueryTerm {
  word: string;
  /** The index term it matched (after stemming, or after a typo correction); undefined when unknown. */
  term: string | undefined;
  corrected: boolean;
}

export interface SearchOptions {
  /** Correct misspelled query words against the index vocabulary (default true). */
  typoTolerance?: boolean;
  /** Hits to return, best first (default 5). */
  limit?: number;
}

// English function words, with contractions as tokenize() spells them ("doesn't" → "doesnt"). Domain
// words such as "help", "account" or "free" stay: they decide between FAQ entries.
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are arent as at be because been before ' +
    'being below between both but by can cannot cant could couldnt did didnt do does doesnt doing dont ' +
    'down during each either few for from further get gets got had hadnt has hasnt have havent having he ' +
    'her here hers herself him himself his how i id if ill im in into is isnt it its itself ive just let ' +
    'lets many me more most much my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own please same she should shouldnt so some such than that thats the their ' +
    'theirs them themselves then there theres these they theyre this those through to too under until ' +
    'up us very was wasnt we were werent what whats when where which while who whom why will with wont ' +
    'would wouldnt you youd youll youre youve your yours yourself yourselves'
  ).split(' '),
);

const DIACRITICS = /[\u0300-\u036f]/g;
const POSSESSIVE = /['’]s\b/g;
const APOSTROPHE = /['’]/g;
const WORD = /[a-z0-9]+/g;

/** Lower-cased words without accents, possessives or apostrophes ("Don't" → "dont"). */
export function tokenize(text: string): string[] {
  const plain = text.normalize('NFKD').replace(DIACRITICS, '').toLowerCase();
  return plain.replace(POSSESSIVE, '').replace(APOSTROPHE, '').match(WORD) ?? [];
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * A light suffix-stripping stemmer: enough to put "share", "shared", "sharing" and "shares" on one
 * term, with none of a full Porter stemmer's rules. It only has to be consistent, not linguistic.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  for (const suffix of ['ing', 'ion', 'ed', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "stopped" → "stopp" → "stop"; but "bill", "pass" and "fizz" keep their double letter.
  if (w.length >= 4 && w.at(-1) === w.at(-2) && !/[aeioulsz]/.test(w.at(-1) ?? '')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The index terms of a text: tokens without stopwords, stemmed. */
export function terms(text: string): string[] {
  return tokenize(text)
    .filter((word) => !isStopword(word))
    .map(stem);
}

// Three rows of the distance matrix, reused by every call: correcting one word compares it with
// hundreds of spellings, and allocating rows each time cost more than the comparisons.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/**
 * Optimal string alignment distance: Levenshtein plus adjacent transpositions, because swapped
 * letters ("refnud") are among the most common typing mistakes. Stops early past `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0].length <= b.length) {
    const size = 2 * (b.length + 1);
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, beforePrevious[j - 2]! + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length]!;
}

/** Edits allowed for a misspelled word: none for short words, where a correction is mostly a guess. */
function maxEditsFor(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 8 ? 1 : 2;
}

const K1 = 1.2;
const B = 0.75;

export class Bm25Index {
  private readonly ids: string[] = [];
  private readonly termFrequencies: Map<string, number>[] = [];
  private readonly lengths: number[] = [];
  private readonly documentFrequency = new Map<string, number>();
  /** Surface words and terms of the corpus, each mapped to its index term, for typo correction. */
  private readonly spellings = new Map<string, string>();
  /** The same spellings by length: a correction only compares words whose length is close enough. */
  private readonly spellingsByLength = new Map<number, Array<[spelling: string, term: string]>>();
  private averageLength = 0;

  constructor(documents: readonly SearchDocument[]) {
    for (const document of documents) this.add(document);
    for (const [spelling, term] of this.spellings) {
      const sameLength = this.spellingsByLength.get(spelling.length);
      if (sameLength) sameLength.push([spelling, term]);
      else this.spellingsByLength.set(spelling.length, [[spelling, term]]);
    }
    const total = this.lengths.reduce((sum, length) => sum + length, 0);
    this.averageLength = this.ids.length === 0 ? 0 : total / this.ids.length;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Lucene's BM25 IDF: always positive, highest for a term no document has. */
  idf(term: string): number {
    return this.idfForFrequency(this.documentFrequency.get(term) ?? 0);
  }

  /** How each content word of a query maps onto the index. */
  analyze(query: string, typoTolerance = true): QueryTerm[] {
    const seen = new Set<string>();
    const out: QueryTerm[] = [];
    for (const word of tokenize(query)) {
      if (isStopword(word) || seen.has(word)) continue;
      seen.add(word);
      const stemmed = stem(word);
      if (this.documentFrequency.has(stemmed)) {
        out.push({ word, term: stemmed, corrected: false });
        continue;
      }
      const correction = typoTolerance ? this.correct(word) : undefined;
      out.push({ word, term: correction, corrected: correction !== undefined });
    }
    return out;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const queryTerms = this.analyze(query, options.typoTolerance ?? true);
    // Unknown words weigh as much as the rarest term: a question about something the corpus never
    // mentions ("weather") should lower confidence in every document, not be silently ignored.
    const unknownWeight = this.idfForFrequency(0);
    const weights = new Map<string, number>();
    let totalWeight = 0;
    for (const { term } of queryTerms) {
      if (term === undefined) totalWeight += unknownWeight;
      else if (!weights.has(term)) {
        const weight = this.idf(term);
        weights.set(term, weight);
        totalWeight += weight;
      }
    }
    if (weights.size === 0) return [];

    const hits: SearchHit[] = [];
    for (let d = 0; d < this.ids.length; d++) {
      const frequencies = this.termFrequencies[d]!;
      const norm = K1 * (1 - B + (B * this.lengths[d]!) / this.averageLength);
      let score = 0;
      let matchedWeight = 0;
      for (const [term, idf] of weights) {
        const tf = frequencies.get(term);
        if (tf === undefined) continue;
        score += (idf * tf * (K1 + 1)) / (tf + norm);
        matchedWeight += idf;
      }
      if (score > 0) hits.push({ id: this.ids[d]!, score, coverage: matchedWeight / totalWeight });
    }
    // Ties keep corpus order (Array.prototype.sort is stable), so results are deterministic.
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, options.limit ?? 5);
  }

  private idfForFrequency(df: number): number {
    return Math.log(1 + (this.ids.length - df + 0.5) / (df + 0.5));
  }

  private add(document: SearchDocument): void {
    const frequencies = new Map<string, number>();
    let length = 0;
    for (const field of document.fields) {
      for (const word of tokenize(field.text)) {
        if (isStopword(word)) continue;
        const term = stem(word);
        frequencies.set(term, (frequencies.get(term) ?? 0) + field.weight);
        length += field.weight;
        this.spellings.set(word, term);
        this.spellings.set(term, term);
      }
    }
    for (const term of frequencies.keys()) {
      this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.ids.push(document.id);
    this.termFrequencies.push(frequencies);
    this.lengths.push(length);
  }

  /** The closest known spelling within the allowed edits; ties go to the more common term. */
  private correct(word: string): string | undefined {
    const limit = maxEditsFor(word);
    if (limit === 0 || /\d/.test(word)) return undefined;
    let best: { term: string; distance: number; df: number; spelling: string } | undefined;
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const [spelling, term] of this.spellingsByLength.get(length) ?? []) {
        const distance = editDistance(word, spelling, limit);
        if (distance > limit) continue;
        const df = this.documentFrequency.get(term) ?? 0;
        if (
          !best ||
          distance < best.distance ||
          (distance === best.distance && (df > best.df || (df === best.df && spelling < best.spelling)))
        ) {
          best = { term, distance, df, spelling };
        }
      }
    }
    return best?.term;
  }
}
