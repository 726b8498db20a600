// Checks of the hypotheses/references a metric receives (BLEU, chrF), so bad input from a dataset fails
// with the same clear message, naming the function and the index, whichever metric reads it.

/** Throws unless `hypotheses` and `references` are arrays of the same, non-zero length. */
export function checkCorpusShape(where: string, hypotheses: unknown, references: unknown): void {
  if (!Array.isArray(hypotheses)) throw new TypeError(`${where}: hypotheses must be an array of strings`);
  if (!Array.isArray(references)) {
    throw new TypeError(
      `${where}: references must be an array holding, per hypothesis, an array of its references`,
    );
  }
  if (hypotheses.length === 0) throw new RangeError(`${where}: no hypotheses`);
  if (hypotheses.length !== references.length) {
    throw new RangeError(
      `${where}: ${hypotheses.length} hypotheses but ${references.length} reference lists; references[i] must hold every reference of hypothesis i`,
    );
  }
}

/**
 * Throws unless `hypothesis` is a string and `references` a non-empty array of strings. `index` is the
 * segment's position in a corpus, named in the message; leave it out for a single sentence.
 */
export function checkSegment(where: string, hypothesis: unknown, references: unknown, index?: number): void {
  const hypothesisName = index === undefined ? 'hypothesis' : `hypotheses[${index}]`;
  const referencesName = index === undefined ? 'references' : `references[${index}]`;
  if (typeof hypothesis !== 'string') {
    throw new TypeError(`${where}: ${hypothesisName} must be a string, got ${describe(hypothesis)}`);
  }
  if (!Array.isArray(references)) {
    throw new TypeError(
      `${where}: ${referencesName} must be an array of reference strings, got ${describe(references)}`,
    );
  }
  if (references.length === 0) {
    throw new RangeError(
      `${where}: ${referencesName} is empty; every hypothesis needs at least one reference`,
    );
  }
  for (let r = 0; r < references.length; r++) {
    if (typeof references[r] !== 'string') {
      throw new TypeError(
        `${where}: ${referencesName}[${r}] must be a string, got ${describe(references[r])}`,
      );
    }
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
