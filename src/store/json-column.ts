// JSON text columns that give back what was written: plain JSON turns NaN and ±Infinity into null
// (a NaN mean in a summary, `.inf` in a YAML config), so those numbers are tagged on the way in.

const NON_FINITE_TAG = '$groundtruth.number';

function tagNonFinite(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? { [NON_FINITE_TAG]: String(value) } : value;
}

function untagNonFinite(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = (value as Record<string, unknown>)[NON_FINITE_TAG];
    if (typeof tagged === 'string' && Object.keys(value).length === 1) return Number(tagged);
  }
  return value;
}

/** Encodes a JSON column. Cheap on the common path: tagging runs only when plain JSON holds a null. */
export function toJsonColumn(value: unknown): string {
  const plain = JSON.stringify(value);
  if (plain === undefined) throw new TypeError(`cannot store ${typeof value} as JSON`);
  // Every non-finite number serialises as null, so output without "null" cannot have lost one.
  return plain.includes('null') ? JSON.stringify(value, tagNonFinite) : plain;
}

export function toNullableJsonColumn(value: unknown): string | null {
  return value === undefined ? null : toJsonColumn(value);
}

export function fromJsonColumn<T>(text: string): T {
  return (text.includes(NON_FINITE_TAG) ? JSON.parse(text, untagNonFinite) : JSON.parse(text)) as T;
}
