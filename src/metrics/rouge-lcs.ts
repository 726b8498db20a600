// Longest common subsequences over token ids, for ROUGE-L (its length) and ROUGE-Lsum (the union
// LCS of rouge-score's `_summary_level_lcs`, which needs the very subsequence rouge-score picks).

/** Length of the longest common subsequence, in O(|b|) memory. */
export function lcsLength(a: Int32Array, b: Int32Array): number {
  const columns = b.length;
  const row = new Int32Array(columns + 1);
  for (let i = 0; i < a.length; i++) {
    const token = a[i]!;
    let diagonal = 0; // row[j - 1] of the previous row
    for (let j = 1; j <= columns; j++) {
      const above = row[j]!;
      if (token === b[j - 1]) row[j] = diagonal + 1;
      else if (row[j - 1]! > above) row[j] = row[j - 1]!;
      diagonal = above;
    }
  }
  return row[columns]!;
}

/**
 * Marks in `hit` the positions of `reference` on one longest common subsequence with `candidate`.
 * Ties are broken as rouge-score's `_backtrack_norec` breaks them (step left only when strictly
 * better than up), since another equally long subsequence can change the union and the score.
 */
export function markLcs(reference: Int32Array, candidate: Int32Array, hit: Uint8Array): void {
  const rows = reference.length;
  const columns = candidate.length;
  if (rows === 0 || columns === 0) return;
  const width = columns + 1;
  const table = new Int32Array((rows + 1) * width);
  for (let i = 1; i <= rows; i++) {
    const token = reference[i - 1]!;
    const at = i * width;
    const above = at - width;
    for (let j = 1; j <= columns; j++) {
      if (token === candidate[j - 1]) table[at + j] = table[above + j - 1]! + 1;
      else table[at + j] = Math.max(table[above + j]!, table[at + j - 1]!);
    }
  }
  let i = rows;
  let j = columns;
  while (i > 0 && j > 0) {
    if (reference[i - 1] === candidate[j - 1]) {
      hit[i - 1] = 1;
      i--;
      j--;
    } else if (table[i * width + j - 1]! > table[(i - 1) * width + j]!) j--;
    else i--;
  }
}

/**
 * Summary-level LCS hits as rouge-score counts them: for each reference sentence, the union of its
 * LCS with every candidate sentence, each token counted only while both summaries still have an
 * unused occurrence of it (ROUGE-1.5.5's guard against double counting).
 *
 * @param vocabularySize one more than the largest token id in either summary
 */
export function summaryLcsHits(
  referenceSentences: readonly Int32Array[],
  candidateSentences: readonly Int32Array[],
  vocabularySize: number,
): number {
  const referenceLeft = new Int32Array(vocabularySize);
  const candidateLeft = new Int32Array(vocabularySize);
  for (const sentence of referenceSentences) for (const id of sentence) referenceLeft[id]!++;
  for (const sentence of candidateSentences) for (const id of sentence) candidateLeft[id]!++;
  let hits = 0;
  for (const reference of referenceSentences) {
    const union = new Uint8Array(reference.length);
    for (const candidate of candidateSentences) markLcs(reference, candidate, union);
    for (let i = 0; i < reference.length; i++) {
      if (union[i] === 0) continue;
      const id = reference[i]!;
      if (candidateLeft[id]! > 0 && referenceLeft[id]! > 0) {
        hits++;
        candidateLeft[id]!--;
        referenceLeft[id]!--;
      }
    }
  }
  return hits;
}
