// Concurrency against a model server: 1,000 cases to an OpenAI-compatible server on loopback that
// answers in 50 ms, concurrency 64. The floor is 1000 × 50 ms / 64 = 0.78 s; start-up is measured
// separately (a 1-case run) so the pool's overhead can be read off.
//   npx tsx bench/eval-openai.ts [--runs=5]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeOpenAI } from '../src/targets/test-helpers/fake-openai.js';
import { measureCli, median, runsArg, tempDir, writeCases } from './lib.js';

const CASES = 1_000;
const LATENCY_MS = 50;
const CONCURRENCY = 64;
const runs = runsArg(5);

const server = await startFakeOpenAI({ latencyMs: LATENCY_MS });
const suite = (dataset: string) => `prompt: "{{question}}"
targets:
  - id: model
    type: openai
    model: mock
    baseUrl: ${server.baseUrl}
    apiKey: x
dataset: ${dataset}
scorers:
  - type: contains
    value: "{{expected}}"
    ignoreCase: true
concurrency: ${CONCURRENCY}
`;

const dir = tempDir('openai');
writeCases(dir, CASES);
writeFileSync(join(dir, 'one.csv'), 'id,question,expected\nc0,What is item 0?,item 0\n');
writeFileSync(join(dir, 'groundtruth.yaml'), suite('cases.csv'));
writeFileSync(join(dir, 'startup.yaml'), suite('one.csv'));

const walls: number[] = [];
const startups: number[] = [];
for (let i = 0; i < runs; i++) {
  const one = await measureCli(
    ['eval', 'startup.yaml', '--no-progress', '--no-cache', '--db', join(dir, `s${i}.db`)],
    { cwd: dir },
  );
  const all = await measureCli(['eval', '.', '--no-progress', '--no-cache', '--db', join(dir, `r${i}.db`)], {
    cwd: dir,
  });
  if (all.exitCode !== 0) throw new Error(`eval exited ${all.exitCode}: ${all.stderr}`);
  startups.push(one.wallMs - LATENCY_MS);
  walls.push(all.wallMs);
}
await server.close();

const floor = (CASES * LATENCY_MS) / CONCURRENCY;
const wall = median(walls);
const startup = median(startups);
console.log(
  `openai loopback ${CASES} cases × ${LATENCY_MS} ms, concurrency ${CONCURRENCY}: wall median ${(wall / 1000).toFixed(2)} s, ` +
    `start-up ${(startup / 1000).toFixed(2)} s, floor ${(floor / 1000).toFixed(2)} s, ` +
    `(wall − start-up) / floor = ${((wall - startup) / floor).toFixed(2)}x (target ≤ 1.5x), ${runs} runs`,
);
