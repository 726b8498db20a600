// ROUGE throughput: 100,000 prediction/reference pairs of ~25 words from a deterministic synthetic
// corpus (a prediction is its reference with words dropped, replaced and moved). Prints the median
// wall time of 5 runs for ROUGE-L alone (the target: under 5 s), for the default types and for the
// default types with stemming. Corpus generation is not timed.
//   npx tsx bench/metrics-rouge.ts [--runs=5] [--pairs=100000]
import { createRougeScorer, type RougeScorer } from '../src/metrics/rouge.js';
import { seededRandom } from '../src/stats/random.js';
import { median, runsArg } from './lib.js';

const pairsFlag = process.argv.find((a) => a.startsWith('--pairs='));
const PAIRS = pairsFlag ? Number(pairsFlag.slice('--pairs='.length)) : 100_000;
const runs = runsArg(5);

const generator = seededRandom(20240601);
const random = () => generator.next();
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const ROOTS = ['model', 'answer', 'question', 'data', 'run', 'test', 'score', 'user', 'time', 'system'];
const ENDINGS = ['', 's', 'ed', 'ing', 'er', 'ation', 'ly', 'ness', 'ful', 'ize'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'son', 'ra', 'vel', 'din', 'po', 'que', 'an', 'the'];
const VOCABULARY: string[] = [];
for (const root of ROOTS) for (const ending of ENDINGS) VOCABULARY.push(root + ending);
while (VOCABULARY.length < 2_000) VOCABULARY.push(pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES));

function sentence(words: number): string[] {
  return Array.from({ length: words }, () => pick(VOCABULARY));
}

function perturb(reference: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of reference) {
    const roll = random();
    if (roll < 0.1) continue;
    out.push(roll < 0.25 ? pick(VOCABULARY) : word);
  }
  if (out.length > 2 && random() < 0.5) out.push(out.splice(Math.floor(random() * out.length), 1)[0]!);
  return out;
}

const predictions: string[] = [];
const references: string[] = [];
for (let i = 0; i < PAIRS; i++) {
  const reference = sentence(20 + Math.floor(random() * 11));
  references.push(`${reference.join(' ')}.`);
  predictions.push(`${perturb(reference).join(' ')}.`);
}

function measure(label: string, score: RougeScorer, key: string): void {
  const walls: number[] = [];
  let checksum = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    let sum = 0;
    for (let i = 0; i < PAIRS; i++) sum += score(predictions[i]!, references[i]!)[key]!.fmeasure;
    walls.push(performance.now() - start);
    checksum = sum / PAIRS;
  }
  console.log(
    `${label}, ${PAIRS.toLocaleString('en-US')} pairs: median ${(median(walls) / 1000).toFixed(2)} s ` +
      `(min ${(Math.min(...walls) / 1000).toFixed(2)}, max ${(Math.max(...walls) / 1000).toFixed(2)}), ` +
      `mean ${key} F ${checksum.toFixed(6)}, ${runs} runs`,
  );
}

measure('rougeL', createRougeScorer({ types: ['rougeL'] }), 'rougeL');
measure('rouge1+rouge2+rougeL', createRougeScorer(), 'rougeL');
measure('rouge1+rouge2+rougeL stemmed', createRougeScorer({ stemmer: true }), 'rougeL');
measure('rougeLsum', createRougeScorer({ types: ['rougeLsum'] }), 'rougeLsum');
