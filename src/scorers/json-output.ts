// Reading an output as JSON. On failure the reason says where the syntax breaks (line, column and
// offset in the output), which JSON.parse on Node 20 only sometimes does.

export type JsonOutput = { ok: true; value: unknown } | { ok: false; reason: string };

/** Strict JSON.parse of the trimmed output. */
export function parseJsonOutput(output: string): JsonOutput {
  const trimmed = output.trim();
  if (trimmed === '') return { ok: false, reason: 'output is empty, not JSON' };
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch (err) {
    const leading = output.length - output.trimStart().length;
    const located = locateJsonError(trimmed);
    if (!located) return { ok: false, reason: `output is not valid JSON: ${(err as Error).message}` };
    const { line, column } = lineAndColumn(output, leading + located.offset);
    return {
      ok: false,
      reason: `output is not valid JSON: ${located.message} at line ${line}, column ${column} (offset ${leading + located.offset})`,
    };
  }
}

export interface JsonSyntaxProblem {
  /** 0-based offset of the first character that cannot continue valid JSON. */
  offset: number;
  message: string;
}

const OBJECT = 1;
const ARRAY = 2;

/**
 * The first syntax error of a JSON text, or undefined when it is valid. Iterative, so that deeply
 * nested input cannot overflow the stack.
 */
export function locateJsonError(text: string): JsonSyntaxProblem | undefined {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  let expect: 'value' | 'key' | 'after' = 'value';
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      i++;
    }
  };
  const fail = (message: string): JsonSyntaxProblem => ({
    offset: i,
    message: i >= n ? 'unexpected end of input' : message,
  });

  for (;;) {
    skipSpace();
    if (expect === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          expect = 'after';
        } else {
          stack.push(c === '{' ? OBJECT : ARRAY);
          expect = c === '{' ? 'key' : 'value';
        }
      } else if (c === '"') {
        const problem = scanString();
        if (problem) return problem;
        expect = 'after';
      } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (!match) return fail('invalid number');
        i += match[0].length;
        if (/[0-9.eE]/.test(text[i] ?? '')) return fail('invalid number');
        expect = 'after';
      } else if (c !== undefined && LITERAL_START.has(c)) {
        const word = LITERAL_START.get(c)!;
        if (!text.startsWith(word, i)) return fail(`invalid literal, expected ${word}`);
        i += word.length;
        expect = 'after';
      } else {
        return fail(`unexpected character ${JSON.stringify(c)}`);
      }
    } else if (expect === 'key') {
      if (text[i] !== '"') return fail('expected a property name in double quotes');
      const problem = scanString();
      if (problem) return problem;
      skipSpace();
      if (text[i] !== ':') return fail("expected ':' after the property name");
      i++;
      expect = 'value';
    } else {
      const top = stack.at(-1);
      if (top === undefined) return i < n ? fail('unexpected text after the JSON value') : undefined;
      const c = text[i];
      if (c === ',') {
        i++;
        expect = top === OBJECT ? 'key' : 'value';
      } else if ((top === OBJECT && c === '}') || (top === ARRAY && c === ']')) {
        i++;
        stack.pop();
      } else {
        return fail(top === OBJECT ? "expected ',' or '}' after a property value" : "expected ',' or ']'");
      }
    }
  }

  function scanString(): JsonSyntaxProblem | undefined {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return fail('unescaped control character in a string');
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i++;
            return fail('invalid \\u escape');
          }
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          i += 2;
        } else {
          i++;
          return fail('invalid escape in a string');
        }
      } else {
        i++;
      }
    }
    return { offset: n, message: 'unterminated string' };
  }
}

// Sticky: matches exactly at lastIndex.
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL_START = new Map([
  ['t', 'true'],
  ['f', 'false'],
  ['n', 'null'],
]);

/** 1-based line and column (in UTF-16 units) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
