// The domain: types, schemas and errors shared by every module. Imports zod only.
export * from './case.js';
export * from './errors.js';
export * from './hash.js';
export * from './prompt.js';
export * from './run.js';
export * from './scorers.js';
export * from './suite.js';
export * from './targets.js';
