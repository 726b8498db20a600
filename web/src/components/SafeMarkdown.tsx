// Markdown from untrusted text (model outputs): no raw HTML at all, links only to http(s) and mailto
// (javascript:, data: and the like are dropped), and images shown as their text instead of loaded.
import Markdown, { type Components } from 'react-markdown';

const SAFE_PROTOCOL = /^(https?|mailto):$/i;

/** The URL a link may point to, or '' (no link) when its scheme could run code or load content. */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so a URL holding
  // any is never trusted.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this rejects
  if (/[\u0000-\u001F\u007F\s]/.test(trimmed)) return '';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (scheme) return SAFE_PROTOCOL.test(`${scheme[1]}:`) ? trimmed : '';
  // Relative references and fragments stay inside this app.
  return trimmed;
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // A remote image would be fetched as soon as it is shown (tracking, offline use): show its text.
  img: ({ alt, src }) => <span className="muted">[image: {alt || src || 'no description'}]</span>,
};

export function SafeMarkdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown skipHtml urlTransform={safeUrl} components={components}>
        {text}
      </Markdown>
    </div>
  );
}
