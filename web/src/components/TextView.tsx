// Untrusted text as text: pre-wrapped, selectable, never parsed as markup; JSON values pretty-printed.
import { lazy, type ReactNode, Suspense, useState } from 'react';

// The Markdown parser loads the first time someone asks for the Markdown view.
const SafeMarkdown = lazy(() => import('./SafeMarkdown').then((m) => ({ default: m.SafeMarkdown })));

export function TextBlock({ text, className }: { text: string; className?: string }) {
  return <pre className={`text-block${className ? ` ${className}` : ''}`}>{text}</pre>;
}

/** A value of a case (a var, the expected answer): strings as they are, anything else as indented JSON. */
export function valueAsText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

interface ChatMessage {
  role: string;
  content: string;
}

/** A rendered chat prompt (stored as JSON) as its messages; undefined when the prompt is plain text. */
export function parseChat(prompt: string): ChatMessage[] | undefined {
  if (!prompt.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(prompt);
    if (!Array.isArray(parsed) || parsed.length === 0) return undefined;
    const messages: ChatMessage[] = [];
    for (const item of parsed) {
      if (typeof item !== 'object' || item === null) return undefined;
      const { role, content } = item as { role?: unknown; content?: unknown };
      if (typeof role !== 'string') return undefined;
      messages.push({ role, content: typeof content === 'string' ? content : valueAsText(content) });
    }
    return messages;
  } catch {
    return undefined;
  }
}

export function PromptView({ prompt }: { prompt: string }) {
  const chat = parseChat(prompt);
  if (!chat) return <TextBlock text={prompt} />;
  return (
    <div>
      {chat.map((message, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: messages are positional and never reordered
        <div className="chat-message" key={i}>
          <div className="chat-role">{message.role}</div>
          <TextBlock text={message.content} />
        </div>
      ))}
    </div>
  );
}

/** A model output: text by default, or rendered Markdown (sanitised) on request. */
export function OutputView({ text, label }: { text: string; label?: ReactNode }) {
  const [markdown, setMarkdown] = useState(false);
  return (
    <div>
      <div className="toolbar" style={{ marginBottom: 6 }}>
        {label}
        <span className="spacer" />
        <fieldset className="segmented">
          <legend className="visually-hidden">Output view</legend>
          <button type="button" aria-pressed={!markdown} onClick={() => setMarkdown(false)}>
            Text
          </button>
          <button type="button" aria-pressed={markdown} onClick={() => setMarkdown(true)}>
            Markdown
          </button>
        </fieldset>
      </div>
      {markdown ? (
        <Suspense fallback={<TextBlock text={text} />}>
          <SafeMarkdown text={text} />
        </Suspense>
      ) : (
        <TextBlock text={text} />
      )}
    </div>
  );
}
