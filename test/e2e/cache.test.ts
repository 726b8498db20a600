// The response cache: a second run of the same suite sends nothing, repeats are not collapsed,
// and --no-cache goes to the model again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../../src/targets/test-helpers/fake-openai.js';
import { runCli, suiteDir } from './helpers.js';

describe('response cache', () => {
  let server: FakeOpenAI;
  let n = 0;
  beforeAll(async () => {
    // Every answer is different, so a cached answer is recognisable.
    server = await startFakeOpenAI({ reply: () => `answer ${++n}` });
  });
  afterAll(() => server.close());

  it('reuses stored responses per prompt and repeat, and bypasses them with --no-cache', async () => {
    const yaml = `prompt: "{{q}}"
targets:
  - id: m
    type: openai
    model: mock
    baseUrl: ${server.baseUrl}
    apiKey: x
dataset: cases.csv
scorers:
  - type: contains
    value: answer
repeat: 2
`;
    const { dir, cleanup } = suiteDir({
      'groundtruth.yaml': yaml,
      'cases.csv': 'id,q\na,one\nb,two\nc,three\n',
    });
    try {
      const read = (f: string) =>
        JSON.parse(readFileSync(join(dir, f), 'utf8')).results as Array<{
          caseId: string;
          repeat: number;
          output: string;
          cached: boolean;
        }>;
      const first = await runCli(['eval', dir, '-o', 'a.json'], { cwd: dir });
      expect(first.code).toBe(0);
      expect(server.requestCount()).toBe(6);
      const a = read('a.json');
      expect(new Set(a.map((r) => r.output)).size).toBe(6); // repeats were really sampled
      expect(a.every((r) => !r.cached)).toBe(true);

      const second = await runCli(['eval', dir, '-o', 'b.json'], { cwd: dir });
      expect(second.code).toBe(0);
      expect(server.requestCount()).toBe(6);
      const b = read('b.json');
      expect(b.every((r) => r.cached)).toBe(true);
      const key = (r: { caseId: string; repeat: number }) => `${r.caseId}#${r.repeat}`;
      expect(new Map(b.map((r) => [key(r), r.output]))).toEqual(new Map(a.map((r) => [key(r), r.output])));

      const third = await runCli(['eval', dir, '--no-cache', '-o', 'c.json'], { cwd: dir });
      expect(third.code).toBe(0);
      expect(server.requestCount()).toBe(12);
      expect(read('c.json').every((r) => !r.cached)).toBe(true);
    } finally {
      cleanup();
    }
  });
});
