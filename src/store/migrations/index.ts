// Every schema migration, in order. Listed in code (not read from a folder) so the set is fixed at
// build time and works the same from src/ under tsx and from dist/. New migrations append here.
import type { Migration, MigrationProvider } from 'kysely';
import * as initialSchema from './0001-initial-schema.js';
import * as caseSlices from './0002-case-slices.js';
import * as datasets from './0003-datasets.js';
import * as caseSliceRows from './0004-case-slice-rows.js';

export const STORE_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial-schema': initialSchema,
  '0002-case-slices': caseSlices,
  '0003-datasets': datasets,
  '0004-case-slice-rows': caseSliceRows,
};

export const storeMigrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...STORE_MIGRATIONS }),
};
