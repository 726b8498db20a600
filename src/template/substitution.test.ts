// Plain `{{ name }}` templates render exactly as Nunjucks renders them, without loading Nunjucks.
import { createRequire } from 'node:module';
import type nunjucksTypes from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { compileTemplate, nunjucksLoaded, TemplateError } from './index.js';

describe('plain substitutions', () => {
  it('do not load Nunjucks (which would slow every charCodeAt loop in the process)', () => {
    expect(
      compileTemplate('Q: {{ question }} / {{case.id}}').render({ question: 'q', case: { id: 7 } }),
    ).toBe('Q: q / 7');
    expect(nunjucksLoaded()).toBe(false);
    compileTemplate('{{ question | upper }}');
    expect(nunjucksLoaded()).toBe(true);
  });

  it('render every kind of value exactly as Nunjucks does, errors included', () => {
    const nunjucks = createRequire(import.meta.url)('nunjucks') as typeof nunjucksTypes;
    const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true });
    const values: unknown[] = [
      'text',
      '',
      0,
      3.5,
      -1,
      Number.NaN,
      true,
      false,
      [1, 'a'],
      [],
      { a: 1 },
      { y: 'nested' },
      null,
      undefined,
    ];
    const templates = [
      '{{x}}',
      'a {{ x }} b',
      'line one\n  {{ x.y }} {{x}}',
      '{{ x }}{{ x }}',
      'no {tag} here {{x}} }}',
    ];
    for (const source of templates) {
      for (const x of values) {
        const context = { x, other: 1 };
        let expected: string | { line: number; column: number };
        try {
          expected = new nunjucks.Template(source, env, undefined, true).render(context);
        } catch (err) {
          const [, line, column] = /\[Line (\d+), Column (\d+)\]/.exec((err as Error).message)!;
          expected = { line: Number(line), column: Number(column) };
        }
        let actual: string | { line: number; column: number };
        try {
          actual = compileTemplate(source).render(context);
        } catch (err) {
          expect(err).toBeInstanceOf(TemplateError);
          actual = { line: (err as TemplateError).line!, column: (err as TemplateError).column! };
        }
        expect([source, x, actual]).toEqual([source, x, expected]);
      }
    }
  });
});
