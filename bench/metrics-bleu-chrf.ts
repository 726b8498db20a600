// Corpus BLEU and corpus chrF over a deterministic synthetic corpus of sentence pairs (~25 words,
// English-like word lengths, punctuation; each reference a perturbation of its hypothesis).
// Prints the median wall time of several runs for each (target: under 3 s for 100,000 pairs).
//   npx tsx bench/metrics-bleu-chrf.ts [--runs=5] [--pairs=100000]
import { corpusBleu } from '../src/metrics/bleu.js';
import { corpusChrf } from '../src/metrics/chrf.js';
import { seededRandom } from '../src/stats/random.js';
import { median, runsArg } from './lib.js';

const pairsFlag = process.argv.find((a) => a.startsWith('--pairs='));
const pairs = pairsFlag ? Number(pairsFlag.slice('--pairs='.length)) : 100_000;
const runs = runsArg(5);

const generator = seededRandom(20240601);
const random = () => generator.next();
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// A 20,000-word vocabulary, word lengths roughly as in English text (mean ≈ 5 letters), drawn with a
// Zipf-like skew so frequent short words repeat the way function words do.
const LETTERS = 'etaoinshrdlcumwfgypbvkjxqz';
const LENGTHS = [1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 7, 7, 8, 9, 10, 12];
const vocabulary = Array.from({ length: 20_000 }, (_, rank) => {
  const length = rank < 100 ? 1 + Math.floor(random() * 4) : pick(LENGTHS);
  let word = '';
  for (let i = 0; i < length; i++) word += LETTERS[Math.floor(random() ** 1.6 * LETTERS.length)];
  return word;
});
const zipfWord = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!;

function sentence(): string[] {
  const length = 18 + Math.floor(random() * 15);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    let word = zipfWord();
    if (i === 0) word = word[0]!.toUpperCase() + word.slice(1);
    if (random() < 0.07) word += ',';
    words.push(word);
  }
  words[words.length - 1] += pick(['.', '.', '.', '?', '!']);
  return words;
}

/** A reference: about a fifth of the words replaced, a few dropped or inserted, a neighbour swap. */
function perturb(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const r = random();
    if (r < 0.15) out.push(zipfWord());
    else if (r < 0.2) continue;
    else if (r < 0.25) out.push(word, zipfWord());
    else out.push(word);
  }
  if (out.length > 3) {
    const i = 1 + Math.floor(random() * (out.length - 2));
    [out[i], out[i - 1]] = [out[i - 1]!, out[i]!];
  }
  return out;
}

const hypotheses: string[] = [];
const references: string[][] = [];
for (let i = 0; i < pairs; i++) {
  const words = sentence();
  hypotheses.push(words.join(' '));
  references.push([perturb(words).join(' ')]);
}

function measure(name: string, score: () => number): void {
  const times: number[] = [];
  let value = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    value = score();
    times.push(performance.now() - started);
  }
  console.log(
    `${name} over ${pairs.toLocaleString('en-US')} pairs: median ${(median(times) / 1000).toFixed(2)} s ` +
      `(min ${(Math.min(...times) / 1000).toFixed(2)}, max ${(Math.max(...times) / 1000).toFixed(2)}, ${runs} runs), score ${value.toFixed(4)}`,
  );
}

measure('corpus BLEU', () => corpusBleu(hypotheses, references).score);
measure('corpus chrF', () => corpusChrf(hypotheses, references).score);
measure('corpus chrF++', () => corpusChrf(hypotheses, references, { wordOrder: 2 }).score);
