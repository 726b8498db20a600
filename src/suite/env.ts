// `${VAR}` and `${VAR:-default}` in target configs, replaced from the environment before validation.
// Only target configs: prompts, templates and JS expressions may hold `${...}` for their own reasons.
import type { PathIssue } from './issues.js';
import { isPlainObject, type KeyPath } from './key-path.js';

const REFERENCE = /\$\{([^}]*)\}/g;
const NAME_AND_DEFAULT = /^([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?$/s;

/**
 * A copy of `value` with references in every string (at any depth) replaced. As in the shell,
 * the default applies when the variable is unset or empty. Problems are pushed to `issues`.
 */
export function substituteEnv(
  value: unknown,
  env: NodeJS.ProcessEnv,
  path: KeyPath,
  issues: PathIssue[],
): unknown {
  if (typeof value === 'string')
    return value.includes('${') ? substituteString(value, env, path, issues) : value;
  if (Array.isArray(value)) return value.map((item, i) => substituteEnv(item, env, [...path, i], issues));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      out[key] = substituteEnv(item, env, [...path, key], issues);
    return out;
  }
  return value;
}

function substituteString(text: string, env: NodeJS.ProcessEnv, path: KeyPath, issues: PathIssue[]): string {
  return text.replace(REFERENCE, (reference, inner: string) => {
    const parsed = NAME_AND_DEFAULT.exec(inner);
    if (!parsed) {
      issues.push({
        path,
        message: `invalid environment variable reference ${reference}: expected \${NAME} or \${NAME:-default}`,
      });
      return reference;
    }
    const [, name, fallback] = parsed as unknown as [string, string, string | undefined];
    const set = env[name];
    if (set !== undefined && set !== '') return set;
    if (fallback !== undefined) return fallback;
    issues.push({ path, message: `environment variable ${name} is not set` });
    return reference;
  });
}

/**
 * Substitutes in the places of a raw suite that hold target configs: `targets[*]`, and judge
 * `target` objects in scorers (also inside `not`). Anything malformed is left to the schema.
 */
export function substituteSuiteEnv(
  raw: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
  issues: PathIssue[],
) {
  const out = { ...raw };
  if (Array.isArray(raw.targets)) out.targets = substituteEnv(raw.targets, env, ['targets'], issues);
  if (Array.isArray(raw.scorers)) {
    out.scorers = raw.scorers.map((scorer, i) => substituteJudgeTarget(scorer, env, ['scorers', i], issues));
  }
  return out;
}

function substituteJudgeTarget(
  scorer: unknown,
  env: NodeJS.ProcessEnv,
  path: KeyPath,
  issues: PathIssue[],
): unknown {
  if (!isPlainObject(scorer)) return scorer;
  const out = { ...scorer };
  if (isPlainObject(scorer.target))
    out.target = substituteEnv(scorer.target, env, [...path, 'target'], issues);
  if (isPlainObject(scorer.scorer))
    out.scorer = substituteJudgeTarget(scorer.scorer, env, [...path, 'scorer'], issues);
  return out;
}
