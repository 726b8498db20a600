// Engine throughput and memory: N cases through the `echo` target with the two scorers
// (contains {{expected}} ignoreCase, regex "item \d+"). Prints the median wall time and peak RSS
// of `groundtruth eval` over several runs, each on a fresh store.
//   npx tsx bench/eval-echo.ts [--runs=5] [--sizes=10000,100000]
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureCli, median, rssProfile, runsArg, tempDir, writeCases } from './lib.js';

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
  let profile = '';
  for (let i = 0; i < runs; i++) {
    const db = join(dir, `run-${i}.db`);
    const m = await measureCli(['eval', '.', '--no-progress', '--db', db], { cwd: dir });
    if (m.exitCode !== 0) throw new Error(`eval exited ${m.exitCode}: ${m.stderr}`);
    walls.push(m.wallMs);
    rss.push(m.maxRssMb);
    if (i === runs - 1) profile = rssProfile(m.rssSamples);
    rmSync(db, { force: true });
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
  }
  console.log(
    `echo ${size.toLocaleString('en-US')} cases: wall median ${(median(walls) / 1000).toFixed(2)} s ` +
      `(min ${(Math.min(...walls) / 1000).toFixed(2)}, max ${(Math.max(...walls) / 1000).toFixed(2)}), ` +
      `peak RSS median ${median(rss).toFixed(0)} MB (max ${Math.max(...rss).toFixed(0)}), ` +
      `RSS at 25/50/75/100% of the last run ${profile} MB, ${runs} runs`,
  );
  // Flat memory, shown directly: the same run inside a 64 MB V8 old space. A run that held its
  // results (or its dataset) would die here with "heap out of memory".
  const capped = await measureCli(['eval', '.', '--no-progress', '--db', join(dir, 'capped.db')], {
    cwd: dir,
    nodeArgs: ['--max-old-space-size=64'],
  });
  console.log(
    `echo ${size.toLocaleString('en-US')} cases with --max-old-space-size=64: ` +
      (capped.exitCode === 0
        ? `completed, wall ${(capped.wallMs / 1000).toFixed(2)} s, peak RSS ${capped.maxRssMb.toFixed(0)} MB`
        : `FAILED (exit ${capped.exitCode}): ${capped.stderr.slice(-300)}`),
  );
  rmSync(dir, { recursive: true, force: true });
}
