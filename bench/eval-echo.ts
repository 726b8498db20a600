// Engine throughput and memory: N cases through the `echo` target with the two scorers
// (contains {{expected}} ignoreCase, regex "item \d+"). Prints the median wall time and peak RSS
// of `groundtruth eval` over several runs, each on a fresh store.
//   npx tsx bench/eval-echo.ts [--runs=5] [--sizes=10000,100000]
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureCli, median, runsArg, tempDir, writeCases } from './lib.js';

const SUITE = `description: echo throughput benchmark
prompt: "{{question}}"
targets:
  - id: echo
    type: echo
dataset: cases.csv
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

const sizesFlag = process.argv.find((a) => a.startsWith('--sizes='));
const sizes = sizesFlag ? sizesFlag.slice('--sizes='.length).split(',').map(Number) : [10_000, 100_000];
const runs = runsArg(5);

for (const size of sizes) {
  const dir = tempDir(`echo-${size}`);
  writeFileSync(join(dir, 'groundtruth.yaml'), SUITE);
  writeCases(dir, size);
  const walls: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const db = join(dir, `run-${i}.db`);
    const m = await measureCli(['eval', '.', '--no-progress', '--db', db], { cwd: dir });
    if (m.exitCode !== 0) throw new Error(`eval exited ${m.exitCode}: ${m.stderr}`);
    walls.push(m.wallMs);
    rss.push(m.maxRssMb);
    rmSync(db, { force: true });
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
  }
  console.log(
    `echo ${size.toLocaleString('en-US')} cases: wall median ${(median(walls) / 1000).toFixed(2)} s ` +
      `(min ${(Math.min(...walls) / 1000).toFixed(2)}, max ${(Math.max(...walls) / 1000).toFixed(2)}), ` +
      `peak RSS median ${median(rss).toFixed(0)} MB (max ${Math.max(...rss).toFixed(0)}), ${runs} runs`,
  );
  rmSync(dir, { recursive: true, force: true });
}
