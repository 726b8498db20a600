// The mteval-v13a tokenizer exactly as sacreBLEU 2.x applies it (tokenizer_13a.py + tokenizer_re.py):
// the four regex substitutions replayed as one linear scan that records where they would insert spaces.
import { isPythonWhitespace } from './python-whitespace.js';

const SPACE = 0x20;
const PERIOD = 0x2e;
const COMMA = 0x2c;
const DASH = 0x2d;

/** `[\{-\~\[-\` -\&\(-\+\:-\@\/]`: ASCII punctuation except `'`, `,`, `-` and `.` (and the space). */
const SPLIT_ALWAYS = new Uint8Array(128);
for (const [from, to] of [
  [0x20, 0x26],
  [0x28, 0x2b],
  [0x2f, 0x2f],
  [0x3a, 0x40],
  [0x5b, 0x60],
  [0x7b, 0x7e],
]) {
  for (let c = from!; c <= to!; c++) SPLIT_ALWAYS[c] = 1;
}

// Scratch reused across calls: the line's code units padded with a space on both sides, and
// `gaps[i]` = 1 when a substitution put a space just before padded position i.
let codes = new Uint16Array(256);
let gaps = new Uint8Array(257);

/**
 * sacreBLEU's `Tokenizer13a()(line)`: the tokenized line, tokens joined by single spaces.
 *
 * @example tokenize13a('Hello, "world" (2,000.5)!') // 'Hello , " world " ( 2,000.5 ) !'
 */
export function tokenize13a(line: string): string {
  return tokens13a(line).join(' ');
}

/** The tokens of {@link tokenize13a}, without joining and splitting them again. */
export function tokens13a(line: string): string[] {
  const text = normalize13a(line);
  const n = text.length;
  if (codes.length < n + 2) {
    codes = new Uint16Array(2 * n + 2);
    gaps = new Uint8Array(2 * n + 3);
  }
  codes[0] = SPACE;
  for (let i = 0; i < n; i++) codes[i + 1] = text.charCodeAt(i);
  codes[n + 1] = SPACE;
  gaps.fill(0, 0, n + 3);

  // 1. `([\{-\~\[-\` -\&\(-\+\:-\@\/])` → ` \1 `
  for (let i = 1; i <= n; i++) {
    const c = codes[i]!;
    if (c < 128 && SPLIT_ALWAYS[c] === 1) {
      gaps[i] = 1;
      gaps[i + 1] = 1;
    }
  }

  // 2. `([^0-9])([\.,])` → `\1 \2 `. Matches do not overlap: in `a..` the second period is the first
  // one's neighbour, already consumed as a `\2`, so it is not matched (only spaced on its left).
  // Each pass reads the spaces as they were before it: the space it puts after a match is applied
  // one step late (`pending`).
  let previousMatched = false;
  let pending = false;
  for (let i = 1; i <= n; i++) {
    const spacedBefore = gaps[i] === 1;
    if (pending) gaps[i] = 1;
    pending = false;
    const c = codes[i]!;
    let matched = false;
    if (c === PERIOD || c === COMMA) {
      matched = spacedBefore || (!isAsciiDigit(codes[i - 1]!) && !previousMatched);
      if (matched) {
        gaps[i] = 1;
        pending = true;
      }
    }
    previousMatched = matched;
  }
  if (pending) gaps[n + 1] = 1;

  // 3. `([\.,])([^0-9])` → ` \1 \2`. A period or comma consumed as the `\2` of the previous match is skipped.
  previousMatched = false;
  pending = false;
  for (let i = 1; i <= n; i++) {
    const spacedBefore = gaps[i] === 1;
    if (pending) gaps[i] = 1;
    pending = false;
    const c = codes[i]!;
    let matched = false;
    if ((c === PERIOD || c === COMMA) && (spacedBefore || !previousMatched)) {
      matched = gaps[i + 1] === 1 || !isAsciiDigit(codes[i + 1]!);
      if (matched) {
        gaps[i] = 1;
        pending = true;
      }
    }
    previousMatched = matched;
  }
  if (pending) gaps[n + 1] = 1;

  // 4. `([0-9])(-)` → `\1 \2 `. A dash is never a digit, so the space written after a match cannot
  // change the next test: no deferral needed.
  for (let i = 1; i <= n; i++) {
    if (codes[i] === DASH && gaps[i] === 0 && isAsciiDigit(codes[i - 1]!)) {
      gaps[i] = 1;
      gaps[i + 1] = 1;
    }
  }

  // `' '.join(line.split())`: tokens end at inserted spaces and at Python whitespace.
  const tokens: string[] = [];
  let start = -1;
  for (let i = 1; i <= n; i++) {
    if (gaps[i] === 1 && start >= 0) {
      tokens.push(text.slice(start - 1, i - 1));
      start = -1;
    }
    if (isPythonWhitespace(codes[i]!)) {
      if (start >= 0) {
        tokens.push(text.slice(start - 1, i - 1));
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) tokens.push(text.slice(start - 1, n));
  return tokens;
}

/** The language-independent part: `<skipped>` and `-\n` removed, newlines to spaces, four entities decoded. */
function normalize13a(line: string): string {
  let text = line;
  if (text.includes('<skipped>')) text = text.replaceAll('<skipped>', '');
  if (text.includes('-\n')) text = text.replaceAll('-\n', '');
  if (text.includes('\n')) text = text.replaceAll('\n', ' ');
  if (text.includes('&')) {
    // In this order, as sacreBLEU: `&amp;lt;` becomes `&lt;` and then `<`.
    text = text
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>');
  }
  return text;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
