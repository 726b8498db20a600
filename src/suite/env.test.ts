import { describe, expect, it } from 'vitest';
import { substituteEnv, substituteSuiteEnv } from './env.js';
import type { PathIssue } from './issues.js';

// A `${NAME}` reference as written in a suite file.
const ref = (inner: string) => `\${${inner}}`;

describe('environment substitution', () => {
  it('replaces references at any depth, with shell-style defaults', () => {
    const issues: PathIssue[] = [];
    const value = {
      apiKey: ref('KEY'),
      headers: { team: `t-${ref('TEAM:-core')}-${ref('EMPTY:-fallback')}` },
      stop: [ref('STOP')],
      n: 3,
    };
    const env = { KEY: 'k1', EMPTY: '', STOP: 'END' };
    expect(substituteEnv(value, env, ['targets', 0], issues)).toEqual({
      apiKey: 'k1',
      headers: { team: 't-core-fallback' },
      stop: ['END'],
      n: 3,
    });
    expect(issues).toEqual([]);
  });

  it('reports unset variables and malformed references at their key', () => {
    const issues: PathIssue[] = [];
    substituteEnv({ a: ref('MISSING'), b: ref('1BAD') }, {}, ['targets', 2], issues);
    expect(issues).toEqual([
      { path: ['targets', 2, 'a'], message: 'environment variable MISSING is not set' },
      {
        path: ['targets', 2, 'b'],
        message: `invalid environment variable reference ${ref('1BAD')}: expected ${ref('NAME')} or ${ref('NAME:-default')}`,
      },
    ]);
  });

  it('touches targets and judge targets only', () => {
    const issues: PathIssue[] = [];
    const raw = {
      prompt: ref('X'),
      targets: [{ type: 'echo', label: ref('X') }],
      scorers: [
        { type: 'javascript', expression: `\`${ref('x')}\`` },
        { type: 'judge', rubric: ref('X'), target: { type: 'openai', model: ref('X') } },
        { type: 'not', scorer: { type: 'judge', rubric: 'r', target: { type: 'openai', model: ref('X') } } },
        { type: 'judge', rubric: 'r', target: 'echo' },
      ],
    };
    expect(substituteSuiteEnv(raw, { X: 'x' }, issues)).toEqual({
      prompt: ref('X'),
      targets: [{ type: 'echo', label: 'x' }],
      scorers: [
        { type: 'javascript', expression: `\`${ref('x')}\`` },
        { type: 'judge', rubric: ref('X'), target: { type: 'openai', model: 'x' } },
        { type: 'not', scorer: { type: 'judge', rubric: 'r', target: { type: 'openai', model: 'x' } } },
        { type: 'judge', rubric: 'r', target: 'echo' },
      ],
    });
  });
});
