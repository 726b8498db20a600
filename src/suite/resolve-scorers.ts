// Scorers of a suite: unique names (given, or the type with #2, #3... when repeated), templates and
// regular expressions compiled, files resolved, judge targets checked; and gates that name scorers.
import type { Gates, NamedScorer, ScorerConfig } from '../core/index.js';
import { isTemplate } from '../template/index.js';
import type { KeyPath } from './key-path.js';
import {
  checkTemplate,
  type LoadContext,
  reportAt,
  reportDuplicateNames,
  resolveExisting,
} from './load-context.js';
import { defaultTargetId, resolveTargetConfig } from './resolve-targets.js';
import { didYouMean } from './suggest.js';

export function resolveScorers(
  context: LoadContext,
  scorers: readonly ScorerConfig[],
  targetIds: readonly string[],
): NamedScorer[] {
  const taken = reportDuplicateNames(context, 'scorers', 'name', scorers, (s) => s.name, 'scorer name');
  const unnamedSeen = new Map<string, number>();
  return scorers.map((scorer, i) => {
    let name = scorer.name;
    if (name === undefined) {
      let n = (unnamedSeen.get(scorer.type) ?? 0) + 1;
      name = n === 1 ? scorer.type : `${scorer.type}#${n}`;
      while (taken.has(name)) name = `${scorer.type}#${++n}`;
      unnamedSeen.set(scorer.type, n);
      taken.set(name, 0);
    }
    return { ...resolveScorer(context, scorer, ['scorers', i], targetIds), name };
  });
}

function resolveScorer<T extends ScorerConfig>(
  context: LoadContext,
  scorer: T,
  key: KeyPath,
  targetIds: readonly string[],
): T {
  const template = (source: string | undefined, field: string) => {
    if (source !== undefined) checkTemplate(context, source, [...key, field]);
  };
  const templates = (sources: readonly string[] | undefined, field: string) => {
    sources?.forEach((source, i) => {
      checkTemplate(context, source, [...key, field, i]);
    });
  };
  const config: ScorerConfig = scorer;
  switch (config.type) {
    case 'equals':
      if (typeof config.value === 'string') template(config.value, 'value');
      return scorer;
    case 'contains':
      template(config.value, 'value');
      templates(config.all, 'all');
      templates(config.any, 'any');
      return scorer;
    case 'starts-with':
    case 'levenshtein':
      template(config.value, 'value');
      return scorer;
    case 'regex':
      template(config.pattern, 'pattern');
      // A pattern without template tags is final: check it as a regular expression now.
      if (!isTemplate(config.pattern)) {
        try {
          new RegExp(config.pattern, config.flags);
        } catch (err) {
          reportAt(context, [...key, 'pattern'], `invalid regular expression: ${(err as Error).message}`);
        }
      }
      return scorer;
    case 'json-schema':
      if (typeof config.schema !== 'string') return scorer;
      return { ...scorer, schema: resolveExisting(context, config.schema, [...key, 'schema']) };
    case 'javascript':
      if (config.path === undefined) return scorer;
      return { ...scorer, path: resolveExisting(context, config.path, [...key, 'path']) };
    case 'judge': {
      template(config.rubric, 'rubric');
      template(config.prompt, 'prompt');
      if (typeof config.target === 'string') {
        if (!targetIds.includes(config.target)) {
          const hint = didYouMean(config.target, targetIds) || ` (target ids: ${targetIds.join(', ')})`;
          reportAt(context, [...key, 'target'], `no target with id "${config.target}"${hint}`);
        }
        return scorer;
      }
      const id = config.target.id ?? defaultTargetId(config.target);
      return {
        ...scorer,
        target: resolveTargetConfig(context, { ...config.target, id }, [...key, 'target']),
      };
    }
    case 'not':
      return { ...scorer, scorer: resolveScorer(context, config.scorer, [...key, 'scorer'], targetIds) };
    default:
      return scorer;
  }
}

/** `gates.minMean` keys must name scorers of the suite. */
export function checkGates(context: LoadContext, gates: Gates, scorerNames: readonly string[]): void {
  for (const name of Object.keys(gates.minMean ?? {})) {
    if (scorerNames.includes(name)) continue;
    const hint =
      scorerNames.length === 0
        ? ' (the suite has no scorers)'
        : didYouMean(name, scorerNames) || ` (scorers: ${scorerNames.join(', ')})`;
    reportAt(context, ['gates', 'minMean', name], `no scorer named "${name}"${hint}`, true);
  }
}
