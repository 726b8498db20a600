// Inter-rater agreement: Cohen's kappa (two raters), Fleiss' kappa (many raters, complete ratings)
// and Krippendorff's alpha (many coders, missing ratings, any level of measurement).
export { type CohenKappaOptions, cohenKappa, type KappaWeights } from './cohen-kappa.js';
export { type FleissKappaMethod, type FleissKappaOptions, fleissKappa } from './fleiss-kappa.js';
export {
  type KrippendorffAlphaOptions,
  krippendorffAlpha,
  type MeasurementLevel,
} from './krippendorff-alpha.js';
export type { RatingLabel } from './labels.js';
