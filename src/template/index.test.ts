import { describe, expect, it } from 'vitest';
import { compileTemplate, renderDeep, renderTemplate, TemplateError } from './index.js';

describe('templates', () => {
  it('renders variables and filters', () => {
    expect(
      renderTemplate('Q: {{ question | upper }} {{ expected | dump }}', {
        question: 'hi',
        expected: { a: 1 },
      }),
    ).toBe('Q: HI {"a":1}');
  });

  it('treats variable values as text, never as templates', () => {
    expect(renderTemplate('{{ q }}', { q: '{{ 7 * 7 }} <script>' })).toBe('{{ 7 * 7 }} <script>');
  });

  it('returns static text unchanged without compiling', () => {
    const t = compileTemplate('no tags here');
    expect(t.render({})).toBe('no tags here');
  });

  it('names the undefined variable and its position', () => {
    const err = (() => {
      try {
        renderTemplate('Hello\nQ: {{ question }}', { other: 1 });
      } catch (e) {
        return e;
      }
    })() as TemplateError;
    expect(err).toBeInstanceOf(TemplateError);
    expect(err.line).toBe(2);
    expect(err.message).toMatch(/\{\{ question \}\} is undefined or null for this case \(variables: other\)/);
  });

  it('reports syntax errors at compile time', () => {
    expect(() => compileTemplate('{{ oops')).toThrow(TemplateError);
    expect(() => compileTemplate('{{ oops')).toThrow(/expected variable end/);
  });

  it('renders every string of a nested value', () => {
    expect(renderDeep({ a: ['{{x}}', 2], b: { c: '{{x}}!' } }, { x: 'y' })).toEqual({
      a: ['y', 2],
      b: { c: 'y!' },
    });
  });
});
