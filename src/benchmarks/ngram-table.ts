// The benchmark's n-grams, held compactly for a corpus scan: an open-addressing hash table over
// typed-array columns, and a bit filter in front of it so that the common case (a corpus n-gram
// that is in no case) costs one memory read.
//
// An n-gram is known by its length and two 32-bit rolling hashes of its words' fingerprints (see
// RollingHash); a lookup that finds the same key then compares the words' 64-bit fingerprints one
// by one, so two different n-grams are confused only if every one of their words collides.

/** Polynomial hashes over word fingerprints, base B: h(w0..wL-1) = Σ wi·B^(L-1-i) mod 2^32. */
export const FIRST_BASE = 0x2545f491;
export const SECOND_BASE = 0x9e3779b1 | 0;

/** B^n mod 2^32. */
export function powerOf(base: number, n: number): number {
  let result = 1;
  for (let i = 0; i < n; i++) result = Math.imul(result, base);
  return result;
}

/** The two hashes of words[start..start+length) of a word list. */
export function hashNgram(
  first: Int32Array,
  second: Int32Array,
  start: number,
  length: number,
): [number, number] {
  let h1 = 0;
  let h2 = 0;
  for (let i = start; i < start + length; i++) {
    h1 = (Math.imul(h1, FIRST_BASE) + first[i]!) | 0;
    h2 = (Math.imul(h2, SECOND_BASE) + second[i]!) | 0;
  }
  return [h1, h2];
}

/**
 * Where an n-gram goes in the table and the filter. The first rolling hash is already uniform in its
 * low bits (word fingerprints are fully mixed and the base is odd), so it needs no mixing of its own.
 */
export function slotHash(h1: number, length: number): number {
  return h1 ^ Math.imul(length, 0x27d4eb2d);
}

function grow<T extends Int32Array | Uint8Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

export class NgramTable {
  /** Word fingerprints of every indexed text, end to end; n-grams point into them. */
  wordsFirst = new Int32Array(1024);
  wordsSecond = new Int32Array(1024);
  wordCount = 0;
  /** Per n-gram id: its key and where its words are. */
  keyFirst = new Int32Array(1024);
  keySecond = new Int32Array(1024);
  keyLength = new Uint8Array(1024);
  wordStart = new Int32Array(1024);
  size = 0;
  /** Open addressing: n-gram id + 1, 0 when empty; at most half full. */
  slots = new Int32Array(2048);
  slotMask = 2047;
  /** One bit per slotHash value (masked): set for every n-gram. Built by `seal`. */
  filter = new Int32Array(0);
  filterMask = 0;

  /** Stores the word fingerprints of a text; returns where they start. */
  addWords(first: Int32Array, second: Int32Array): number {
    const start = this.wordCount;
    this.wordsFirst = grow(this.wordsFirst, start + first.length);
    this.wordsSecond = grow(this.wordsSecond, start + first.length);
    this.wordsFirst.set(first, start);
    this.wordsSecond.set(second, start);
    this.wordCount += first.length;
    return start;
  }

  /** The id of the n-gram of `length` stored words from `start`, added if new. */
  intern(start: number, length: number): number {
    const [h1, h2] = hashNgram(this.wordsFirst, this.wordsSecond, start, length);
    let slot = slotHash(h1, length) & this.slotMask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const id = entry - 1;
      if (this.#sameKey(id, h1, h2, length) && this.#sameStoredWords(id, start)) return id;
      slot = (slot + 1) & this.slotMask;
    }
    const id = this.size++;
    this.keyFirst = grow(this.keyFirst, this.size);
    this.keySecond = grow(this.keySecond, this.size);
    this.keyLength = grow(this.keyLength, this.size);
    this.wordStart = grow(this.wordStart, this.size);
    this.keyFirst[id] = h1;
    this.keySecond[id] = h2;
    this.keyLength[id] = length;
    this.wordStart[id] = start;
    this.slots[slot] = id + 1;
    if (this.size * 2 > this.slots.length) this.#rehash(this.slots.length * 2);
    return id;
  }

  /**
   * The id of the n-gram with this key whose words equal the `length` words ending at `end` of a
   * ring buffer (indexes masked by ringMask), or -1.
   */
  find(
    h1: number,
    h2: number,
    length: number,
    ringFirst: Int32Array,
    ringSecond: Int32Array,
    end: number,
    ringMask: number,
  ): number {
    let slot = slotHash(h1, length) & this.slotMask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.#sameKey(id, h1, h2, length)) {
        const start = this.wordStart[id]!;
        let same = true;
        for (let i = 0; i < length && same; i++) {
          const at = (end - length + i) & ringMask;
          same =
            ringFirst[at] === this.wordsFirst[start + i] && ringSecond[at] === this.wordsSecond[start + i];
        }
        if (same) return id;
      }
      slot = (slot + 1) & this.slotMask;
    }
  }

  /** Builds the bit filter: about 16 bits per n-gram, so roughly one corpus n-gram in 16 gets past it. */
  seal(): void {
    let bits = 1 << 16;
    while (bits < this.size * 16 && bits < 1 << 30) bits *= 2;
    this.filter = new Int32Array(bits >>> 5);
    this.filterMask = bits - 1;
    for (let id = 0; id < this.size; id++) {
      const bit = slotHash(this.keyFirst[id]!, this.keyLength[id]!) & this.filterMask;
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  #sameKey(id: number, h1: number, h2: number, length: number): boolean {
    return this.keyFirst[id] === h1 && this.keySecond[id] === h2 && this.keyLength[id] === length;
  }

  #sameStoredWords(id: number, start: number): boolean {
    const other = this.wordStart[id]!;
    for (let i = 0; i < this.keyLength[id]!; i++) {
      if (this.wordsFirst[other + i] !== this.wordsFirst[start + i]) return false;
      if (this.wordsSecond[other + i] !== this.wordsSecond[start + i]) return false;
    }
    return true;
  }

  #rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    this.slotMask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = slotHash(this.keyFirst[id]!, this.keyLength[id]!) & this.slotMask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.slotMask;
      this.slots[slot] = id + 1;
    }
  }
}
