// groundtruth/stats: pure statistics, no I/O. Intervals, paired tests and agreement join in their own issue.
export { mean, quantile } from './descriptive.js';
