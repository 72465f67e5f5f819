import { migrateJobs, startJobs } from './jobs.js';
import type { JobTasks } from '../modules/shared/module.js';
import { modules } from './modules.js';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { runningEmbeddedPostgres, startEmbeddedPostgres } from '../db/embedded.js';
import { ormConfig } from '../db/orm-config.js';
import { seedDemo, type SeedReport } from '../db/seed/demo.js';
import { DEFAULT_PASSWORD_COST, type PasswordCost } from '../modules/identity/password.js';
import { TokenService } from '../modules/identity/token.js';
import { type AppDeps, startModules } from './context.js';
import { DeadlineSubscriber } from './deadline.js';
import { createMemoryEventBus, createPostgresEventBus } from './event-bus.js';
import { createConcordServer, type ConcordServer } from './server.js';

export type RunningConcord = {
  url: string;
  port: number;
  deps: AppDeps;
  server: ConcordServer;
  seed: SeedReport | null;
  stop: () => Promise<void>;
};

export class StartupError extends Error {}

/** A secret made once and kept in the data directory, readable by its owner only. */
async function persistentSecret(dataDir: string, name: string): Promise<string> {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

export type OpenDatabase = {
  orm: MikroORM;
  /** The connection string in use (with its password). */
  url: string;
  seed: SeedReport | null;
  /** Closes the ORM, and stops the embedded PostgreSQL if this call started it. */
  close: () => Promise<void>;
};

/**
 * The database as `pnpm start` and the command line use it: DATABASE_URL, or else the
 * embedded PostgreSQL in DATA_DIR (`useRunningEmbedded`: the one a running Concord
 * already started there, if any), migrated, and seeded with the demo data when empty
 * and SEED_DEMO is on. Throws a StartupError a person can act on, having closed what
 * it opened.
 */
export async function openDatabase(
  config: Config,
  options: {
    log?: (line: string) => void;
    passwordCost?: PasswordCost;
    useRunningEmbedded?: boolean;
    /** PostgreSQL's statement_timeout on the connections once migrated and seeded (the server's). */
    statementTimeoutMs?: number;
  } = {},
): Promise<OpenDatabase> {
  const log = options.log ?? (() => {});
  const stops: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
    stops.length = 0;
  };
  try {
    let url = config.DATABASE_URL;
    if (!url && options.useRunningEmbedded) {
      url = (await runningEmbeddedPostgres(config.DATA_DIR)) ?? undefined;
      if (url) log(`Using the embedded PostgreSQL that is already running on ${config.DATA_DIR}.`);
    }
    if (!url) {
      log(`Starting the embedded PostgreSQL (data in ${config.DATA_DIR}) …`);
      const db = await startEmbeddedPostgres(config.DATA_DIR, { report: log });
      stops.push(db.stop);
      url = db.url;
    }
    const unreachable = (reason: string) =>
      new StartupError(
        `Cannot reach PostgreSQL at ${config.DATABASE_URL ? 'DATABASE_URL' : 'the embedded database'} (${redact(url!)}): ${reason}`,
      );
    const orm = await MikroORM.init(ormConfig(url, { debug: config.LOG_SQL })).catch((error: Error) => {
      throw unreachable(error.message);
    });
    stops.push(() => orm.close(true));
    const connection = await orm.checkConnection();
    if (!connection.ok) throw unreachable(connection.reason ?? 'unknown reason');
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    await migrateJobs(url);
    const seed = config.SEED_DEMO ? await seedDemo(orm.em.fork(), options.passwordCost) : null;
    if (seed?.created) log('Seeded the demo data on this empty database.');
    if (options.statementTimeoutMs) {
      // Migrations and the first seed ran without a limit: altering a large table or seeding
      // the whole demo may rightly take longer than any request may, and nothing else runs yet.
      // The pool's connections are made again, each with the limit set as it connects.
      await orm.reconnect({ driverOptions: { connection: { statement_timeout: options.statementTimeoutMs } } });
    }
    return { orm, url, seed, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * `concord demo reset`: every table of the database dropped, then migrated and seeded
 * again as on a first start, so the demo (week 48's live session) can be run once more.
 * The caller decides whether this database may be reset.
 */
export async function resetDemoDatabase(
  config: Config,
  options: { log?: (line: string) => void; passwordCost?: PasswordCost } = {},
): Promise<void> {
  const db = await openDatabase({ ...config, SEED_DEMO: false }, { log: options.log });
  try {
    const connection = db.orm.em.getConnection();
    await connection.execute('drop schema public cascade');
    await connection.execute('create schema public');
    await db.orm.getMigrator().up();
    const seed = await seedDemo(db.orm.em.fork(), options.passwordCost);
    if (seed.created) options.log?.('Seeded the demo data on the emptied database.');
  } finally {
    await db.close();
  }
}

/**
 * Everything `pnpm start` does, and what integration tests start: the database
 * (embedded unless DATABASE_URL is set), migrations, demo data on an empty database,
 * and the HTTP + websocket server. Anything that fails on the way stops what was
 * already started and throws a StartupError a person can act on.
 */
export async function startConcord(
  config: Config,
  options: { log?: (line: string) => void; passwordCost?: PasswordCost } = {},
): Promise<RunningConcord> {
  const log = options.log ?? (() => {});
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
    stops.length = 0;
  };
  try {
    const db = await openDatabase(config, {
      log,
      passwordCost: options.passwordCost,
      statementTimeoutMs: config.STATEMENT_TIMEOUT_MS ?? config.REQUEST_DEADLINE_MS,
    });
    stops.push(db.close);
    const { orm, url, seed } = db;
    // A request's transactions neither start nor commit past its deadline (deadline.ts).
    orm.em.getEventManager().registerSubscriber(new DeadlineSubscriber());

    const secret = config.JWT_SECRET ?? (await persistentSecret(config.DATA_DIR, 'jwt-secret'));
    // LISTEN/NOTIFY by default, so any number of processes on this database share events.
    const bus = config.EVENT_BUS === 'postgres' ? await createPostgresEventBus(url, log) : createMemoryEventBus();
    stops.push(() => bus.close());
    // Each module's live hubs and limiters, closed before the bus and the database.
    const tasks: JobTasks = {};
    const deps: AppDeps = startModules(
      {
        orm,
        config,
        tokens: new TokenService(secret, config.TOKEN_TTL),
        bus,
        passwordCost: options.passwordCost ?? DEFAULT_PASSWORD_COST,
      },
      (close) => stops.push(close),
      modules,
      tasks,
    );
    // The modules' jobs (mail, …), stopped before the modules' parts they use.
    const jobs = await startJobs(url, tasks, { log });
    stops.push(jobs.stop);
    const server = await createConcordServer(deps);
    stops.push(server.close); // stopped first: before the ORM and the database
    let port: number;
    try {
      port = await server.listen(config.PORT, config.HOST);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new StartupError(
        code === 'EADDRINUSE'
          ? `Port ${config.PORT} on ${config.HOST} is already in use: set PORT to a free one.`
          : `Cannot listen on ${config.HOST}:${config.PORT}: ${(error as Error).message}`,
      );
    }
    const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
    return { url: `http://${host}:${port}/`, port, deps, server, seed, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** A connection string with its password hidden, for messages. */
export const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
