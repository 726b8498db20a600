import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/index.js';
import { openDataset } from './datasets/open-dataset.js';
import { loadSuite } from './load-suite.js';
import { EXAMPLE_CASES, EXAMPLE_SUITE, fixtureDir, rejection } from './test-helpers/fixtures.js';

describe('loadSuite: the example suite', () => {
  it('loads with defaults applied and paths resolved', async () => {
    const dir = await fixtureDir({ 'groundtruth.yaml': EXAMPLE_SUITE, 'cases.csv': EXAMPLE_CASES });
    const suite = await loadSuite(dir);
    expect(suite.path).toBe(join(dir, 'groundtruth.yaml'));
    expect(suite.dir).toBe(dir);
    expect(suite.description).toBe('peer benchmark');
    expect(suite.prompts).toEqual([{ id: 'default', kind: 'text', template: '{{question}}' }]);
    expect(suite.targets).toEqual([
      { id: 'echo', type: 'echo', timeoutMs: 60_000, maxRetries: 2, gate: true },
      {
        id: 'mock',
        type: 'openai',
        model: 'mock',
        baseUrl: 'http://127.0.0.1:18080/v1',
        apiKey: 'x',
        timeoutMs: 2000,
        maxRetries: 4,
        gate: true,
      },
    ]);
    expect(suite.dataset).toEqual({ kind: 'file', path: join(dir, 'cases.csv'), format: 'csv' });
    expect(suite.scorers).toEqual([
      { type: 'contains', name: 'contains', value: '{{expected}}', ignoreCase: true, weight: 1 },
      { type: 'regex', name: 'regex', pattern: 'item \\d+', flags: '', weight: 1 },
    ]);
    expect(suite.gates).toEqual({ passRate: 0.95 });
    expect([suite.concurrency, suite.repeat, suite.cache]).toEqual([16, 1, true]);
    expect(suite.hash).toMatch(/^[0-9a-f]{64}$/);

    const scan = await openDataset(suite.dataset).scan();
    expect(scan.count).toBe(2);
    expect([...scan.tags]).toEqual([
      ['easy', 1],
      ['lookup', 1],
      ['hard', 1],
    ]);
  });

  it('accepts the suite file path itself, and .yml and .json names in a folder', async () => {
    const yamlDir = await fixtureDir({ 'groundtruth.yaml': EXAMPLE_SUITE, 'cases.csv': EXAMPLE_CASES });
    expect((await loadSuite(join(yamlDir, 'groundtruth.yaml'))).targets).toHaveLength(2);
    const ymlDir = await fixtureDir({ 'groundtruth.yml': EXAMPLE_SUITE, 'cases.csv': EXAMPLE_CASES });
    expect((await loadSuite(ymlDir)).path).toBe(join(ymlDir, 'groundtruth.yml'));
    const json = JSON.stringify({
      prompt: '{{q}}',
      targets: [{ type: 'echo' }],
      dataset: [{ vars: { q: 'hi' } }],
    });
    const jsonDir = await fixtureDir({ 'groundtruth.json': json });
    expect((await loadSuite(jsonDir)).path).toBe(join(jsonDir, 'groundtruth.json'));
  });

  it('names the folder and the file names it tried when there is no suite file', async () => {
    const dir = await fixtureDir({ 'other.yaml': 'x: 1' });
    const err = await rejection(loadSuite(dir));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toBe(
      `no suite file in ${dir}: tried groundtruth.yaml, groundtruth.yml, groundtruth.json`,
    );
    expect((err as ConfigError).exitCode).toBe(2);
  });
});

describe('loadSuite: defaults', () => {
  it('derives unique target ids from the type and model', async () => {
    const dir = await fixtureDir({
      'groundtruth.yaml': `prompt: hi
targets:
  - type: echo
  - type: echo
  - type: openai
    model: gpt-4o mini
  - type: openai
    model: gpt-4o mini
  - type: echo
    id: echo-3
`,
    });
    const suite = await loadSuite(dir);
    expect(suite.targets.map((t) => t.id)).toEqual([
      'echo',
      'echo-2',
      'openai:gpt-4o_mini',
      'openai:gpt-4o_mini-2',
      'echo-3',
    ]);
  });

  it('names scorers by type, numbering repeats, and keeps given names', async () => {
    const dir = await fixtureDir({
      'groundtruth.yaml': `prompt: hi
targets: [{ type: echo }]
scorers:
  - type: contains
    value: a
  - type: contains
    value: b
    name: has-b
  - type: contains
    value: c
  - type: is-json
  - name: contains#3
    type: equals
  - type: contains
    value: d
`,
    });
    const suite = await loadSuite(dir);
    expect(suite.scorers.map((s) => s.name)).toEqual([
      'contains',
      'has-b',
      'contains#2',
      'is-json',
      'contains#3',
      'contains#4',
    ]);
  });

  it('numbers prompts, loads prompt files and keeps given ids', async () => {
    const dir = await fixtureDir({
      'groundtruth.yaml': `prompts:
  - "Q: {{question}}"
  - file://prompts/qa.txt
  - id: chat
    file: prompts/chat.yaml
  - [{ role: user, content: "{{question}}" }]
targets: [{ type: echo }]
`,
      'prompts/qa.txt': 'Answer: {{ question }}\n',
      'prompts/chat.yaml': '- role: system\n  content: Be brief.\n- role: user\n  content: "{{question}}"\n',
    });
    const suite = await loadSuite(dir);
    expect(suite.prompts).toEqual([
      { id: 'prompt-1', kind: 'text', template: 'Q: {{question}}' },
      { id: 'prompt-2', kind: 'text', template: 'Answer: {{ question }}\n' },
      {
        id: 'chat',
        kind: 'chat',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: '{{question}}' },
        ],
      },
      { id: 'prompt-4', kind: 'chat', messages: [{ role: 'user', content: '{{question}}' }] },
    ]);
  });

  it('resolves module, javascript, json-schema and exec paths against the suite folder', async () => {
    const dir = await fixtureDir({
      'suite/groundtruth.yaml': `prompt: hi
targets:
  - type: module
    path: ../app/target.mjs
  - type: exec
    command: python3
    args: ["run.py", "{{prompt}}"]
    cwd: ../app
scorers:
  - type: javascript
    path: checks/score.mjs
  - type: json-schema
    schema: checks/answer.schema.json
  - type: not
    scorer: { type: javascript, path: checks/score.mjs }
`,
      'app/target.mjs': 'export default () => "x";',
      'suite/checks/score.mjs': 'export default () => true;',
      'suite/checks/answer.schema.json': '{"type":"object"}',
    });
    const suite = await loadSuite(join(dir, 'suite'));
    expect(suite.targets[0]).toMatchObject({ id: 'module', path: join(dir, 'app/target.mjs') });
    expect(suite.targets[1]).toMatchObject({ id: 'exec', cwd: join(dir, 'app') });
    expect(suite.scorers[0]).toMatchObject({ path: join(dir, 'suite/checks/score.mjs') });
    expect(suite.scorers[1]).toMatchObject({ schema: join(dir, 'suite/checks/answer.schema.json') });
    expect(suite.scorers[2]).toMatchObject({ scorer: { path: join(dir, 'suite/checks/score.mjs') } });
  });

  it('substitutes $VAR references (with defaults) in targets only', async () => {
    const dir = await fixtureDir({
      'groundtruth.yaml': `prompt: "Cost: \${PRICE}"
targets:
  - type: openai
    model: \${MODEL:-gpt-4o-mini}
    apiKey: \${OPENAI_KEY}
    headers: { x-team: "team-\${TEAM}" }
scorers:
  - type: judge
    rubric: "Says \${PRICE}"
    target: { type: anthropic, model: claude, apiKey: "\${ANTHROPIC_KEY}" }
`,
    });
    const suite = await loadSuite(dir, { env: { OPENAI_KEY: 'sk-1', TEAM: 'qa', ANTHROPIC_KEY: 'sk-2' } });
    expect(suite.prompts[0]).toEqual({ id: 'default', kind: 'text', template: `Cost: \${PRICE}` });
    expect(suite.targets[0]).toMatchObject({
      id: 'openai:gpt-4o-mini',
      model: 'gpt-4o-mini',
      apiKey: 'sk-1',
      headers: { 'x-team': 'team-qa' },
    });
    expect(suite.scorers[0]).toMatchObject({
      rubric: `Says \${PRICE}`,
      target: { id: 'anthropic:claude', apiKey: 'sk-2' },
    });
  });

  it('gives a suite without a dataset one case with no variables, and keeps inline case lines', async () => {
    const none = await loadSuite(
      await fixtureDir({ 'groundtruth.yaml': 'prompt: hi\ntargets: [{ type: echo }]\n' }),
    );
    expect(none.dataset).toMatchObject({ kind: 'inline', cases: [{ vars: {}, tags: [] }] });

    const dir = await fixtureDir({
      'groundtruth.yaml': `prompt: hi
targets: [{ type: echo }]
dataset:
  - vars: { q: one }
  - id: 7
    vars: { q: two }
    tags: [x]
`,
    });
    const suite = await loadSuite(dir);
    if (suite.dataset.kind !== 'inline') throw new Error('expected an inline dataset');
    expect(suite.dataset.cases[1]).toEqual({ id: '7', vars: { q: 'two' }, tags: ['x'] });
    expect(suite.dataset.origins?.map((o) => o.line)).toEqual([4, 5]);
  });
});

describe('loadSuite: hash', () => {
  const body = `prompt: "{{q}}"
targets:
  - type: openai
    model: m
    apiKey: \${KEY}
dataset: data/cases.csv
scorers: [{ type: contains, value: x }]
`;
  const reordered = `scorers: [{ value: x, type: contains }]
dataset: ./data/../data/cases.csv
targets:
  - apiKey: \${KEY}
    model: m
    type: openai
prompt: "{{q}}"
`;

  it('is the same for the same content, whatever the key order, folder or secret', async () => {
    const a = await loadSuite(await fixtureDir({ 'groundtruth.yaml': body, 'data/cases.csv': 'q\n1\n' }), {
      env: { KEY: 'secret-1' },
    });
    const b = await loadSuite(
      await fixtureDir({ 'groundtruth.yaml': reordered, 'data/cases.csv': 'q\n1\n' }),
      {
        env: { KEY: 'secret-2' },
      },
    );
    expect(a.dir).not.toBe(b.dir);
    expect(a.hash).toBe(b.hash);
  });

  it('changes when the content does', async () => {
    const a = await loadSuite(await fixtureDir({ 'groundtruth.yaml': body, 'data/cases.csv': 'q\n1\n' }), {
      env: { KEY: 'k' },
    });
    const changed = body.replace('value: x', 'value: y');
    const b = await loadSuite(await fixtureDir({ 'groundtruth.yaml': changed, 'data/cases.csv': 'q\n1\n' }), {
      env: { KEY: 'k' },
    });
    expect(a.hash).not.toBe(b.hash);
  });

  it('covers the content of prompt files', async () => {
    const suite = 'prompt: file://p.txt\ntargets: [{ type: echo }]\n';
    const a = await loadSuite(await fixtureDir({ 'groundtruth.yaml': suite, 'p.txt': 'one {{q}}' }));
    const b = await loadSuite(await fixtureDir({ 'groundtruth.yaml': suite, 'p.txt': 'two {{q}}' }));
    expect(a.hash).not.toBe(b.hash);
  });
});
