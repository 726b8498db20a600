// Renders a suite prompt for one case: a text template, or every message of a chat.
import type { ChatMessage, Prompt, RenderedPrompt } from '../core/index.js';
import { renderTemplate } from '../template/index.js';

/** Throws TemplateError when the case lacks a variable the prompt uses. */
export function renderPrompt(prompt: Prompt, vars: Record<string, unknown>): RenderedPrompt {
  if (prompt.kind === 'text') return { text: renderTemplate(prompt.template, vars) };
  const messages: ChatMessage[] = prompt.messages.map((m) => ({
    role: m.role,
    content: renderTemplate(m.content, vars),
  }));
  return { text: JSON.stringify(messages), messages };
}
