// Dense ids for pairs of integers: (a, b) → 0, 1, 2... in order of first sight. An open-addressing
// table over typed arrays, several times faster than a Map keyed by a * 2^k + b, whose keys
// outgrow small integers and are hashed as doubles.
import { mix32 } from './ngrams.js';

export class PairIds {
  #first = new Int32Array(1024);
  #second = new Int32Array(1024);
  /** Pair id + 1; 0 is empty. At most half full. */
  #slots = new Int32Array(2048);
  #mask = 2047;
  size = 0;

  /** The id of (a, b), a new one if the pair is new. */
  id(a: number, b: number): number {
    let slot = mix32(Math.imul(a, 0x9e3779b1) ^ b) & this.#mask;
    for (;;) {
      const entry = this.#slots[slot]!;
      if (entry === 0) break;
      if (this.#first[entry - 1] === a && this.#second[entry - 1] === b) return entry - 1;
      slot = (slot + 1) & this.#mask;
    }
    const id = this.size++;
    if (id === this.#first.length) {
      const first = new Int32Array(id * 2);
      first.set(this.#first);
      this.#first = first;
      const second = new Int32Array(id * 2);
      second.set(this.#second);
      this.#second = second;
    }
    this.#first[id] = a;
    this.#second[id] = b;
    this.#slots[slot] = id + 1;
    if (this.size * 2 > this.#slots.length) this.#rehash();
    return id;
  }

  #rehash(): void {
    this.#slots = new Int32Array(this.#slots.length * 2);
    this.#mask = this.#slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = mix32(Math.imul(this.#first[id]!, 0x9e3779b1) ^ this.#second[id]!) & this.#mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = id + 1;
    }
  }
}
