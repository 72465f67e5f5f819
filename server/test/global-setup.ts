import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { migrateJobs } from '../src/app/jobs.js';
import { ormConfig } from '../src/db/orm-config.js';
import { seedDemo } from '../src/db/seed/demo.js';
import { TEMPLATE_DB, TEST_PASSWORD_COST } from './support/constants.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test cluster's maintenance URL (database `postgres`). */
    pgAdminUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run (the embedded one, or TEST_DATABASE_URL's
 * server), and a template database migrated and seeded once: each test file clones
 * it (`CREATE DATABASE … TEMPLATE`), so files start in ~0.1 s and run in parallel.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let tmp: string | null = null;
  if (!adminUrl) {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'concord-test-pg-'));
    const db = await startEmbeddedPostgres(tmp, { persistent: false });
    adminUrl = db.url.replace(/\/concord$/, '/postgres');
    stop = db.stop;
  }
  const templateUrl = adminUrl.replace(/\/[^/]*$/, `/${TEMPLATE_DB}`);
  const admin = await MikroORM.init(ormConfig(adminUrl, { poolMax: 1 }));
  await admin.em.getConnection().execute(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
  await admin.em.getConnection().execute(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.close(true);

  const orm = await MikroORM.init(ormConfig(templateUrl, { poolMax: 2 }));
  await orm.getMigrator().up();
  await migrateJobs(templateUrl);
  await seedDemo(orm.em.fork(), TEST_PASSWORD_COST);
  await orm.close(true);

  project.provide('pgAdminUrl', adminUrl);
  return async () => {
    await stop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  };
}
