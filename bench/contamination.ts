// Contamination throughput: a synthetic English-like corpus of --mb megabytes (default 1024) in
// one text file and in JSONL, scanned by the built CLI against a benchmark of --cases cases (default
// 1,000) with a handful planted in the corpus. Prints wall time, seconds per GB and peak RSS (the
// corpus streams: RSS must not grow with its size). Corpus generation is not timed.
//   npm run build && npx tsx bench/contamination.ts [--mb=1024] [--cases=1000] [--runs=1]
import { once } from 'node:events';
import { createWriteStream, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/stats/random.js';
import { measureCli, median, runsArg, tempDir } from './lib.js';

const flag = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.slice(name.length + 3)) : fallback;
};
const MEGABYTES = flag('mb', 1024);
const CASES = flag('cases', 1_000);
const runs = runsArg(1);

const random = seededRandom(42);
// Word ranks log-uniform (Zipf's law with exponent 1), as in natural text: a few very common
// words, a long tail. Words are 2 to 4 characters, so a GB holds about 200 million of them.
const VOCABULARY = Array.from({ length: 50_000 }, (_, i) => `w${i.toString(36)}`);
const zipf = () => VOCABULARY[Math.floor(Math.exp(random.next() * Math.log(VOCABULARY.length))) - 1]!;
const sentence = (n: number) => Array.from({ length: n }, zipf).join(' ');

const dir = tempDir('contamination');
try {
  const questions = Array.from({ length: CASES }, () => sentence(15 + random.int(20)));
  const rows = questions.map((q, i) =>
    JSON.stringify({ id: `c${i}`, vars: { question: q }, expected: sentence(3) }),
  );
  writeFileSync(join(dir, 'cases.jsonl'), `${rows.join('\n')}\n`);
  const planted = [0, Math.floor(CASES / 2), CASES - 1];

  const lines: string[] = [];
  let block = '';
  for (let i = 0; i < 20_000; i++) lines.push(`${sentence(8 + random.int(30))}.`);
  block = `${lines.join('\n')}\n`;
  const blockBytes = Buffer.byteLength(block);
  const blocks = Math.ceil((MEGABYTES * 2 ** 20) / blockBytes);
  await writeCorpus(join(dir, 'corpus.txt'), blocks, (i) =>
    planted.includes(i) ? `${block}${questions[i]!}\n` : block,
  );
  await writeCorpus(
    join(dir, 'corpus.jsonl'),
    blocks,
    (i) =>
      `${lines.map((l, j) => JSON.stringify({ text: j === 0 && planted.includes(i) ? questions[i] : l })).join('\n')}\n`,
  );

  for (const corpus of ['corpus.txt', 'corpus.jsonl']) {
    const walls: number[] = [];
    let rss = 0;
    for (let r = 0; r < runs; r++) {
      const m = await measureCli(
        ['contamination', 'cases.jsonl', '--corpus', corpus, '--fail-on-contamination'],
        {
          cwd: dir,
        },
      );
      if (m.exitCode !== 1)
        throw new Error(`expected exit 1 (planted cases found), got ${m.exitCode}: ${m.stderr}`);
      walls.push(m.wallMs);
      rss = Math.max(rss, m.maxRssMb);
    }
    const seconds = median(walls) / 1000;
    const gb = (blocks * blockBytes) / 2 ** 30;
    console.log(
      `${corpus}: ${gb.toFixed(2)} GB against ${CASES.toLocaleString('en-US')} cases: ${seconds.toFixed(1)} s ` +
        `(${(seconds / gb).toFixed(1)} s per GB), peak RSS ${rss.toFixed(0)} MB`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function writeCorpus(path: string, blocks: number, blockAt: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < blocks; i++) {
    if (!out.write(blockAt(i))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
