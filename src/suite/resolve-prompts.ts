// Prompts of a suite: `prompt` (one) or `prompts` (several), each a template, a chat, or a file
// (`file://x.txt` or `{ file }`), loaded and compiled now so that mistakes surface at load.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { z } from 'zod';
import {
  type ChatMessage,
  ChatMessageSchema,
  type Prompt,
  type PromptSpec,
  type SuiteFile,
} from '../core/index.js';
import { displayPath, type KeyPath } from './key-path.js';
import { checkTemplate, type LoadContext, reportAt, resolveExisting } from './load-context.js';
import { parseSourceDocument } from './source-document.js';
import { explainZodIssues } from './zod-issues.js';

const FILE_SCHEME = 'file://';
const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.njk']);
const CHAT_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);
const ChatFileSchema = z.array(ChatMessageSchema).min(1);

export function resolvePrompts(context: LoadContext, suite: SuiteFile): Prompt[] {
  if (suite.prompt !== undefined && suite.prompts !== undefined) {
    reportAt(context, ['prompts'], 'a suite has either prompt or prompts, not both', true);
    return [];
  }
  const specs: Array<[PromptSpec, KeyPath]> =
    suite.prompt !== undefined
      ? [[suite.prompt, ['prompt']]]
      : (suite.prompts ?? []).map((spec, i): [PromptSpec, KeyPath] => [spec, ['prompts', i]]);
  if (specs.length === 0) {
    reportAt(
      context,
      ['prompt'],
      'required key is missing (a template, a chat or file://path; or prompts: a list)',
    );
    return [];
  }
  const prompts: Prompt[] = [];
  const lines = new Map<string, number>();
  specs.forEach(([spec, key], i) => {
    const fallbackId = suite.prompt !== undefined ? 'default' : `prompt-${i + 1}`;
    const prompt = loadPrompt(context, spec, key, fallbackId);
    if (!prompt) return;
    const previous = lines.get(prompt.id);
    const line = context.document.locate(key).line ?? 0;
    if (previous !== undefined) {
      reportAt(context, [...key, 'id'], `duplicate prompt id "${prompt.id}" (also at line ${previous})`);
      return;
    }
    lines.set(prompt.id, line);
    prompts.push(prompt);
  });
  return prompts;
}

function loadPrompt(
  context: LoadContext,
  spec: PromptSpec,
  key: KeyPath,
  fallbackId: string,
): Prompt | undefined {
  if (typeof spec === 'string') {
    if (spec.startsWith(FILE_SCHEME))
      return loadPromptFile(context, spec.slice(FILE_SCHEME.length), key, fallbackId);
    checkTemplate(context, spec, key);
    return { id: fallbackId, kind: 'text', template: spec };
  }
  if (Array.isArray(spec)) return chatPrompt(context, spec, key, fallbackId);
  const id = spec.id ?? fallbackId;
  if (spec.template !== undefined) {
    checkTemplate(context, spec.template, [...key, 'template']);
    return { id, kind: 'text', template: spec.template };
  }
  if (spec.messages !== undefined) return chatPrompt(context, spec.messages, [...key, 'messages'], id);
  if (spec.file !== undefined) {
    const written = spec.file.startsWith(FILE_SCHEME) ? spec.file.slice(FILE_SCHEME.length) : spec.file;
    return loadPromptFile(context, written, [...key, 'file'], id);
  }
  return undefined;
}

function chatPrompt(context: LoadContext, messages: ChatMessage[], key: KeyPath, id: string): Prompt {
  messages.forEach((message, i) => {
    checkTemplate(context, message.content, [...key, i, 'content']);
  });
  return { id, kind: 'chat', messages };
}

function loadPromptFile(context: LoadContext, written: string, key: KeyPath, id: string): Prompt | undefined {
  const extension = extname(written).toLowerCase();
  if (!TEXT_EXTENSIONS.has(extension) && !CHAT_EXTENSIONS.has(extension)) {
    reportAt(
      context,
      key,
      `unsupported prompt file "${written}": expected .txt, .md or .njk (a template) or .json, .yaml or .yml (chat messages)`,
    );
    return undefined;
  }
  const before = context.issues.count;
  const path = resolveExisting(context, written, key);
  if (context.issues.count > before) return undefined;
  const text = stripBom(readFileSync(path, 'utf8'));
  const file = displayPath(path);

  if (TEXT_EXTENSIONS.has(extension)) {
    checkTemplate(context, text, key, context.document, file);
    return { id, kind: 'text', template: text };
  }
  const document = parseSourceDocument(text, file, { json: extension === '.json' });
  const parsed = ChatFileSchema.safeParse(document.value, { reportInput: true });
  if (!parsed.success) {
    context.issues.addAll(document, explainZodIssues(ChatFileSchema, document.value, parsed.error.issues));
    return undefined;
  }
  parsed.data.forEach((message, i) => {
    checkTemplate(context, message.content, [i, 'content'], document);
  });
  return { id, kind: 'chat', messages: parsed.data };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
