// groundtruth/stats: pure statistics, no I/O, agreeing with SciPy, statsmodels, scikit-learn and the
// krippendorff package: agreement, intervals, paired tests, correlations, drift, resampling, pass@k.
export * from './agreement/index.js';
export {
  type BootstrapInterval,
  type BootstrapOptions,
  bootstrapInterval,
  bootstrapIntervalFromDistribution,
  type PairedBootstrapOptions,
  type PairedBootstrapResult,
  pairedBootstrap,
  type SampleStatistic,
} from './bootstrap.js';
export { type ChiSquareOptions, type ChiSquareResult, chiSquareIndependence } from './chi-square.js';
export {
  averageRanks,
  type CorrelationOptions,
  type KendallOptions,
  kendall,
  pearson,
  spearman,
} from './correlation.js';
export { mean, quantile } from './descriptive.js';
export {
  type Alternative,
  binomialCdf,
  binomialPmf,
  binomialSf,
  chiSquareCdf,
  chiSquareSf,
  normalCdf,
  normalQuantile,
  normalSf,
  studentTCdf,
  studentTSf,
} from './distributions.js';
export {
  type JensenShannonOptions,
  jensenShannonDistance,
  jensenShannonDivergence,
  type PopulationStabilityIndexOptions,
  populationStabilityIndex,
  populationStabilityIndexFromCounts,
} from './drift.js';
export {
  type KsAlternative,
  type KsMethod,
  type KsTwoSampleOptions,
  type KsTwoSampleResult,
  ksTwoSample,
} from './ks.js';
export { kstwoSf, smirnovSf } from './ks-distribution.js';
export { type McNemarOptions, mcnemar, type TestResult } from './mcnemar.js';
export { meanPassAtK, meanPassHatK, type PassCounts, passAtK, passHatK } from './pass-at-k.js';
export {
  type PairedPermutationTestOptions,
  type PairedPermutationTestResult,
  pairedPermutationTest,
} from './permutation.js';
export { type Random, seededRandom } from './random.js';
export {
  logBeta,
  logGamma,
  regularizedBeta,
  regularizedBetaComplement,
  regularizedGammaP,
  regularizedGammaQ,
} from './special-functions.js';
export { type ProportionInterval, type WilsonOptions, wilsonInterval } from './wilson.js';
