// The targets module: what is evaluated, and how it is called (timeouts, retries, limits, prices,
// cache keys). The runner and the judges use createInvoker; the rest is for tools and tests.
export { isCacheable, readsVars, targetCacheKey } from './cache-key.js';
export { createInvoker, type InvokerOptions, invokerFor, withAttempts } from './invoker.js';
export type { ModuleTargetInput } from './module.js';
export {
  builtInPrices,
  computeCost,
  lookupPrice,
  type ModelPrice,
  type PriceTable,
  priceOf,
} from './prices.js';
export { createTarget, targetFactories } from './registry.js';
export { DEFAULT_RETRY_TIMING, MAX_RETRY_AFTER_MS, type RetryTiming } from './retry-policy.js';
export type * from './types.js';
