// Where the cases of a JSON dataset start, found by one pass over the text. JSON.parse gives the
// values fast but no positions, and composing a YAML document with positions costs ~100 µs per
// case: too slow for datasets of 10k+ cases, which are read twice per run.

export interface JsonLayout {
  /** Offset of each element of the case array, in order. */
  itemOffsets: number[];
  /** The first key repeated within one object: JSON.parse would keep the last one silently. */
  duplicateKey?: { key: string; offset: number };
}

const QUOTE = 34; // "
const BACKSLASH = 92; // \

interface Frame {
  kind: '[' | '{';
  /** Objects: keys seen so far, and whether the next string is a key. */
  keys: string[];
  expectKey: boolean;
  /** Arrays: whether this is the case array, and whether the next value is an element. */
  isCases: boolean;
  expectItem: boolean;
}

/**
 * Scans text that JSON.parse accepted. The case array is the top-level array, or with `casesKey`
 * the array under that key of the top-level object.
 */
export function scanJsonLayout(text: string, casesKey?: string): JsonLayout {
  const itemOffsets: number[] = [];
  const stack: Frame[] = [];
  // Set between `"cases":` of the top-level object and the value that follows it.
  let nextIsCases = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isBlank(code)) continue;
    const top = stack[stack.length - 1];
    if (top?.expectItem && code !== 93) {
      itemOffsets.push(i);
      top.expectItem = false;
    }
    switch (code) {
      case QUOTE: {
        const end = stringEnd(text, i);
        if (top?.kind === '{' && top.expectKey) {
          const raw = text.slice(i, end + 1);
          const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
          if (top.keys.includes(key)) return { itemOffsets, duplicateKey: { key, offset: i } };
          top.keys.push(key);
          top.expectKey = false;
        } else {
          nextIsCases = false;
        }
        i = end;
        break;
      }
      case 58: // :
        nextIsCases = stack.length === 1 && casesKey !== undefined && top?.keys.at(-1) === casesKey;
        break;
      case 44: // ,
        if (top?.kind === '{') top.expectKey = true;
        else if (top?.isCases) top.expectItem = true;
        break;
      case 91: // [
      case 123: {
        // {
        const isCases = code === 91 && (casesKey === undefined ? stack.length === 0 : nextIsCases);
        nextIsCases = false;
        stack.push({
          kind: code === 91 ? '[' : '{',
          keys: [],
          expectKey: code === 123,
          isCases,
          expectItem: isCases,
        });
        break;
      }
      case 93: // ]
      case 125: // }
        stack.pop();
        break;
      default:
        // A number, true, false or null: skip to its end.
        nextIsCases = false;
        while (i + 1 < text.length && !isDelimiter(text.charCodeAt(i + 1))) i++;
    }
  }
  return { itemOffsets };
}

function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** The offset of the closing quote of the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  // A quote preceded by an odd number of backslashes is escaped.
  while (end > 0) {
    let backslashes = 0;
    for (let j = end - 1; text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return text.length - 1;
}

function isDelimiter(code: number): boolean {
  return code === 44 || code === 93 || code === 125 || isBlank(code);
}

/** 1-based line and column of offsets in one text, by binary search over line starts. */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}
