import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/index.js';
import { loadSuite } from './load-suite.js';
import { EXAMPLE_CASES, EXAMPLE_SUITE, fixtureDir, rejection } from './test-helpers/fixtures.js';

/** Loads the example suite with one edit and returns the error and the suite file's path. */
async function exampleError(edit: (yaml: string) => string, env: NodeJS.ProcessEnv = {}) {
  const edited = edit(EXAMPLE_SUITE);
  expect(edited).not.toBe(EXAMPLE_SUITE);
  const dir = await fixtureDir({ 'groundtruth.yaml': edited, 'cases.csv': EXAMPLE_CASES });
  const err = await rejection(loadSuite(dir, { env }));
  expect(err).toBeInstanceOf(ConfigError);
  expect((err as ConfigError).exitCode).toBe(2);
  return { err: err as ConfigError, file: join(dir, 'groundtruth.yaml'), dir };
}

async function suiteError(files: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const dir = await fixtureDir(files);
  const err = await rejection(loadSuite(dir, { env }));
  expect(err).toBeInstanceOf(ConfigError);
  return { err: err as ConfigError, file: join(dir, 'groundtruth.yaml'), dir };
}

/** `${NAME}` written out, as a suite author would. */
const envRef = (name: string) => `\${${name}}`;

describe('loadSuite errors: file:line:column, key, expected and found', () => {
  it('reports YAML syntax errors at the parser position', async () => {
    const { err, file } = await suiteError({
      'groundtruth.yaml': 'prompt: hi\ntargets: [{ type: echo }\nconcurrency: 2\n',
    });
    expect(err.message).toBe(
      `${file}:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    );
    expect(err.location).toEqual({ file, line: 3, column: 1 });
  });

  it('reports duplicate keys, in JSON suites too', async () => {
    const yaml = await suiteError({
      'groundtruth.yaml': 'prompt: hi\ntargets: [{ type: echo }]\nprompt: ho\n',
    });
    expect(yaml.err.message).toBe(`${yaml.file}:3:1: invalid YAML: duplicate key "prompt"`);
    const dir = await fixtureDir({
      'groundtruth.json': '{\n\t"prompt": "hi",\n\t"targets": [{"type": "echo", "type": "echo"}]\n}\n',
    });
    const err = await rejection(loadSuite(dir));
    expect(err.message).toBe(`${join(dir, 'groundtruth.json')}:3:31: invalid JSON: duplicate key "type"`);
  });

  it('suggests the closest key for an unknown top-level key', async () => {
    const { err, file } = await exampleError((y) => y.replace('concurrency: 16', 'concurrancy: 16'));
    expect(err.message).toBe(`${file}:22:1: concurrancy: unknown key; did you mean "concurrency"?`);
    expect(err.location).toEqual({ file, line: 22, column: 1, key: 'concurrancy' });
  });

  it('lists the valid keys when no key is close', async () => {
    const { err, file } = await exampleError((y) => y.replace('repeat: 1', 'zzzzzz: 1'));
    expect(err.message).toBe(
      `${file}:23:1: zzzzzz: unknown key (valid keys: $schema, description, prompt, prompts, targets, dataset, scorers, gates, concurrency, repeat, repeatPerTag, sliceBy, quarantine, cache)`,
    );
  });

  it('suggests the closest key inside a target', async () => {
    const { err, file } = await exampleError((y) => y.replace('timeoutMs: 2000', 'timeoutMS: 2000'));
    expect(err.message).toBe(`${file}:11:5: targets[1].timeoutMS: unknown key; did you mean "timeoutMs"?`);
  });

  it('suggests the closest key inside a scorer, following its type', async () => {
    const { err, file } = await exampleError((y) => y.replace('ignoreCase: true', 'ignorecase: true'));
    expect(err.message).toBe(`${file}:17:5: scorers[0].ignorecase: unknown key; did you mean "ignoreCase"?`);
  });

  it('says what was expected and what was found for a wrong type', async () => {
    const { err, file } = await exampleError((y) => y.replace('concurrency: 16', 'concurrency: "lots"'));
    expect(err.message).toBe(`${file}:22:14: concurrency: expected an integer, found "lots"`);
  });

  it('lists the valid target types and suggests the closest', async () => {
    const { err, file } = await exampleError((y) => y.replace('type: openai', 'type: opena'));
    expect(err.message).toBe(
      `${file}:7:11: targets[1].type: unknown type "opena"; did you mean "openai"? (valid: echo, openai, anthropic, http, exec, module)`,
    );
  });

  it('reports every schema problem at once, in file order', async () => {
    const { err, file } = await exampleError((y) =>
      y
        .replace('repeat: 1', 'repeat: 0')
        .replace('maxRetries: 4', 'maxRetries: -1')
        .replace('passRate: 0.95', 'passRate: 2')
        .replace('baseUrl: http://127.0.0.1:18080/v1', 'baseUrl: not a url'),
    );
    expect(err.message).toBe(
      [
        `${file}:9:14: targets[1].baseUrl: expected a URL, found "not a url"`,
        `${file}:12:17: targets[1].maxRetries: expected an integer >= 0, found -1`,
        `${file}:21:13: gates.passRate: expected a number <= 1, found 2`,
        `${file}:23:9: repeat: expected an integer >= 1, found 0`,
      ].join('\n'),
    );
  });

  it('reports a missing key at the object that lacks it, unless a typo explains it', async () => {
    const missing = await exampleError((y) => y.replace('    model: mock\n', ''));
    expect(missing.err.message).toBe(
      `${missing.file}:6:5: targets[1].model: required key is missing (expected a string)`,
    );
    const typo = await exampleError((y) => y.replace('model: mock', 'modle: mock'));
    expect(typo.err.message).toBe(`${typo.file}:8:5: targets[1].modle: unknown key; did you mean "model"?`);
  });

  it('follows nested scorers and inline judge targets to suggest keys', async () => {
    const { err, file } = await suiteError({
      'groundtruth.yaml': `prompt: hi
targets: [{ type: echo }]
scorers:
  - type: not
    scorer: { type: contains, valeu: x }
  - type: judge
    rubric: polite
    target: { type: anthropic, model: claude, maxToken: 5 }
`,
    });
    expect(err.message).toBe(
      [
        `${file}:5:31: scorers[0].scorer.valeu: unknown key; did you mean "value"?`,
        `${file}:8:47: scorers[1].target.maxToken: unknown key; did you mean "maxTokens"?`,
      ].join('\n'),
    );
  });

  it('compiles http bodies, exec arguments and system prompts at load', async () => {
    const { err, file } = await suiteError({
      'groundtruth.yaml': `prompt: hi
targets:
  - type: http
    url: http://localhost:1/x
    body: { messages: [{ content: "{{ prompt" }] }
  - type: exec
    command: run
    args: ["--q", "{% if %}"]
  - type: anthropic
    model: m
    system: "{{ a b }}"
`,
    });
    expect(err.message).toBe(
      [
        `${file}:5:35: targets[0].body.messages[0].content: template error at line 1, column 10 (the end of the template): expected variable end`,
        `${file}:8:19: targets[1].args[1]: template error at line 1, column 7: unexpected token: %}`,
        `${file}:11:13: targets[2].system: template error at line 1, column 6: expected variable end`,
      ].join('\n'),
    );
  });

  it('reports a missing dataset file with its resolved path', async () => {
    const { err, file, dir } = await exampleError((y) =>
      y.replace('dataset: cases.csv', 'dataset: data/missing.csv'),
    );
    expect(err.message).toBe(`${file}:13:10: dataset: file not found: ${join(dir, 'data/missing.csv')}`);
  });

  it('reports an unset environment variable at its key', async () => {
    const { err, file } = await exampleError((y) =>
      y.replace('apiKey: x', `apiKey: ${envRef('OPENAI_KEY')}`),
    );
    expect(err.message).toBe(`${file}:10:13: targets[1].apiKey: environment variable OPENAI_KEY is not set`);
  });

  it('reports an unset variable once, not again as an invalid value', async () => {
    const { err, file } = await exampleError((y) =>
      y.replace('baseUrl: http://127.0.0.1:18080/v1', `baseUrl: ${envRef('BASE_URL')}`),
    );
    expect(err.message).toBe(`${file}:9:14: targets[1].baseUrl: environment variable BASE_URL is not set`);
  });

  it('reports a malformed environment reference', async () => {
    const { err, file } = await exampleError((y) =>
      y.replace('apiKey: x', `apiKey: ${envRef('OPENAI-KEY')}`),
    );
    expect(err.message).toBe(
      `${file}:10:13: targets[1].apiKey: invalid environment variable reference \${OPENAI-KEY}: expected \${NAME} or \${NAME:-default}`,
    );
  });

  it('reports a duplicate target id at the second one', async () => {
    const { err, file } = await exampleError((y) => y.replace('id: mock', 'id: echo'));
    expect(err.message).toBe(`${file}:6:9: targets[1].id: duplicate target id "echo" (also at line 4)`);
  });

  it('reports a template syntax error with the template line and column', async () => {
    const { err, file } = await exampleError((y) =>
      y.replace('prompt: "{{question}}"', 'prompt: "{{ a b }}"'),
    );
    expect(err.message).toBe(
      `${file}:2:9: prompt: template error at line 1, column 6: expected variable end`,
    );
  });

  it('places an unclosed tag at the end of the template', async () => {
    const { err, file } = await exampleError((y) =>
      y.replace('value: "{{expected}}"', 'value: "{{expected"'),
    );
    expect(err.message).toBe(
      `${file}:16:12: scorers[0].value: template error at line 1, column 11 (the end of the template): expected variable end`,
    );
  });

  it('checks that minMean gates name scorers', async () => {
    const { err, file } = await exampleError((y) =>
      y.replace('passRate: 0.95', 'passRate: 0.95\n  minMean: { contain: 0.5 }'),
    );
    expect(err.message).toBe(
      `${file}:22:14: gates.minMean.contain: no scorer named "contain"; did you mean "contains"?`,
    );
  });

  it('checks that a judge names a target of the suite', async () => {
    const { err, file } = await exampleError((y) =>
      y.replace('gates:', '  - type: judge\n    rubric: polite\n    target: moc\ngates:'),
    );
    expect(err.message).toBe(
      `${file}:22:13: scorers[2].target: no target with id "moc"; did you mean "mock"?`,
    );
  });

  it('rejects an invalid regular expression at load', async () => {
    const { err, file } = await exampleError((y) =>
      y.replace('pattern: "item \\\\d+"', 'pattern: "item (\\\\d+"'),
    );
    expect(err.message).toBe(
      `${file}:19:14: scorers[1].pattern: invalid regular expression: Invalid regular expression: /item (\\d+/: Unterminated group`,
    );
  });

  it('needs exactly one of prompt and prompts', async () => {
    const both = await exampleError((y) => y.replace('prompt: "{{question}}"', 'prompt: a\nprompts: [b]'));
    expect(both.err.message).toBe(
      `${both.file}:3:1: prompts: a suite has either prompt or prompts, not both`,
    );
    const neither = await exampleError((y) => y.replace(/^prompt: .*\n/m, ''));
    expect(neither.err.message).toBe(
      `${neither.file}:1:1: prompt: required key is missing (a template, a chat or file://path; or prompts: a list)`,
    );
  });

  it('locates problems of a chat prompt file in that file', async () => {
    const { err, dir } = await suiteError({
      'groundtruth.yaml': 'prompt: file://chat.yaml\ntargets: [{ type: echo }]\n',
      'chat.yaml': '- role: system\n  content: Be brief.\n- role: usr\n  content: "{{ q }"\n',
    });
    expect(err.message).toBe(
      `${join(dir, 'chat.yaml')}:3:9: [1].role: expected one of "system", "user", "assistant", found "usr"; did you mean "user"?`,
    );
    const template = await suiteError({
      'groundtruth.yaml': 'prompt: file://chat.yaml\ntargets: [{ type: echo }]\n',
      'chat.yaml': '- role: user\n  content: "{{ q }"\n',
    });
    expect(template.err.message).toBe(
      `${join(template.dir, 'chat.yaml')}:2:12: [0].content: template error at line 1, column 6: expected variable end`,
    );
  });

  it('names the prompt file of a text template error', async () => {
    const { err, file, dir } = await suiteError({
      'groundtruth.yaml': 'prompts:\n  - file://p.txt\ntargets: [{ type: echo }]\n',
      'p.txt': 'Line one\n{% if x %}\n',
    });
    expect(err.message).toBe(
      `${file}:2:5: prompts[0]: template error in ${join(dir, 'p.txt')} at line 3, column 1 (the end of the template): parseIf: expected elif, else, or endif, got end of file`,
    );
  });

  it('checks referenced files and folders, and the dataset format', async () => {
    const { err, file, dir } = await suiteError({
      'groundtruth.yaml': `prompt: file://p.txt
targets:
  - type: module
    path: nope.mjs
  - type: exec
    command: run
    cwd: file.txt
dataset: cases.xlsx
`,
      'file.txt': 'x',
    });
    expect(err.message).toBe(
      [
        `${file}:1:9: prompt: file not found: ${join(dir, 'p.txt')}`,
        `${file}:4:11: targets[0].path: file not found: ${join(dir, 'nope.mjs')}`,
        `${file}:7:10: targets[1].cwd: not a folder: ${join(dir, 'file.txt')}`,
        `${file}:8:10: dataset: unsupported dataset file "cases.xlsx": expected one of .csv, .jsonl, .ndjson, .json, .yaml, .yml`,
      ].join('\n'),
    );
  });

  it('rejects a document that is not an object', async () => {
    const { err, file } = await suiteError({ 'groundtruth.yaml': '- prompt: hi\n' });
    expect(err.message).toBe(
      `${file}:1:1: expected an object with at least targets and a prompt, found a list`,
    );
  });

  it('reports a missing suite file with its absolute path', async () => {
    const dir = await fixtureDir({});
    const err = await rejection(loadSuite(join(dir, 'nope.yaml')));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toBe(`suite file not found: ${join(dir, 'nope.yaml')}`);
  });

  it('caps a long list of problems', async () => {
    const targets = Array.from({ length: 25 }, () => '  - type: echo\n    bogus: 1\n').join('');
    const { err } = await suiteError({ 'groundtruth.yaml': `prompt: hi\ntargets:\n${targets}` });
    const lines = err.message.split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('... and 5 more');
  });
});
