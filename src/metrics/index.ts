// groundtruth/metrics: pure text metrics, no I/O, agreeing with the reference implementations:
// BLEU and chrF/chrF++ (sacreBLEU 2.x), ROUGE (Google's rouge-score), SQuAD v1.1 EM/F1, edit similarity.
export {
  type BleuOptions,
  type BleuResult,
  type BleuSmoothing,
  type BleuStatistics,
  bleuFromStatistics,
  bleuStatistics,
  corpusBleu,
  sentenceBleu,
  sumBleuStatistics,
} from './bleu.js';
export {
  type ChrfOptions,
  type ChrfResult,
  type ChrfStatistics,
  chrfFromStatistics,
  chrfStatistics,
  corpusChrf,
  sentenceChrf,
  sumChrfStatistics,
} from './chrf.js';
export { porterStem } from './porter-stemmer.js';
export {
  createRougeScorer,
  ROUGE_DEFAULT_TYPES,
  type RougeOptions,
  type RougeScore,
  type RougeScorer,
  type RougeScores,
  rouge,
} from './rouge.js';
export { rougeTokenize } from './rouge-tokenize.js';
export { levenshteinDistance, levenshteinSimilarity } from './similarity.js';
export { normalizeSquadAnswer, type SquadScore, squad } from './squad.js';
export { type BleuTokenizerName, tokenize13a, tokenizeChar, tokenizeIntl } from './tokenizers/index.js';
