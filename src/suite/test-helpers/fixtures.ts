// Temporary folders of fixture files for the suite and dataset tests.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A new temporary folder holding `files` (relative path → content). */
export async function fixtureDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'groundtruth-suite-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

/** The error a promise rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof Error) return err;
    throw new Error(`rejected with a non-error: ${String(err)}`);
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** The suite file of the project brief: an echo and an OpenAI-compatible target over cases.csv. */
/** The suite file of issue #2, exactly as written there (comments included): it must load as is. */
export const EXAMPLE_SUITE = `description: peer benchmark
prompt: "{{question}}"            # a template; or prompts: [...], chat messages, or a file path
targets:
  - id: echo
    type: echo                     # returns the rendered prompt
  - id: mock
    type: openai                   # any OpenAI-compatible endpoint: vLLM, Ollama, LM Studio, OpenRouter, Azure...
    model: mock
    baseUrl: http://127.0.0.1:18080/v1
    apiKey: x                      # or \${ENV_VAR}; never printed in logs or stored in results
    timeoutMs: 2000
    maxRetries: 4
dataset: cases.csv                 # .csv, .jsonl, .json, .yaml; relative to the suite file
scorers:
  - type: contains
    value: "{{expected}}"
    ignoreCase: true
  - type: regex
    pattern: "item \\\\d+"
gates:
  passRate: 0.95
concurrency: 16
repeat: 1
`;

export const EXAMPLE_CASES =
  'question,expected,tags\nWhat is item 1?,item 1,easy; lookup\nName item 22,item 22,hard\n';
