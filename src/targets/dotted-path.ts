// Dotted paths into a JSON response (`choices.0.message.content`, `data[0].text`), compiled once per
// target so that reading a response costs a few property lookups.

export type PathReader = (value: unknown) => unknown;

const BRACKET_INDEX = /\[(\d+)\]/g;

/** Compiles a path; `[n]` and `.n` both index arrays. Throws on an empty segment such as `a..b`. */
export function compilePath(path: string): PathReader {
  const segments = path.replace(BRACKET_INDEX, '.$1').split('.');
  if (segments.some((s) => s === '')) throw new Error(`"${path}" is not a dotted path (an empty segment)`);
  return (value) => {
    let current = value;
    for (const segment of segments) {
      if (current === null || typeof current !== 'object') return undefined;
      if (!Object.hasOwn(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
    return current;
  };
}
