// The order a comparison lists things in, taken from the suites rather than from the order results
// happened to be written (which concurrency shuffles): targets, prompts and scorers as configured.
import type { Run } from '../core/index.js';
import type { PairedResults } from './paired-results.js';

/** The string `key` of each object in a stored config list (`prompts[].id`, `scorers[].name`). */
function configured(list: unknown, key: 'id' | 'name'): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const value = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? [value] : [];
  });
}

/** Group indices: targets in the candidate's order (then the base's), prompts as the suite lists them. */
export function orderGroups(paired: PairedResults, base: Run, candidate: Run): number[] {
  const targets = [...candidate.targets.map((t) => t.id), ...base.targets.map((t) => t.id)];
  const prompts = [...configured(candidate.config.prompts, 'id'), ...configured(base.config.prompts, 'id')];
  const position = (list: string[], id: string) => {
    const i = list.indexOf(id);
    return i < 0 ? list.length : i;
  };
  return paired.groups
    .map((key, index) => ({
      index,
      target: position(targets, key.target),
      prompt: position(prompts, key.prompt),
    }))
    .sort((a, b) => a.target - b.target || a.prompt - b.prompt || a.index - b.index)
    .map((g) => g.index);
}

/** Scorer names in the order the candidate's suite lists them, then the base's, then as first read. */
export function orderScorers(paired: PairedResults, base: Run, candidate: Run): string[] {
  const order = new Set([
    ...configured(candidate.config.scorers, 'name'),
    ...configured(base.config.scorers, 'name'),
    ...paired.scorers.keys(),
  ]);
  return [...order].filter((name) => paired.scorers.has(name));
}
