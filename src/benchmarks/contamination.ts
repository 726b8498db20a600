// Contamination: which cases' input or gold answer share long word n-grams with a corpus, the way
// lm-evaluation-harness decontaminates (normalised words, 13-grams, a case is flagged by one match).
//
// The benchmark is small and the corpus may not fit in memory, so the benchmark's n-grams are
// indexed (NgramTable) and the corpus streams through once: a rolling hash per n-gram length slides
// over its words, across line and chunk boundaries, and resets only between documents.
//
// The rule for each field (a case's input, see caseInputText, and its expected answer):
// - with at least N words: its distinct word N-grams are checked;
// - with fewer than N words but at least min(8, N): the whole field is one n-gram (so a short
//   question copied verbatim is still caught, as the GPT-3 paper's variable-length rule intends);
// - with fewer words: not checked (too short for a match to mean anything).
// A field is contaminated when at least one of its n-grams occurs in the corpus; its overlap is the
// share of its distinct n-grams that do.
import type { Case } from '../core/index.js';
import { caseExpectedText, caseInputText } from './case-text.js';
import { FIRST_BASE, NgramTable, powerOf, SECOND_BASE, slotHash } from './ngram-table.js';
import { hashWords, WordHashStream } from './ngrams.js';

export const DEFAULT_NGRAM = 13;
/** Fields shorter than N words are checked whole from this many words. */
export const MIN_WHOLE_FIELD_WORDS = 8;
export const MAX_NGRAM = 64;

export const CONTAMINATION_FIELDS = ['input', 'expected'] as const;
export type ContaminationField = (typeof CONTAMINATION_FIELDS)[number];

export interface ContaminationFinding {
  caseId: string;
  field: ContaminationField;
  /** matched / total. */
  overlap: number;
  /** Distinct n-grams of the field found in the corpus. */
  matched: number;
  /** Distinct n-grams of the field. */
  total: number;
}

export interface ContaminationCounts {
  cases: number;
  /** Fields long enough to check. */
  fieldsChecked: number;
  /** Fields with words, but fewer than the minimum. */
  fieldsTooShort: number;
}

export class ContaminationIndex {
  readonly ngram: number;
  readonly #minWholeField: number;
  readonly #table = new NgramTable();
  readonly #caseIds: string[] = [];
  /** Per checked field: its case (index into #caseIds), kind and distinct n-gram count. */
  readonly #fieldCase: number[] = [];
  readonly #fieldKind: ContaminationField[] = [];
  readonly #fieldTotal: number[] = [];
  /** Owners of each n-gram id, as linked lists: head per n-gram, then (field, next) entries. */
  readonly #ownerHead: number[] = [];
  readonly #ownerField: number[] = [];
  readonly #ownerNext: number[] = [];
  readonly #lengths = new Set<number>();
  #fieldsTooShort = 0;
  #matched: Uint8Array | undefined;

  constructor(options: { ngram?: number } = {}) {
    const ngram = options.ngram ?? DEFAULT_NGRAM;
    if (!Number.isInteger(ngram) || ngram < 1 || ngram > MAX_NGRAM)
      throw new RangeError(`ngram must be an integer from 1 to ${MAX_NGRAM}, got ${ngram}`);
    this.ngram = ngram;
    this.#minWholeField = Math.min(MIN_WHOLE_FIELD_WORDS, ngram);
  }

  addCase(c: Pick<Case, 'id' | 'vars' | 'expected'>): void {
    if (this.#matched) throw new Error('the index is sealed: add every case before scanning');
    const caseIndex = this.#caseIds.push(c.id) - 1;
    this.#addField(caseIndex, 'input', caseInputText(c));
    const expected = caseExpectedText(c);
    if (expected !== undefined) this.#addField(caseIndex, 'expected', expected);
  }

  async addCases(cases: AsyncIterable<Case> | Iterable<Case>): Promise<void> {
    for await (const c of cases) this.addCase(c);
  }

  #addField(caseIndex: number, kind: ContaminationField, text: string): void {
    const words = hashWords(text);
    const count = words.first.length;
    if (count < this.#minWholeField) {
      if (count > 0) this.#fieldsTooShort++;
      return;
    }
    const field = this.#fieldCase.push(caseIndex) - 1;
    this.#fieldKind.push(kind);
    const start = this.#table.addWords(words.first, words.second);
    const length = Math.min(count, this.ngram);
    this.#lengths.add(length);
    let distinct = 0;
    for (let offset = 0; offset + length <= count; offset++) {
      const id = this.#table.intern(start + offset, length);
      if (id === this.#ownerHead.length) this.#ownerHead.push(-1);
      const head = this.#ownerHead[id]!;
      // A field's n-grams are interned together, so a repeat within it finds itself at the head.
      if (head >= 0 && this.#ownerField[head] === field) continue;
      this.#ownerHead[id] = this.#ownerField.push(field) - 1;
      this.#ownerNext.push(head);
      distinct++;
    }
    this.#fieldTotal.push(distinct);
  }

  get counts(): ContaminationCounts {
    return {
      cases: this.#caseIds.length,
      fieldsChecked: this.#fieldCase.length,
      fieldsTooShort: this.#fieldsTooShort,
    };
  }

  /**
   * Ends indexing and returns the scanner that corpus documents stream through. Several scanners
   * of one index share its matches.
   */
  scanner(): CorpusScanner {
    if (!this.#matched) {
      this.#table.seal();
      this.#matched = new Uint8Array(this.#table.size);
    }
    return new CorpusScanner(
      this.#table,
      this.#matched,
      [...this.#lengths].sort((a, b) => a - b),
    );
  }

  /** The contaminated fields, in case order (input before expected). */
  findings(): ContaminationFinding[] {
    const matched = this.#matched ?? new Uint8Array(this.#table.size);
    const matchedPerField = new Int32Array(this.#fieldCase.length);
    for (let id = 0; id < matched.length; id++) {
      if (matched[id] === 0) continue;
      for (let owner = this.#ownerHead[id]!; owner >= 0; owner = this.#ownerNext[owner]!)
        matchedPerField[this.#ownerField[owner]!]!++;
    }
    const findings: ContaminationFinding[] = [];
    for (let field = 0; field < this.#fieldCase.length; field++) {
      const count = matchedPerField[field]!;
      if (count === 0) continue;
      const total = this.#fieldTotal[field]!;
      findings.push({
        caseId: this.#caseIds[this.#fieldCase[field]!]!,
        field: this.#fieldKind[field]!,
        overlap: count / total,
        matched: count,
        total,
      });
    }
    return findings;
  }
}

/**
 * Streams corpus text: `startDocument`, any number of `write`s (split anywhere, even inside a word),
 * `endDocument`. N-grams never span two documents.
 */
export class CorpusScanner extends WordHashStream {
  readonly #table: NgramTable;
  readonly #matched: Uint8Array;
  readonly #lengths: Int32Array;
  readonly #firstPowers: Int32Array;
  readonly #secondPowers: Int32Array;
  readonly #firstHashes: Int32Array;
  readonly #secondHashes: Int32Array;
  /** The last words' fingerprints; longer than the longest n-gram, so the word leaving is still there. */
  readonly #ringFirst: Int32Array;
  readonly #ringSecond: Int32Array;
  readonly #ringMask: number;
  /** Words of the current document. */
  #count = 0;
  /** Words of the documents before the current one. */
  #earlierWords = 0;
  documents = 0;

  constructor(table: NgramTable, matched: Uint8Array, lengths: number[]) {
    super();
    this.#table = table;
    this.#matched = matched;
    this.#lengths = Int32Array.from(lengths);
    this.#firstPowers = Int32Array.from(lengths, (n) => powerOf(FIRST_BASE, n));
    this.#secondPowers = Int32Array.from(lengths, (n) => powerOf(SECOND_BASE, n));
    this.#firstHashes = new Int32Array(lengths.length);
    this.#secondHashes = new Int32Array(lengths.length);
    let ring = 2;
    while (ring <= Math.max(0, ...lengths)) ring *= 2;
    this.#ringFirst = new Int32Array(ring);
    this.#ringSecond = new Int32Array(ring);
    this.#ringMask = ring - 1;
  }

  startDocument(): void {
    this.flushWord();
    this.#earlierWords += this.#count;
    this.#count = 0;
    // Zeros stand for the words before the document's first: they leave the hashes unchanged.
    this.#ringFirst.fill(0);
    this.#ringSecond.fill(0);
    this.#firstHashes.fill(0);
    this.#secondHashes.fill(0);
    this.documents++;
  }

  endDocument(): void {
    this.flushWord();
  }

  protected words(batchFirst: Int32Array, batchSecond: Int32Array, batchCount: number): void {
    const mask = this.#ringMask;
    const ringFirst = this.#ringFirst;
    const ringSecond = this.#ringSecond;
    const lengths = this.#lengths;
    const firstHashes = this.#firstHashes;
    const secondHashes = this.#secondHashes;
    const firstPowers = this.#firstPowers;
    const secondPowers = this.#secondPowers;
    const table = this.#table;
    const filter = table.filter;
    const filterMask = table.filterMask;
    let at = this.#count;
    for (let w = 0; w < batchCount; w++, at++) {
      const first = batchFirst[w]!;
      const second = batchSecond[w]!;
      ringFirst[at & mask] = first;
      ringSecond[at & mask] = second;
      for (let j = 0; j < lengths.length; j++) {
        const length = lengths[j]!;
        const leaving = (at - length) & mask;
        const outFirst = Math.imul(ringFirst[leaving]!, firstPowers[j]!);
        const outSecond = Math.imul(ringSecond[leaving]!, secondPowers[j]!);
        const h1 = (Math.imul(firstHashes[j]!, FIRST_BASE) + first - outFirst) | 0;
        const h2 = (Math.imul(secondHashes[j]!, SECOND_BASE) + second - outSecond) | 0;
        firstHashes[j] = h1;
        secondHashes[j] = h2;
        if (at + 1 < length) continue;
        const bit = slotHash(h1, length) & filterMask;
        if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
        const id = table.find(h1, h2, length, ringFirst, ringSecond, at + 1, mask);
        if (id >= 0) this.#matched[id] = 1;
      }
    }
    this.#count = at;
  }

  /** Words of the documents scanned so far, the current one included. */
  get wordsScanned(): number {
    return this.#earlierWords + this.#count;
  }
}
