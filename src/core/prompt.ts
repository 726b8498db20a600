// Prompts: a template string, a chat (list of messages), or a file holding either.
import { z } from 'zod';

export const ChatMessageSchema = z.strictObject({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string().describe('A template over the case vars'),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

export const PromptObjectSchema = z
  .strictObject({
    id: z.string().min(1).optional().describe('Name shown in reports; defaults to prompt-N'),
    template: z.string().optional().describe('A template over the case vars'),
    messages: z.array(ChatMessageSchema).min(1).optional(),
    file: z
      .string()
      .optional()
      .describe('A .txt/.md template, or a .json/.yaml list of messages, relative to the suite file'),
  })
  .refine((p) => [p.template, p.messages, p.file].filter((x) => x !== undefined).length === 1, {
    message: 'a prompt needs exactly one of template, messages or file',
  });

/**
 * A prompt as written in the suite: a template string (`file://path` loads one from a file),
 * a list of chat messages, or an object with an id.
 */
export const PromptSpecSchema = z.union([z.string(), z.array(ChatMessageSchema).min(1), PromptObjectSchema]);
export type PromptSpec = z.infer<typeof PromptSpecSchema>;

/** A prompt after loading: a named template or a named chat. */
export type Prompt =
  | { id: string; kind: 'text'; template: string }
  | { id: string; kind: 'chat'; messages: ChatMessage[] };

/**
 * A prompt rendered for one case. `text` is what text-only targets receive: the template's
 * output, or for a chat the messages as JSON.
 */
export interface RenderedPrompt {
  text: string;
  messages?: ChatMessage[];
}
