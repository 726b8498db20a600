// The package version the server reports at /api/health.
import { createRequire } from 'node:module';

// Both src/server and dist/server sit two levels below the package root.
export const PACKAGE_VERSION: string = (
  createRequire(import.meta.url)('../../package.json') as { version: string }
).version;
