import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataloaderType } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Where `migration:create` writes; always the TypeScript sources. */
export const migrationsSourceDir = path.resolve(here, '..', '..', 'src', 'db', 'migrations');

export function ormConfig(clientUrl: string, options: { debug?: boolean; poolMax?: number } = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    debug: options.debug ?? false,
    pool: { min: 0, max: options.poolMax ?? 10 },
    // Entities are listed explicitly and their metadata read from decorators.
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    migrations: {
      // Listed in migrations/index.ts so the same list runs from src (tests) and dist.
      migrationsList,
      path: migrationsSourceDir,
      pathTs: migrationsSourceDir,
      silent: true,
      transactional: true,
      allOrNothing: true,
      // Diff against the migrated database itself rather than a snapshot file.
      snapshot: false,
      emit: 'ts',
    },
    // graphile-worker's job queue (app/jobs.ts) keeps its own schema and migrations.
    schemaGenerator: { ignoreSchema: ['graphile_worker'] },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
  });
}
