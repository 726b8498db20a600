import { describe, expect, it } from 'vitest';
import { porterStem } from './porter-stemmer.js';
import { PORTER_SYNTHETIC_CASES } from './test-helpers/porter-cases.js';

// Expected stems: NLTK at commit f2a92bd, nltk.stem.porter.PorterStemmer().stem(word), run locally.
// (The same implementation also reproduces all 23,531 lines of NLTK's own porter_nltk_output.txt;
// that vocabulary is not vendored here.)
function expectStems(cases: ReadonlyArray<readonly [string, string]>): void {
  const wrong = cases
    .map(([word, stem]) => [word, stem, porterStem(word)] as const)
    .filter(([, stem, got]) => got !== stem);
  expect(wrong).toEqual([]);
}

describe('porterStem', () => {
  it('maps the irregular forms of NLTK_EXTENSIONS before any rule', () => {
    expectStems([
      ['sky', 'sky'],
      ['skies', 'sky'],
      ['dying', 'die'],
      ['lying', 'lie'],
      ['tying', 'tie'],
      ['news', 'news'],
      ['innings', 'inning'],
      ['inning', 'inning'],
      ['outings', 'outing'],
      ['outing', 'outing'],
      ['cannings', 'canning'],
      ['canning', 'canning'],
      ['howe', 'howe'],
      ['proceed', 'proceed'],
      ['exceed', 'exceed'],
      ['succeed', 'succeed'],
    ]);
  });

  it("applies NLTK's own extensions (ies/ied of four letters, y after a consonant, logi, fulli)", () => {
    expectStems([
      ['dies', 'die'],
      ['flies', 'fli'],
      ['died', 'die'],
      ['spied', 'spi'],
      ['happy', 'happi'],
      ['enjoy', 'enjoy'],
      ['spy', 'spi'],
      ['fly', 'fli'],
      ['try', 'tri'],
      ['geology', 'geolog'],
      ['theology', 'theolog'],
      ['archaeology', 'archaeolog'],
      ['ies', 'i'],
    ]);
  });

  it("stems the examples of Porter's paper (as listed in NLTK's docstrings) to their final stems", () => {
    expectStems([
      ['caresses', 'caress'],
      ['ponies', 'poni'],
      ['ties', 'tie'],
      ['caress', 'caress'],
      ['cats', 'cat'],
      ['feed', 'feed'],
      ['agreed', 'agre'],
      ['plastered', 'plaster'],
      ['bled', 'bled'],
      ['motoring', 'motor'],
      ['sing', 'sing'],
      ['conflated', 'conflat'],
      ['troubled', 'troubl'],
      ['sized', 'size'],
      ['hopping', 'hop'],
      ['tanned', 'tan'],
      ['falling', 'fall'],
      ['hissing', 'hiss'],
      ['fizzed', 'fizz'],
      ['failing', 'fail'],
      ['filing', 'file'],
      ['relational', 'relat'],
      ['conditional', 'condit'],
      ['rational', 'ration'],
      ['valenci', 'valenc'],
      ['hesitanci', 'hesit'],
      ['digitizer', 'digit'],
      ['conformabli', 'conform'],
      ['radicalli', 'radic'],
      ['differentli', 'differ'],
      ['vileli', 'vile'],
      ['analogousli', 'analog'],
      ['vietnamization', 'vietnam'],
      ['predication', 'predic'],
      ['operator', 'oper'],
      ['feudalism', 'feudal'],
      ['decisiveness', 'decis'],
      ['hopefulness', 'hope'],
      ['callousness', 'callous'],
      ['formaliti', 'formal'],
      ['sensitiviti', 'sensit'],
      ['sensibiliti', 'sensibl'],
      ['triplicate', 'triplic'],
      ['formative', 'form'],
      ['formalize', 'formal'],
      ['electriciti', 'electr'],
      ['electrical', 'electr'],
      ['hopeful', 'hope'],
      ['goodness', 'good'],
      ['revival', 'reviv'],
      ['allowance', 'allow'],
      ['inference', 'infer'],
      ['airliner', 'airlin'],
      ['gyroscopic', 'gyroscop'],
      ['adjustable', 'adjust'],
      ['defensible', 'defens'],
      ['irritant', 'irrit'],
      ['replacement', 'replac'],
      ['adjustment', 'adjust'],
      ['dependent', 'depend'],
      ['adoption', 'adopt'],
      ['homologou', 'homolog'],
      ['communism', 'commun'],
      ['activate', 'activ'],
      ['angulariti', 'angular'],
      ['homologous', 'homolog'],
      ['effective', 'effect'],
      ['bowdlerize', 'bowdler'],
      ['probate', 'probat'],
      ['rate', 'rate'],
      ['cease', 'ceas'],
      ['controll', 'control'],
      ['roll', 'roll'],
      ['generalizations', 'gener'],
      ['meeting', 'meet'],
      ['friends', 'friend'],
    ]);
  });

  it('stems every synthetic stem × suffix combination as NLTK does', () => {
    expect(PORTER_SYNTHETIC_CASES).toHaveLength(3395);
    expectStems(PORTER_SYNTHETIC_CASES);
  });

  it('lowercases, and leaves words of one or two characters otherwise alone', () => {
    // nltk test_stem.py test_oed_bug and test_lowercase_option
    expectStems([
      ['oed', 'o'],
      ['On', 'on'],
      ['IES', 'i'],
      ['Running', 'run'],
      ['MEETINGS', 'meet'],
      ['a', 'a'],
      ['is', 'is'],
      ['as', 'as'],
      ['ab', 'ab'],
      ['oa', 'oa'],
      ['1990s', '1990'],
      ['mp3s', 'mp3'],
    ]);
  });

  it('counts code points as Python does, outside ASCII and outside the BMP', () => {
    expectStems([
      ['café', 'café'],
      ['naïve', 'naïv'],
      ['ÉTUDES', 'étude'],
      ['Über', 'über'],
      // 'İ' lowercases to 'i' + U+0307, which Porter sees as a consonant.
      ['İİİing', 'i̇i̇i̇'],
      ['😀😀s', '😀😀'],
      // Two equal astral characters are one double consonant in Python, so step 1b undoubles them.
      ['ta😀😀ed', 'ta😀'],
      ['😀😀', '😀😀'],
      ['a😀', 'a😀'],
      ['𝐚𝐚ing', '𝐚𝐚ing'],
      // A private-use character already in the word is not reused as a stand-in.
      ['x\ue000😀😀ing', 'x\ue000😀😀ing'],
    ]);
  });
});
