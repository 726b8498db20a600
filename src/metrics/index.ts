// groundtruth/metrics: pure text metrics, no I/O. BLEU, chrF, ROUGE and SQuAD join in their own issue.
export { levenshteinDistance, levenshteinSimilarity } from './similarity.js';
