// `groundtruth init`: a starter suite that runs offline at once and shows where a real model goes.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ExitCode, UsageError } from '../../core/index.js';
import { type CliIO, writeLine } from '../io.js';

const SUITE = `# yaml-language-server: $schema=./node_modules/groundtruth/schema/groundtruth.schema.json
description: My first Groundtruth suite

# A template over each case's variables (the CSV columns).
prompt: "Answer briefly. {{question}}"

targets:
  # echo returns the rendered prompt: a dry run that needs no model.
  - id: echo
    type: echo
  # Any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, LM Studio, OpenRouter...):
  # - id: local-llama
  #   type: openai
  #   model: llama3.2
  #   baseUrl: http://localhost:11434/v1
  #   apiKey: \${OPENAI_API_KEY:-local}

dataset: cases.csv

scorers:
  - type: contains
    value: "{{expected}}"
    ignoreCase: true

gates:
  passRate: 0.9

concurrency: 8
`;

const CASES = `id,question,expected,tags
capital-fr,What is the capital of France?,France,geography
capital-jp,What is the capital of Japan?,Japan,geography
sum,What is 2 + 2?,2 + 2,arithmetic
`;

export async function initCommand(
  dir: string | undefined,
  options: { force: boolean },
  io: CliIO,
): Promise<number> {
  const folder = resolve(io.cwd, dir ?? '.');
  const files = [
    { name: 'groundtruth.yaml', content: SUITE },
    { name: 'cases.csv', content: CASES },
  ];
  const existing = files.filter((f) => existsSync(join(folder, f.name)));
  if (existing.length > 0 && !options.force) {
    throw new UsageError(`${existing.map((f) => join(folder, f.name)).join(', ')} already exists`, {
      hint: 'pass --force to overwrite, or choose another folder',
    });
  }
  await mkdir(folder, { recursive: true });
  for (const file of files) await writeFile(join(folder, file.name), file.content);
  const where = relative(io.cwd, folder) || '.';
  writeLine(io.stdout, `wrote ${files.map((f) => join(where, f.name)).join(' and ')}`);
  writeLine(io.stdout, `next: npx groundtruth eval ${where}`);
  return ExitCode.ok;
}
