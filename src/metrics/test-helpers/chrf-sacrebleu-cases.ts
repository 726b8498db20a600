// Reference values for chrF/chrF++: each case run through sacreBLEU 2.6.0 (mjpost/sacrebleu at f615c72,
// Python 3.11.7). Corpus cases: `CHRF(**options).corpus_score(hypotheses, streams)` with `streams` the
// transpose of `references` (None where a hypothesis has fewer references), and `statistics` the sum
// of `_extract_corpus_statistics` rows regrouped per order; sentence cases:
// `CHRF(**options).sentence_score(hypothesis, references)`. Option names are ours (wordOrder = word_order, ...).
import type { ChrfOptions, ChrfStatistics } from '../chrf.js';

export interface ChrfCorpusCase {
  name: string;
  hypotheses: string[];
  references: string[][];
  options: ChrfOptions;
  expected: number;
  statistics: ChrfStatistics;
}

export interface ChrfSentenceCase {
  name: string;
  hypothesis: string;
  references: string[];
  options: ChrfOptions;
  expected: number;
}

export const SACREBLEU_CHRF_CORPUS_CASES: ChrfCorpusCase[] = [
  {
    name: 'README example, chrF defaults',
    hypotheses: ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'],
    references: [
      ['The dog bit the man.', 'The dog had bit the man.'],
      ['It was not unexpected.', 'No one was surprised.'],
      ['The man bit him first.', 'The man had bitten the dog.'],
    ],
    options: {},
    expected: 59.72751782684763,
    statistics: {
      hypothesisNgrams: [58, 55, 52, 49, 46, 43],
      referenceNgrams: [56, 53, 50, 47, 44, 41],
      matchingNgrams: [46, 36, 31, 26, 22, 18],
    },
  },
  {
    name: 'README example, chrF++',
    hypotheses: ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'],
    references: [
      ['The dog bit the man.', 'The dog had bit the man.'],
      ['It was not unexpected.', 'No one was surprised.'],
      ['The man bit him first.', 'The man had bitten the dog.'],
    ],
    options: { wordOrder: 2 },
    expected: 59.15310444399262,
    statistics: {
      hypothesisNgrams: [58, 55, 52, 49, 46, 43, 17, 14],
      referenceNgrams: [56, 53, 50, 47, 44, 41, 18, 15],
      matchingNgrams: [46, 36, 31, 26, 22, 18, 12, 7],
    },
  },
  {
    name: 'README example, chrF++ with eps smoothing',
    hypotheses: ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'],
    references: [
      ['The dog bit the man.', 'The dog had bit the man.'],
      ['It was not unexpected.', 'No one was surprised.'],
      ['The man bit him first.', 'The man had bitten the dog.'],
    ],
    options: { wordOrder: 2, epsSmoothing: true },
    expected: 59.134638657694325,
    statistics: {
      hypothesisNgrams: [58, 55, 52, 49, 46, 43, 17, 14],
      referenceNgrams: [56, 53, 50, 47, 44, 41, 18, 15],
      matchingNgrams: [46, 36, 31, 26, 22, 18, 12, 7],
    },
  },
  {
    name: 'README example, eps smoothing',
    hypotheses: ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'],
    references: [
      ['The dog bit the man.', 'The dog had bit the man.'],
      ['It was not unexpected.', 'No one was surprised.'],
      ['The man bit him first.', 'The man had bitten the dog.'],
    ],
    options: { epsSmoothing: true },
    expected: 59.72734693786311,
    statistics: {
      hypothesisNgrams: [58, 55, 52, 49, 46, 43],
      referenceNgrams: [56, 53, 50, 47, 44, 41],
      matchingNgrams: [46, 36, 31, 26, 22, 18],
    },
  },
  {
    name: 'README example, lowercase',
    hypotheses: ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'],
    references: [
      ['The dog bit the man.', 'The dog had bit the man.'],
      ['It was not unexpected.', 'No one was surprised.'],
      ['The man bit him first.', 'The man had bitten the dog.'],
    ],
    options: { lowercase: true },
    expected: 60.02302725455764,
    statistics: {
      hypothesisNgrams: [58, 55, 52, 49, 46, 43],
      referenceNgrams: [56, 53, 50, 47, 44, 41],
      matchingNgrams: [47, 36, 31, 26, 22, 18],
    },
  },
  {
    name: 'README example, whitespace kept',
    hypotheses: ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'],
    references: [
      ['The dog bit the man.', 'The dog had bit the man.'],
      ['It was not unexpected.', 'No one was surprised.'],
      ['The man bit him first.', 'The man had bitten the dog.'],
    ],
    options: { whitespace: true },
    expected: 65.8764867358276,
    statistics: {
      hypothesisNgrams: [69, 66, 63, 60, 57, 54],
      referenceNgrams: [68, 65, 62, 59, 56, 53],
      matchingNgrams: [57, 47, 42, 37, 32, 28],
    },
  },
  {
    name: 'README example, beta 1, char order 4',
    hypotheses: ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'],
    references: [
      ['The dog bit the man.', 'The dog had bit the man.'],
      ['It was not unexpected.', 'No one was surprised.'],
      ['The man bit him first.', 'The man had bitten the dog.'],
    ],
    options: { beta: 1, charOrder: 4 },
    expected: 65.57994800007107,
    statistics: {
      hypothesisNgrams: [58, 55, 52, 49],
      referenceNgrams: [56, 53, 50, 47],
      matchingNgrams: [46, 36, 31, 26],
    },
  },
  {
    name: 'README example, word n-grams only',
    hypotheses: ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'],
    references: [
      ['The dog bit the man.', 'The dog had bit the man.'],
      ['It was not unexpected.', 'No one was surprised.'],
      ['The man bit him first.', 'The man had bitten the dog.'],
    ],
    options: { charOrder: 0, wordOrder: 3 },
    expected: 54.23585256996226,
    statistics: { hypothesisNgrams: [17, 14, 11], referenceNgrams: [18, 15, 12], matchingNgrams: [13, 7, 5] },
  },
  {
    name: '1 to 3 references per hypothesis (best reference per segment)',
    hypotheses: ['the cat sat on the mat', 'a quick brown fox jumps', 'hello there general kenobi', 'short'],
    references: [
      ['the cat is on the mat', 'there is a cat on the mat', 'a cat sat on a mat'],
      ['the quick brown fox jumped'],
      ['hello there', 'general kenobi hello there'],
      ['a short one', 'short', 'not short at all'],
    ],
    options: {},
    expected: 78.29244603018395,
    statistics: {
      hypothesisNgrams: [64, 60, 56, 52, 48, 44],
      referenceNgrams: [66, 62, 58, 54, 50, 46],
      matchingNgrams: [60, 53, 47, 41, 35, 29],
    },
  },
  {
    name: '1 to 3 references per hypothesis, chrF++',
    hypotheses: ['the cat sat on the mat', 'a quick brown fox jumps', 'hello there general kenobi', 'short'],
    references: [
      ['the cat is on the mat', 'there is a cat on the mat', 'a cat sat on a mat'],
      ['the quick brown fox jumped'],
      ['hello there', 'general kenobi hello there'],
      ['a short one', 'short', 'not short at all'],
    ],
    options: { wordOrder: 2 },
    expected: 76.17005401909799,
    statistics: {
      hypothesisNgrams: [64, 60, 56, 52, 48, 44, 16, 12],
      referenceNgrams: [66, 62, 58, 54, 50, 46, 16, 12],
      matchingNgrams: [60, 53, 47, 41, 35, 29, 13, 7],
    },
  },
  {
    name: '1 to 3 references per hypothesis, chrF++ with eps smoothing',
    hypotheses: ['the cat sat on the mat', 'a quick brown fox jumps', 'hello there general kenobi', 'short'],
    references: [
      ['the cat is on the mat', 'there is a cat on the mat', 'a cat sat on a mat'],
      ['the quick brown fox jumped'],
      ['hello there', 'general kenobi hello there'],
      ['a short one', 'short', 'not short at all'],
    ],
    options: { wordOrder: 2, epsSmoothing: true },
    expected: 76.16705948739978,
    statistics: {
      hypothesisNgrams: [64, 60, 56, 52, 48, 44, 16, 12],
      referenceNgrams: [66, 62, 58, 54, 50, 46, 16, 12],
      matchingNgrams: [60, 53, 47, 41, 35, 29, 13, 7],
    },
  },
  {
    name: 'two references with the same F (20.83): the first one is kept',
    hypotheses: ['cbad'],
    references: [['abcda', 'bb']],
    options: {},
    expected: 20.833333333333336,
    statistics: {
      hypothesisNgrams: [4, 3, 2, 1, 0, 0],
      referenceNgrams: [5, 4, 3, 2, 1, 0],
      matchingNgrams: [4, 0, 0, 0, 0, 0],
    },
  },
  {
    name: 'two references with the same F (20.83), the other way round',
    hypotheses: ['cbad'],
    references: [['bb', 'abcda']],
    options: {},
    expected: 20.833333333333336,
    statistics: {
      hypothesisNgrams: [4, 3, 0, 0, 0, 0],
      referenceNgrams: [2, 1, 0, 0, 0, 0],
      matchingNgrams: [1, 0, 0, 0, 0, 0],
    },
  },
  {
    name: 'empty hypothesis and empty reference in a corpus',
    hypotheses: ['', 'some text', 'more'],
    references: [['nothing'], [''], ['more', '']],
    options: {},
    expected: 34.41499546508113,
    statistics: {
      hypothesisNgrams: [4, 3, 2, 1, 0, 0],
      referenceNgrams: [11, 9, 7, 5, 3, 2],
      matchingNgrams: [4, 3, 2, 1, 0, 0],
    },
  },
  {
    name: 'empty hypothesis and empty reference, eps smoothing',
    hypotheses: ['', 'some text', 'more'],
    references: [['nothing'], [''], ['more', '']],
    options: { epsSmoothing: true },
    expected: 22.87851037851038,
    statistics: {
      hypothesisNgrams: [4, 3, 2, 1, 0, 0],
      referenceNgrams: [11, 9, 7, 5, 3, 2],
      matchingNgrams: [4, 3, 2, 1, 0, 0],
    },
  },
  {
    name: 'CJK',
    hypotheses: ['猫が好きです。', '今日は晴れです'],
    references: [['猫は好きです。'], ['今日は雨です', '今日は晴れ']],
    options: {},
    expected: 57.57242966216922,
    statistics: {
      hypothesisNgrams: [14, 12, 10, 8, 6, 2],
      referenceNgrams: [12, 10, 8, 6, 4, 2],
      matchingNgrams: [11, 8, 6, 4, 2, 0],
    },
  },
  {
    name: 'CJK, chrF++ (one word per sentence)',
    hypotheses: ['猫が好きです。', '今日は晴れです'],
    references: [['猫は好きです。'], ['今日は雨です', '今日は晴れ']],
    options: { wordOrder: 2 },
    expected: 49.3477968532879,
    statistics: {
      hypothesisNgrams: [14, 12, 10, 8, 6, 2, 2, 0],
      referenceNgrams: [12, 10, 8, 6, 4, 2, 2, 0],
      matchingNgrams: [11, 8, 6, 4, 2, 0, 0, 0],
    },
  },
  {
    name: 'emoji and astral characters are one character each',
    hypotheses: ['I 😀 you 𠀀𠀁!', '👍🏽 ok'],
    references: [['I 😀 u 𠀀!'], ['👍 ok']],
    options: {},
    expected: 27.018633540372672,
    statistics: {
      hypothesisNgrams: [12, 10, 8, 5, 4, 0],
      referenceNgrams: [8, 6, 4, 2, 1, 0],
      matchingNgrams: [8, 3, 0, 0, 0, 0],
    },
  },
  {
    name: 'accented Latin, lowercase',
    hypotheses: ['ÇA VA TRÈS BIEN, naïve café', 'ΟΔΟΣ'],
    references: [['Ça va bien, naive café'], ['οδος']],
    options: { lowercase: true, wordOrder: 2 },
    expected: 59.248595005510495,
    statistics: {
      hypothesisNgrams: [26, 24, 22, 20, 18, 17, 8, 6],
      referenceNgrams: [22, 20, 18, 16, 14, 13, 7, 5],
      matchingNgrams: [21, 17, 13, 9, 5, 3, 6, 2],
    },
  },
  {
    name: 'chrF++ punctuation split: (hi) is "(hi" and ")"',
    hypotheses: ['(hi) there, "quoted" x.', 'a (b c) d'],
    references: [['hi there , "quoted" x .'], ['a ( b c ) d']],
    options: { wordOrder: 2 },
    expected: 89.52981834639677,
    statistics: {
      hypothesisNgrams: [26, 24, 22, 20, 18, 16, 14, 12],
      referenceNgrams: [24, 22, 20, 18, 16, 14, 13, 11],
      matchingNgrams: [24, 21, 18, 16, 14, 12, 12, 10],
    },
  },
  {
    name: 'Python whitespace: NEL and U+3000 removed, BOM kept',
    hypotheses: ['a\u0085b\u3000c\ufeffd'],
    references: [['abc\ufeffd']],
    options: { wordOrder: 1 },
    expected: 83.33333333333334,
    statistics: {
      hypothesisNgrams: [5, 4, 3, 2, 1, 0, 3],
      referenceNgrams: [5, 4, 3, 2, 1, 0, 1],
      matchingNgrams: [5, 4, 3, 2, 1, 0, 0],
    },
  },
];

export const SACREBLEU_CHRF_SENTENCE_CASES: ChrfSentenceCase[] = [
  {
    name: 'Czech (test_chrf.py) {}',
    hypothesis: 'Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.',
    references: ['Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.'],
    options: {},
    expected: 39.14081690316369,
  },
  {
    name: 'Czech (test_chrf.py) { epsSmoothing: true }',
    hypothesis: 'Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.',
    references: ['Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.'],
    options: { epsSmoothing: true },
    expected: 39.14078509431498,
  },
  {
    name: 'Czech (test_chrf.py) { wordOrder: 2 }',
    hypothesis: 'Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.',
    references: ['Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.'],
    options: { wordOrder: 2 },
    expected: 40.3769131075315,
  },
  {
    name: 'Czech (test_chrf.py) {}',
    hypothesis: 'Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.',
    references: ['A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.'],
    options: {},
    expected: 31.225641469352972,
  },
  {
    name: 'Czech (test_chrf.py) { epsSmoothing: true }',
    hypothesis: 'Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.',
    references: ['A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.'],
    options: { epsSmoothing: true },
    expected: 31.22557078732341,
  },
  {
    name: 'Czech (test_chrf.py) { wordOrder: 2 }',
    hypothesis: 'Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.',
    references: ['A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.'],
    options: { wordOrder: 2 },
    expected: 28.927323825104185,
  },
  {
    name: 'Czech (test_chrf.py) {}',
    hypothesis: 'Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.',
    references: ['Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.'],
    options: {},
    expected: 57.157427512824064,
  },
  {
    name: 'Czech (test_chrf.py) { epsSmoothing: true }',
    hypothesis: 'Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.',
    references: ['Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.'],
    options: { epsSmoothing: true },
    expected: 57.15704366556671,
  },
  {
    name: 'Czech (test_chrf.py) { wordOrder: 2 }',
    hypothesis: 'Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.',
    references: ['Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.'],
    options: { wordOrder: 2 },
    expected: 54.134581828446215,
  },
  {
    name: 'three references, best F wins',
    hypothesis: 'The cat sat on the mat.',
    references: [
      'The cat is on the mat.',
      'A cat sat on the mat.',
      'There is a cat sitting on the mat right now.',
    ],
    options: { wordOrder: 2 },
    expected: 88.51672392493532,
  },
  {
    name: 'hypothesis shorter than the character order',
    hypothesis: 'ab',
    references: ['abc'],
    options: {},
    expected: 63.636363636363626,
  },
  {
    name: 'hypothesis shorter than the character order, eps smoothing',
    hypothesis: 'ab',
    references: ['abc'],
    options: { epsSmoothing: true },
    expected: 21.16402116402116,
  },
  {
    name: 'empty hypothesis',
    hypothesis: '',
    references: ['reference'],
    options: { wordOrder: 2 },
    expected: 0.0,
  },
  {
    name: 'empty reference',
    hypothesis: 'hypothesis',
    references: [''],
    options: {},
    expected: 0.0,
  },
  {
    name: 'both empty',
    hypothesis: '',
    references: [''],
    options: { epsSmoothing: true },
    expected: 1.0000000000000002e-14,
  },
];
