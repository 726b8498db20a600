// Clipped n-gram matching over integer token ids, the inner loop BLEU (word n-grams) and chrF (character
// and word n-grams) share, and the vocabularies that give strings and code points those ids. Exact counts
// without building an n-gram string: each n-gram gets a dense id.

/**
 * Counts, for n = 1..maxOrder, Σ over distinct hypothesis n-grams of min(count in the hypothesis,
 * max count in any one reference) — BLEU's clipped matches and, with one reference, chrF's matches.
 *
 * Tokens are ids: the references use 0..vocabularySize-1, a hypothesis token that occurs in no
 * reference is -1. An n-gram's id is interned from (id of its first n-1 tokens, its last token), so
 * no string is built and no key can collide. Scratch memory is kept between calls: reuse one instance.
 */
export class ClippedNgramMatcher {
  // Open-addressing table (prefix id, last token) → n-gram id, four int32 per slot side by side
  // (generation, prefix, last, id) so a probe reads one cache line. A slot is live when it holds the
  // current generation, so starting a segment clears nothing.
  private slots = new Int32Array(0);
  private generation = 0;
  private mask = 0;
  private nextId = 0;

  private referenceMax = new Int32Array(0);
  private referenceCount = new Int32Array(0);
  private hypothesisCount = new Int32Array(0);
  private touched = new Int32Array(0);

  /**
   * Adds the clipped matches of order n to `matches[n - 1]`.
   *
   * @param references the token ids of every reference, one after another; reference r ends before
   *   `referenceEnds[r]`.
   */
  addMatches(
    hypothesis: Int32Array,
    hypothesisLength: number,
    references: Int32Array,
    referenceEnds: ArrayLike<number>,
    referenceCount: number,
    vocabularySize: number,
    maxOrder: number,
    matches: number[],
  ): void {
    let longerNgrams = 0;
    let start = 0;
    for (let r = 0; r < referenceCount; r++) {
      const length = referenceEnds[r]! - start;
      for (let n = 2; n <= maxOrder && n <= length; n++) longerNgrams += length - n + 1;
      start = referenceEnds[r]!;
    }
    this.prepare(vocabularySize, longerNgrams);

    const referenceMax = this.referenceMax;
    if (referenceCount === 1) {
      this.countReference(references, 0, referenceEnds[0]!, maxOrder, referenceMax, false);
    } else {
      const counts = this.referenceCount;
      const touched = this.touched;
      start = 0;
      for (let r = 0; r < referenceCount; r++) {
        const touchedCount = this.countReference(
          references,
          start,
          referenceEnds[r]!,
          maxOrder,
          counts,
          true,
        );
        for (let t = 0; t < touchedCount; t++) {
          const id = touched[t]!;
          if (counts[id]! > referenceMax[id]!) referenceMax[id] = counts[id]!;
          counts[id] = 0;
        }
        start = referenceEnds[r]!;
      }
    }

    const hypothesisCount = this.hypothesisCount;
    for (let i = 0; i < hypothesisLength; i++) {
      let id = hypothesis[i]!;
      if (id < 0) continue;
      if (++hypothesisCount[id]! <= referenceMax[id]!) matches[0]!++;
      const longest = Math.min(maxOrder, hypothesisLength - i);
      for (let n = 2; n <= longest; n++) {
        const last = hypothesis[i + n - 1]!;
        if (last < 0) break;
        id = this.find(id, last);
        // No reference has this n-gram, hence none of its extensions.
        if (id < 0) break;
        if (++hypothesisCount[id]! <= referenceMax[id]!) matches[n - 1]!++;
      }
    }

    referenceMax.fill(0, 0, this.nextId);
    hypothesisCount.fill(0, 0, this.nextId);
  }

  /** Counts every n-gram of references[start, end) into `counts`; returns how many ids it touched first. */
  private countReference(
    references: Int32Array,
    start: number,
    end: number,
    maxOrder: number,
    counts: Int32Array,
    trackTouched: boolean,
  ): number {
    const touched = this.touched;
    let touchedCount = 0;
    for (let i = start; i < end; i++) {
      let id = references[i]!;
      if (counts[id]!++ === 0 && trackTouched) touched[touchedCount++] = id;
      const longest = Math.min(maxOrder, end - i);
      for (let n = 2; n <= longest; n++) {
        id = this.intern(id, references[i + n - 1]!);
        if (counts[id]!++ === 0 && trackTouched) touched[touchedCount++] = id;
      }
    }
    return touchedCount;
  }

  private prepare(vocabularySize: number, longerNgrams: number): void {
    const ids = vocabularySize + longerNgrams;
    if (this.referenceMax.length < ids) {
      const size = Math.max(ids, 2 * this.referenceMax.length, 1024);
      this.referenceMax = new Int32Array(size);
      this.referenceCount = new Int32Array(size);
      this.hypothesisCount = new Int32Array(size);
      this.touched = new Int32Array(size);
    }
    // At most half full, so probes stay short.
    let capacity = 16;
    while (capacity < 2 * longerNgrams) capacity *= 2;
    if (this.slots.length < SLOT_SIZE * capacity) {
      this.slots = new Int32Array(SLOT_SIZE * capacity);
      this.generation = 0;
    }
    this.mask = capacity - 1;
    this.generation++;
    if (this.generation === 0x7fffffff) {
      this.slots.fill(0);
      this.generation = 1;
    }
    this.nextId = vocabularySize;
  }

  private intern(prefix: number, last: number): number {
    const slots = this.slots;
    const generation = this.generation;
    let slot = slotOf(prefix, last) & this.mask;
    for (;;) {
      const at = SLOT_SIZE * slot;
      if (slots[at] !== generation) {
        const id = this.nextId++;
        slots[at] = generation;
        slots[at + 1] = prefix;
        slots[at + 2] = last;
        slots[at + 3] = id;
        return id;
      }
      if (slots[at + 1] === prefix && slots[at + 2] === last) return slots[at + 3]!;
      slot = (slot + 1) & this.mask;
    }
  }

  private find(prefix: number, last: number): number {
    const slots = this.slots;
    const generation = this.generation;
    let slot = slotOf(prefix, last) & this.mask;
    for (;;) {
      const at = SLOT_SIZE * slot;
      if (slots[at] !== generation) return -1;
      if (slots[at + 1] === prefix && slots[at + 2] === last) return slots[at + 3]!;
      slot = (slot + 1) & this.mask;
    }
  }
}

const SLOT_SIZE = 4;

function slotOf(prefix: number, last: number): number {
  let h = Math.imul(prefix, 0x9e3779b1) ^ Math.imul(last, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

// How many distinct strings a SegmentVocabulary remembers before it starts over (bounds its memory
// in a long-running process; ~10 MB of map entries).
const REMEMBERED_STRINGS = 1 << 17;

/**
 * Dense ids 0..size-1 for the strings (tokens, words) of one segment's references, as the matcher
 * wants them. Strings keep a corpus-wide id between segments, so a frequent word is hashed into the
 * map once rather than re-inserted for every segment.
 */
export class SegmentVocabulary {
  private readonly corpusIds = new Map<string, number>();
  private localIds = new Int32Array(1024);
  // A string belongs to the current segment when its stamp is the current one.
  private stamps = new Uint32Array(1024);
  private stamp = 0;
  /** How many distinct strings the current segment has added. */
  size = 0;

  /** Starts a segment: no string has an id any more. */
  reset(): void {
    if (this.corpusIds.size >= REMEMBERED_STRINGS || this.stamp === 0xffffffff) {
      this.corpusIds.clear();
      this.stamps.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
    this.size = 0;
  }

  /** The id of a reference string, assigned on first sight in this segment. */
  add(text: string): number {
    let corpusId = this.corpusIds.get(text);
    if (corpusId === undefined) {
      corpusId = this.corpusIds.size;
      this.corpusIds.set(text, corpusId);
      if (corpusId >= this.stamps.length) {
        const localIds = new Int32Array(2 * this.stamps.length);
        localIds.set(this.localIds);
        this.localIds = localIds;
        const stamps = new Uint32Array(2 * this.stamps.length);
        stamps.set(this.stamps);
        this.stamps = stamps;
      }
    }
    if (this.stamps[corpusId] !== this.stamp) {
      this.stamps[corpusId] = this.stamp;
      this.localIds[corpusId] = this.size++;
    }
    return this.localIds[corpusId]!;
  }

  /** The id of a hypothesis string, or -1 when no reference of this segment has it. */
  find(text: string): number {
    const corpusId = this.corpusIds.get(text);
    return corpusId !== undefined && this.stamps[corpusId] === this.stamp ? this.localIds[corpusId]! : -1;
  }
}

/** Dense ids 0..size-1 for the code points of one reference (chrF's characters): a table for the BMP, no hashing. */
export class CodePointVocabulary {
  // A BMP entry is valid when its stamp is the current one, so `reset` clears nothing. Allocated on
  // first use (512 KB), not when the module loads.
  private bmpIds = new Int32Array(0);
  private bmpStamps = new Uint32Array(0);
  private readonly astralIds = new Map<number, number>();
  private stamp = 0;
  size = 0;

  /** Starts a reference: no code point has an id any more. Call before `add` and `find`. */
  reset(): void {
    if (this.bmpIds.length === 0) {
      this.bmpIds = new Int32Array(0x10000);
      this.bmpStamps = new Uint32Array(0x10000);
    }
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.bmpStamps.fill(0);
      this.stamp = 1;
    }
    if (this.astralIds.size > 0) this.astralIds.clear();
    this.size = 0;
  }

  /** The id of `code`, assigned on first sight. */
  add(code: number): number {
    if (code < 0x10000) {
      if (this.bmpStamps[code] === this.stamp) return this.bmpIds[code]!;
      this.bmpStamps[code] = this.stamp;
      this.bmpIds[code] = this.size;
      return this.size++;
    }
    let id = this.astralIds.get(code);
    if (id === undefined) {
      id = this.size++;
      this.astralIds.set(code, id);
    }
    return id;
  }

  /** The id of `code`, or -1 when the reference does not have it. */
  find(code: number): number {
    if (code < 0x10000) return this.bmpStamps[code] === this.stamp ? this.bmpIds[code]! : -1;
    return this.astralIds.get(code) ?? -1;
  }
}
