// Holm's step-down adjustment of a family of p-values: it controls the chance of any false
// "significant" across many targets × scorers (or slices) at alpha, without Bonferroni's full cost.

/**
 * Holm-adjusted p-values (Holm 1979), as statsmodels `multipletests(method='holm')`: sorted
 * ascending, p_(i) becomes max over j ≤ i of min(1, (m − j + 1) · p_(j)). Nulls stay null and do not
 * count in m.
 */
export function holmAdjust(pValues: ReadonlyArray<number | null>): Array<number | null> {
  const present = pValues.flatMap((p, index) => (p === null ? [] : [{ p, index }]));
  present.sort((a, b) => a.p - b.p || a.index - b.index);
  const adjusted: Array<number | null> = pValues.map(() => null);
  const m = present.length;
  let running = 0;
  present.forEach(({ p, index }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[index] = running;
  });
  return adjusted;
}
