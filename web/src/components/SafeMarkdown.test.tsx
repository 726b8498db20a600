// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SafeMarkdown, safeUrl } from './SafeMarkdown';

afterEach(cleanup);

describe('safeUrl', () => {
  it('keeps web, mail and relative links', () => {
    expect(safeUrl('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(safeUrl('http://example.com')).toBe('http://example.com');
    expect(safeUrl('mailto:help@example.com')).toBe('mailto:help@example.com');
    expect(safeUrl('/runs/r1')).toBe('/runs/r1');
    expect(safeUrl('#section')).toBe('#section');
  });

  it('drops schemes that run code or carry content, however they are spelled', () => {
    expect(safeUrl('javascript:alert(1)')).toBe('');
    expect(safeUrl('JavaScript:alert(1)')).toBe('');
    expect(safeUrl('  javascript:alert(1)')).toBe('');
    expect(safeUrl('java\tscript:alert(1)')).toBe('');
    expect(safeUrl('java\nscript:alert(1)')).toBe('');
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).toBe('');
    expect(safeUrl('vbscript:msgbox(1)')).toBe('');
    expect(safeUrl('file:///etc/passwd')).toBe('');
  });
});

describe('SafeMarkdown', () => {
  it('renders Markdown structure', () => {
    const { container } = render(<SafeMarkdown text={'# Title\n\n- one\n- **two**\n\n`code`'} />);
    expect(container.querySelector('h1')?.textContent).toBe('Title');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(container.querySelector('strong')?.textContent).toBe('two');
  });

  it('drops raw HTML instead of rendering it', () => {
    const { container } = render(
      <SafeMarkdown
        text={'before <img src=x onerror=alert(1)> <script>alert(2)</script> <b>bold</b> after'}
      />,
    );
    expect(container.querySelectorAll('img, script, b, [onerror]')).toHaveLength(0);
    expect(container.textContent).toContain('before');
    expect(container.textContent).toContain('after');
  });

  it('keeps the text of a javascript: link but not the link', () => {
    const { container } = render(
      <SafeMarkdown text={'[click me](javascript:alert(1)) and [docs](https://example.com)'} />,
    );
    const links = [...container.querySelectorAll('a')];
    expect(
      links.map((a) => [
        a.textContent,
        a.getAttribute('href'),
        a.getAttribute('rel'),
        a.getAttribute('target'),
      ]),
    ).toEqual([['docs', 'https://example.com', 'noopener noreferrer nofollow', '_blank']]);
    expect(container.textContent).toContain('click me');
  });

  it('shows an image as its text instead of loading it', () => {
    const { container } = render(<SafeMarkdown text={'![tracking pixel](https://evil.example/p.png)'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('[image: tracking pixel]');
  });
});
