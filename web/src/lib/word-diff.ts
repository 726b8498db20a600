// A word-level text difference: the longest common subsequence over word, space and punctuation
// tokens, as segments that the compare page renders as plain text spans (never as markup).

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

// Words (letters, digits, underscore in any script), runs of whitespace, and any other single character:
// punctuation changes then show on their own instead of marking the whole word.
const TOKEN = /[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;

/**
 * Above this many table cells (tokens before × tokens after, once the common start and end are set
 * aside) the middle is shown as one removal and one addition: the table would cost more memory and
 * time than a difference of two such long texts is worth.
 */
export const MAX_DIFF_CELLS = 4_000_000;

export function tokenizeWords(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function push(out: DiffSegment[], kind: DiffKind, text: string): void {
  if (text === '') return;
  const last = out.at(-1);
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/** The differences from `before` to `after`, adjacent segments of one kind merged; removals precede additions. */
export function diffWords(before: string, after: string, maxCells: number = MAX_DIFF_CELLS): DiffSegment[] {
  const a = tokenizeWords(before);
  const b = tokenizeWords(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }

  const out: DiffSegment[] = [];
  push(out, 'same', a.slice(0, start).join(''));
  const n = endA - start;
  const m = endB - start;
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= maxCells) {
    diffMiddle(a, b, start, n, m, out);
  } else {
    push(out, 'removed', a.slice(start, endA).join(''));
    push(out, 'added', b.slice(start, endB).join(''));
  }
  push(out, 'same', a.slice(endA).join(''));
  return absorbShortEqualities(out);
}

interface Edit {
  removed: string;
  added: string;
}

/**
 * Two unrelated texts share many small words ("the", "and", a space): matched one by one they shred
 * both texts into fragments. As diff-match-patch's semantic cleanup does, an unchanged stretch between
 * two changes is folded into them when it is no longer than the larger side of each change.
 */
export function absorbShortEqualities(segments: readonly DiffSegment[]): DiffSegment[] {
  // Alternate: equality, edit, equality, edit... (an equality may be empty).
  const equalities: string[] = [''];
  const edits: Edit[] = [];
  for (const segment of segments) {
    if (segment.kind === 'same') {
      if (equalities.length === edits.length) equalities.push(segment.text);
      else equalities[equalities.length - 1] += segment.text;
      continue;
    }
    if (equalities.length > edits.length) edits.push({ removed: '', added: '' });
    const edit = edits[edits.length - 1]!;
    if (segment.kind === 'removed') edit.removed += segment.text;
    else edit.added += segment.text;
  }
  if (equalities.length === edits.length) equalities.push('');

  let changed = true;
  while (changed) {
    changed = false;
    // equalities[i] sits between edits[i - 1] and edits[i].
    for (let i = 1; i < edits.length; i++) {
      const text = equalities[i]!;
      const before = edits[i - 1]!;
      const after = edits[i]!;
      const size = text.length;
      if (
        size <= Math.max(before.removed.length, before.added.length) &&
        size <= Math.max(after.removed.length, after.added.length)
      ) {
        before.removed += text + after.removed;
        before.added += text + after.added;
        edits.splice(i, 1);
        equalities.splice(i, 1);
        changed = true;
        break;
      }
    }
  }

  const out: DiffSegment[] = [];
  edits.forEach((edit, i) => {
    push(out, 'same', equalities[i]!);
    push(out, 'removed', edit.removed);
    push(out, 'added', edit.added);
  });
  push(out, 'same', equalities[edits.length]!);
  return out;
}

function diffMiddle(
  a: string[],
  b: string[],
  offset: number,
  n: number,
  m: number,
  out: DiffSegment[],
): void {
  const width = m + 1;
  // lcs[i * width + j]: length of the longest common subsequence of a[i..n) and b[j..m).
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    const tokenA = a[offset + i];
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        tokenA === b[offset + j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[offset + i] === b[offset + j]) {
      push(out, 'same', a[offset + i]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      push(out, 'removed', a[offset + i]!);
      i++;
    } else {
      push(out, 'added', b[offset + j]!);
      j++;
    }
  }
  while (i < n) push(out, 'removed', a[offset + i++]!);
  while (j < m) push(out, 'added', b[offset + j++]!);
}

/** The segments one side shows: the base text without additions, or the candidate text without removals. */
export function sideOf(segments: readonly DiffSegment[], side: 'before' | 'after'): DiffSegment[] {
  const hidden: DiffKind = side === 'before' ? 'added' : 'removed';
  return segments.filter((s) => s.kind !== hidden);
}
