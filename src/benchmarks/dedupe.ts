// Near-duplicate cases: groups of cases whose inputs are near-identical, by exact Jaccard similarity
// of word shingles, with candidates found by prefix filtering rather than by comparing all pairs.
//
// Each case's input (see caseInputText) is normalised into words (see ngrams.ts), then into the set
// of its shingles: runs of `shingleSize` consecutive words (a text shorter than that is one shingle).
// Two cases are near-duplicates when |A ∩ B| / |A ∪ B| >= threshold. A group is a connected set of
// near-duplicate pairs. Candidates come from the prefix-filtering principle of set-similarity joins
// (AllPairs, Bayardo et al. 2007): order shingles from rarest to most common; if |x ∩ y| >= α, the
// first |x| - α + 1 shingles of x and the first |y| - α + 1 of y share one. Jaccard >= t needs
// α >= t·|x| for the larger set x and α >= 2t/(1+t)·|y| for the smaller y, so sets are processed by
// size, each probing the index with its first |x| - ceil(t·|x|) + 1 shingles and then indexed under
// its first |x| - ceil(2t/(1+t)·|x|) + 1 only: common shingles rarely reach the index, and a
// templated dataset ("Question 17: ...") does not turn into all pairs. Every candidate is verified
// exactly, so every pair at or above the threshold is found and nothing below it is reported. No
// hashing and no randomness: the same dataset always gives the same groups.
import type { Case } from '../core/index.js';
import { caseInputText } from './case-text.js';
import { tokenize } from './ngrams.js';
import { PairIds } from './pair-ids.js';

export const DEFAULT_DEDUPE_THRESHOLD = 0.9;
export const DEFAULT_SHINGLE_SIZE = 2;

export interface DedupeOptions {
  /** Jaccard similarity at or above which two inputs are near-duplicates, in (0, 1]; default 0.9. */
  threshold?: number;
  /** Words per shingle; default 2. */
  shingleSize?: number;
}

export interface DuplicatePair {
  cases: [string, string];
  similarity: number;
}

export interface DuplicateGroup {
  /** Case ids in dataset order. */
  cases: string[];
  /** The lowest similarity among the pairs listed. */
  similarity: number;
  /**
   * The pairs that join the group, n - 1 for n cases, each at or above the threshold: the first
   * such pair found for each case (by input size, then dataset order). A case whose input is
   * identical to an earlier case's after normalisation is paired with that earlier case.
   */
  pairs: DuplicatePair[];
}

export interface DedupeReport {
  threshold: number;
  shingleSize: number;
  /** Cases read. */
  cases: number;
  /** Cases whose input has no words: they cannot be compared and are in no group. */
  casesWithoutWords: string[];
  /** In the dataset order of their first case. */
  groups: DuplicateGroup[];
}

/** Absorbs the rounding of t·n (0.7 × 10 is 7.000000000000001). */
const EPSILON = 1e-9;

function checkedOptions(options: DedupeOptions): { threshold: number; shingleSize: number } {
  const threshold = options.threshold ?? DEFAULT_DEDUPE_THRESHOLD;
  const shingleSize = options.shingleSize ?? DEFAULT_SHINGLE_SIZE;
  if (!(threshold > 0 && threshold <= 1))
    throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
  if (!Number.isInteger(shingleSize) || shingleSize < 1 || shingleSize > 32)
    throw new RangeError(`shingleSize must be an integer from 1 to 32, got ${shingleSize}`);
  return { threshold, shingleSize };
}

/** Collects cases one at a time, then finds the groups. */
export class NearDuplicateFinder {
  readonly threshold: number;
  readonly shingleSize: number;
  readonly #ids: string[] = [];
  readonly #sets: Int32Array[] = [];
  readonly #withoutWords: string[] = [];
  readonly #words = new Map<string, number>();
  /**
   * Shingle ids are built word by word: levels[j] maps (id of the first j+1 words, next word id) to
   * the id of the first j+2 words.
   */
  readonly #levels: PairIds[] = [];
  /** Texts shorter than a shingle, by their words: each is one shingle with an odd id (full shingles' are even). */
  readonly #shortTexts = new Map<string, number>();
  #cases = 0;

  constructor(options: DedupeOptions = {}) {
    ({ threshold: this.threshold, shingleSize: this.shingleSize } = checkedOptions(options));
    for (let level = 0; level < this.shingleSize - 1; level++) this.#levels.push(new PairIds());
  }

  /** Adds a case by its id and input text. */
  add(id: string, text: string): void {
    this.#cases++;
    const words = tokenize(text);
    if (words.length === 0) {
      this.#withoutWords.push(id);
      return;
    }
    const wordIds = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      let wordId = this.#words.get(words[i]!);
      if (wordId === undefined) {
        wordId = this.#words.size;
        this.#words.set(words[i]!, wordId);
      }
      wordIds[i] = wordId;
    }
    this.#ids.push(id);
    this.#sets.push(this.#shingleSet(words, wordIds));
  }

  /** Adds every case of a dataset, reading each one's input from its vars. */
  async addCases(cases: AsyncIterable<Case> | Iterable<Case>): Promise<void> {
    for await (const c of cases) this.add(c.id, caseInputText(c));
  }

  /** The distinct shingle ids of a text, sorted. */
  #shingleSet(words: string[], wordIds: Int32Array): Int32Array {
    const k = this.shingleSize;
    if (words.length < k) {
      const key = words.join(' ');
      let id = this.#shortTexts.get(key);
      if (id === undefined) {
        id = this.#shortTexts.size * 2 + 1;
        this.#shortTexts.set(key, id);
      }
      return Int32Array.of(id);
    }
    const ids = new Int32Array(words.length - k + 1);
    for (let start = 0; start < ids.length; start++) {
      let id = wordIds[start]!;
      for (let level = 0; level < k - 1; level++)
        id = this.#levels[level]!.id(id, wordIds[start + level + 1]!);
      ids[start] = id * 2;
    }
    return distinct(ids);
  }

  /** The groups of near-duplicates among the cases added so far. */
  finish(): DedupeReport {
    const sets = rankByRarity(this.#sets);
    const { representatives, copiesOf } = collapseIdentical(sets);
    const edges = similarPairs(
      representatives.map((i) => sets[i]!),
      this.threshold,
    );
    return {
      threshold: this.threshold,
      shingleSize: this.shingleSize,
      cases: this.#cases,
      casesWithoutWords: [...this.#withoutWords],
      groups: buildGroups(this.#ids, representatives, copiesOf, edges),
    };
  }
}

/** The distinct values of an array, sorted. */
function distinct(values: Int32Array): Int32Array {
  values.sort();
  let kept = 0;
  for (let i = 0; i < values.length; i++)
    if (i === 0 || values[i] !== values[kept - 1]) values[kept++] = values[i]!;
  return kept === values.length ? values : values.slice(0, kept);
}

/** Near-duplicate groups of a dataset's cases. */
export async function findNearDuplicates(
  cases: AsyncIterable<Case> | Iterable<Case>,
  options: DedupeOptions = {},
): Promise<DedupeReport> {
  const finder = new NearDuplicateFinder(options);
  await finder.addCases(cases);
  return finder.finish();
}

/**
 * Rewrites every set as ranks in one global order, rarest shingle first (ties by id), each set
 * sorted ascending: the order prefix filtering needs. A counting sort by document frequency.
 */
function rankByRarity(sets: readonly Int32Array[]): Int32Array[] {
  let maxId = -1;
  for (const set of sets) for (const id of set) if (id > maxId) maxId = id;
  const frequency = new Int32Array(maxId + 1);
  let maxFrequency = 0;
  for (const set of sets)
    for (const id of set) {
      const f = ++frequency[id]!;
      if (f > maxFrequency) maxFrequency = f;
    }
  const firstRankOf = new Int32Array(maxFrequency + 2);
  for (let id = 0; id <= maxId; id++) if (frequency[id]! > 0) firstRankOf[frequency[id]! + 1]!++;
  for (let f = 1; f < firstRankOf.length; f++) firstRankOf[f]! += firstRankOf[f - 1]!;
  const rank = new Int32Array(maxId + 1);
  for (let id = 0; id <= maxId; id++) {
    const f = frequency[id]!;
    if (f > 0) rank[id] = firstRankOf[f]!++;
  }
  return sets.map((set) => set.map((id) => rank[id]!).sort());
}

/** One representative per distinct set (its first case); the later copies of each. */
function collapseIdentical(sets: readonly Int32Array[]): {
  representatives: number[];
  copiesOf: Map<number, number[]>;
} {
  const firstByContent = new Map<string, number>();
  const representatives: number[] = [];
  const copiesOf = new Map<number, number[]>();
  sets.forEach((set, index) => {
    const key = set.join(',');
    const first = firstByContent.get(key);
    if (first === undefined) {
      firstByContent.set(key, index);
      representatives.push(index);
    } else {
      const copies = copiesOf.get(first);
      if (copies) copies.push(index);
      else copiesOf.set(first, [index]);
    }
  });
  return { representatives, copiesOf };
}

interface SimilarPair {
  /** Indexes into the list of sets given to similarPairs. */
  a: number;
  b: number;
  similarity: number;
}

/**
 * Pairs of sets whose Jaccard similarity reaches the threshold (AllPairs with a length filter): one
 * pair per set that joins a group, the first found, so that groups are the connected components of
 * all such pairs. Returns the pairs in the order found.
 */
function similarPairs(sets: readonly Int32Array[], threshold: number): SimilarPair[] {
  const groups = new DisjointSets(sets.length);
  const order = sets.map((_, i) => i).sort((a, b) => sets[a]!.length - sets[b]!.length || a - b);
  let maxRank = -1;
  for (const set of sets)
    if (set.length > 0 && set[set.length - 1]! > maxRank) maxRank = set[set.length - 1]!;
  // Posting lists per shingle rank, each in ascending set size (sets are indexed in that order),
  // so the sets too small to match any later one can be skipped for good from the front.
  const postings: number[][] = new Array(maxRank + 1);
  const skipped = new Int32Array(maxRank + 1);
  const seenBy = new Int32Array(sets.length).fill(-1);
  const pairs: SimilarPair[] = [];
  const candidates: number[] = [];
  for (const x of order) {
    const set = sets[x]!;
    const size = set.length;
    const minOverlap = Math.ceil(threshold * size - EPSILON);
    const probePrefix = size - minOverlap + 1;
    const indexPrefix = size - Math.ceil(((2 * threshold) / (1 + threshold)) * size - EPSILON) + 1;
    candidates.length = 0;
    for (let i = 0; i < probePrefix; i++) {
      const list = postings[set[i]!];
      if (list === undefined) continue;
      let start = skipped[set[i]!]!;
      while (start < list.length && sets[list[start]!]!.length < minOverlap) start++;
      skipped[set[i]!] = start;
      for (let j = start; j < list.length; j++) {
        const y = list[j]!;
        if (seenBy[y] === x) continue;
        seenBy[y] = x;
        candidates.push(y);
      }
    }
    for (const y of candidates) {
      // Already in one group: another pair cannot change it, and skipping it keeps a large group of
      // mutually similar inputs from costing a comparison per pair.
      if (groups.root(x) === groups.root(y)) continue;
      const other = sets[y]!;
      const overlap = overlapOfSorted(set, other);
      const similarity = overlap / (size + other.length - overlap);
      if (similarity < threshold - EPSILON) continue;
      groups.join(x, y);
      pairs.push({ a: Math.min(x, y), b: Math.max(x, y), similarity });
    }
    for (let i = 0; i < indexPrefix; i++) {
      const rank = set[i]!;
      const list = postings[rank];
      if (list) list.push(x);
      else postings[rank] = [x];
    }
  }
  return pairs;
}

function overlapOfSorted(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let overlap = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      overlap++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return overlap;
}

/** Union-find; the smaller index stays the root, so a group's root is its first member. */
class DisjointSets {
  readonly #parent: Int32Array;
  constructor(size: number) {
    this.#parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  root(i: number): number {
    const parent = this.#parent;
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  }
  join(a: number, b: number): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra !== rb) this.#parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function buildGroups(
  ids: readonly string[],
  representatives: readonly number[],
  copiesOf: ReadonlyMap<number, number[]>,
  edges: readonly SimilarPair[],
): DuplicateGroup[] {
  const sets = new DisjointSets(representatives.length);
  for (const { a, b } of edges) sets.join(a, b);
  const root = (i: number) => sets.root(i);
  // Pairs as [case index, case index, similarity], the first index the smaller.
  const membersByRoot = new Map<number, number[]>();
  const pairsByRoot = new Map<number, Array<[number, number, number]>>();
  const pairsOf = (group: number) => {
    const pairs = pairsByRoot.get(group) ?? [];
    pairsByRoot.set(group, pairs);
    return pairs;
  };
  representatives.forEach((caseIndex, r) => {
    const group = root(r);
    const copies = copiesOf.get(caseIndex) ?? [];
    const members = membersByRoot.get(group) ?? [];
    membersByRoot.set(group, members);
    members.push(caseIndex);
    for (const copy of copies) {
      members.push(copy);
      pairsOf(group).push([caseIndex, copy, 1]);
    }
  });
  for (const { a, b, similarity } of edges) {
    pairsOf(root(a)).push([representatives[a]!, representatives[b]!, similarity]);
  }
  const groups: DuplicateGroup[] = [];
  // Map iteration follows insertion: roots were first seen in dataset order.
  for (const [group, members] of membersByRoot) {
    if (members.length < 2) continue;
    members.sort((a, b) => a - b);
    const pairs = pairsByRoot.get(group)!.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    let lowest = 1;
    for (const pair of pairs) if (pair[2] < lowest) lowest = pair[2];
    groups.push({
      cases: members.map((i) => ids[i]!),
      similarity: lowest,
      pairs: pairs.map(([a, b, similarity]) => ({ cases: [ids[a]!, ids[b]!], similarity })),
    });
  }
  return groups;
}
