import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runningEmbeddedPostgres, startEmbeddedPostgres } from '../src/db/embedded.js';
import { ormConfig } from '../src/db/orm-config.js';
import { TokenService } from '../src/modules/identity/token.js';
import { createBareCalibrationWorld } from './support/bare-world.js';
import { TEST_JWT_SECRET } from './support/constants.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

/** Whether `pid` runs: a zombie (ended, not yet reaped by whoever adopted it) does not. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no /proc: kill(0) answered
  }
};

async function until(test: () => boolean | Promise<boolean>, what: string, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const postmasterPid = async (dataDir: string) =>
  Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);

type Server = { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> };

describe('a server killed with SIGKILL', () => {
  // The server runs as a real process from its own build (server/dist may be rebuilt by
  // another test file at the same time); node_modules/.cache keeps package imports resolving.
  let build: string;
  const started: ChildProcess[] = [];
  const clusters: number[] = [];
  beforeAll(() => {
    build = path.join(serverDir, 'node_modules', '.cache', `concord-crash-${randomBytes(4).toString('hex')}`);
    const swc = spawnSync(
      path.join(serverDir, 'node_modules', '.bin', 'swc'),
      ['src', '-d', build, '--strip-leading-paths', '--config-file', '.swcrc', '--quiet'],
      { cwd: serverDir, encoding: 'utf8' },
    );
    expect(swc.status, swc.stderr).toBe(0);
  }, 60_000);
  afterAll(async () => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    // Whatever PostgreSQL a failed run left behind: fast shutdown, as start would.
    for (const pid of clusters.filter(alive)) process.kill(pid, 'SIGINT');
    await until(() => !clusters.some(alive), 'the test clusters to stop').catch(() => {});
    await rm(build, { recursive: true, force: true });
  });

  /** `node main.js` on `dataDir` without the demo; resolves once it serves (or has exited). */
  async function startServer(dataDir: string): Promise<Server> {
    const child = spawn(process.execPath, [path.join(build, 'main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        SEED_DEMO: 'false',
        JWT_SECRET: TEST_JWT_SECRET,
        CLIENT_DIST: path.join(dataDir, 'no-client'),
        NODE_ENV: 'production',
        // Not what is under test: a vote's request on a busy 2-core machine may pass 10 s.
        REQUEST_DEADLINE_MS: '60000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(child);
    let output = '';
    child.stdout!.on('data', (chunk) => (output += String(chunk)));
    child.stderr!.on('data', (chunk) => (output += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await until(() => /Concord is running at/.test(output) || child.exitCode !== null, 'the server to start', 120_000);
    expect(child.exitCode, `the server did not start:\n${output}`).toBeNull();
    clusters.push(await postmasterPid(dataDir));
    const url = /Concord is running at (\S+)/.exec(output)![1]!.replace(/\/$/, '');
    return { child, url, output: () => output, exited };
  }

  it('starts again on the same data, its orphaned PostgreSQL stopped, with every acknowledged vote kept', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'concord-crash-'));
    try {
      const first = await startServer(dataDir);
      const orphan = await postmasterPid(dataDir);

      // Data from the test factories, written through an ORM of our own on the server's database.
      const orm = await MikroORM.init(ormConfig((await runningEmbeddedPostgres(dataDir))!, { poolMax: 2 }));
      const world = await createBareCalibrationWorld(orm.em.fork() as EntityManager, 6, 8).finally(() =>
        orm.close(true),
      );
      const gql = async (url: string, query: string, variables: Record<string, unknown>, token?: string) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[] } };
      };
      const ok = async (query: string, variables: Record<string, unknown>, token?: string) => {
        const { body } = await gql(first.url, query, variables, token);
        expect(body.errors).toBeUndefined();
        return body.data;
      };
      // Tokens signed with the server's secret, not sign-ins: a sign-in rehashes the factory's
      // cheap password hash at the production scrypt cost (128 MiB each), which is not what is
      // under test and took minutes on a busy 2-core machine.
      const tokens = new TokenService(TEST_JWT_SECRET, '1h');
      const signIn = async (userId: string) => (await tokens.sign(userId)).token;
      const facilitator = await signIn(world.facilitator.id);
      const voters = await Promise.all(world.voters.map((v) => signIn(v.id)));
      const created = await ok(
        'mutation($input: CreateCalibrationSessionInput!) { createCalibrationSession(input: $input) { session { id items { id } } } }',
        {
          input: {
            title: 'Crash test',
            policyVersionId: world.version.id,
            mode: 'BLIND',
            scheduledAt: new Date().toISOString(),
            marketIds: [world.market.id],
            participantIds: world.voters.map((v) => v.id),
            caseIds: world.cases.map((c) => c.id),
          },
        },
        facilitator,
      );
      const session = created.createCalibrationSession.session as { id: string; items: { id: string }[] };
      await ok(
        'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
        { id: session.id },
        facilitator,
      );
      for (const item of session.items)
        await ok(
          'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }',
          { id: item.id },
          facilitator,
        );

      // Each voter votes item after item, round and round (a later vote replaces the earlier
      // one), its rationale numbering its attempts; the server is killed after KILL_AFTER
      // acknowledgements, with the other voters' votes in flight.
      const KILL_AFTER = 60;
      const labels = ['no_violation', 'borderline', 'violating', 'severe'];
      const acknowledged = new Map<string, number>(); // `${voter}/${item}` → attempt
      let acks = 0;
      let killedAt = 0;
      let cut = 0;
      const voteLoop = async (voter: number) => {
        for (let attempt = 1; ; attempt++) {
          const item = session.items[(attempt + voter) % session.items.length]!;
          const input = { itemId: item.id, label: labels[attempt % labels.length], rationale: `${voter}#${attempt}` };
          let answer: Awaited<ReturnType<typeof gql>>;
          try {
            answer = await gql(
              first.url,
              'mutation($input: CastVoteInput!) { castVote(input: $input) { vote { version } } }',
              { input },
              voters[voter],
            );
          } catch {
            cut++;
            return; // the connection died with the server: not acknowledged
          }
          if (answer.status !== 200 || answer.body.errors || !answer.body.data?.castVote)
            throw new Error(`a vote failed before the kill: ${JSON.stringify(answer.body)}`);
          acknowledged.set(`${world.voters[voter]!.id}/${item.id}`, attempt);
          if (++acks === KILL_AFTER) {
            first.child.kill('SIGKILL');
            killedAt = Date.now();
          }
        }
      };
      await Promise.all(voters.map((_, i) => voteLoop(i)));
      expect(await first.exited).toBeNull(); // killed, no exit code
      expect(acks).toBeGreaterThanOrEqual(KILL_AFTER);
      // What the issue describes: the node process is gone, its PostgreSQL is not.
      expect(alive(orphan)).toBe(true);

      const second = await startServer(dataDir);
      const restartedIn = Date.now() - killedAt;
      expect(second.output()).toContain(`Stopping the PostgreSQL (pid ${orphan})`);
      expect(alive(orphan)).toBe(false);
      expect(await postmasterPid(dataDir)).not.toBe(orphan);

      const client = new pg.Client({ connectionString: (await runningEmbeddedPostgres(dataDir))! });
      await client.connect();
      const stored = new Map<string, number>();
      try {
        const { rows } = await client.query<{ user_id: string; item_id: string; rationale: string }>(
          'select user_id, item_id, rationale from vote where session_id = $1',
          [session.id],
        );
        for (const row of rows) stored.set(`${row.user_id}/${row.item_id}`, Number(row.rationale.split('#')[1]));
      } finally {
        await client.end();
      }
      // A vote in flight at the kill may have committed unacknowledged (a later attempt than
      // the last acknowledged one); an acknowledged attempt must never be missing or older.
      const lost = [...acknowledged].filter(([key, attempt]) => (stored.get(key) ?? 0) < attempt);
      expect(lost).toEqual([]);
      expect(acknowledged.size).toBeGreaterThan(0);

      // And it serves the session as before: a vote after the restart is taken.
      const after = await gql(
        second.url,
        'mutation($input: CastVoteInput!) { castVote(input: $input) { vote { label } } }',
        { input: { itemId: session.items[0]!.id, label: 'severe' } },
        voters[0],
      );
      expect(after.body).toEqual({ data: { castVote: { vote: { label: 'severe' } } } });
      const restarted = await postmasterPid(dataDir);
      second.child.kill('SIGTERM');
      await until(() => second.child.exitCode !== null, 'the server to exit on SIGTERM', 30_000);
      expect(second.child.exitCode, second.output()).toBe(0);
      await until(() => !alive(restarted), 'PostgreSQL to stop with the server');
      console.log(
        `crash test: ${acks} votes acknowledged, ${cut} cut off in flight, ${acknowledged.size} (voter, item) votes checked, 0 lost; up again ${restartedIn} ms after the kill`,
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  it('clears a stale postmaster.pid without touching its process, and refuses a cluster another process runs', async () => {
    const other = await mkdtemp(path.join(os.tmpdir(), 'concord-other-'));
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'concord-stale-'));
    const sleeper = spawn('sleep', ['120']);
    try {
      const otherCluster = await startEmbeddedPostgres(other, { persistent: false });
      const otherPid = await postmasterPid(other);
      clusters.push(otherPid);
      const ours = await startEmbeddedPostgres(dataDir);
      const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
      const lockText = await readFile(pidFile, 'utf8');
      const ourPid = await postmasterPid(dataDir);
      clusters.push(ourPid);
      // This process started it and runs it: a second start must not stop it.
      await expect(startEmbeddedPostgres(dataDir)).rejects.toThrow(
        `Another Concord process (pid ${process.pid}) is running on ${dataDir}`,
      );
      expect(alive(ourPid)).toBe(true);
      await ours.stop();

      // The pid file a crash left, its pid since taken by another cluster's PostgreSQL, by a
      // process that is not PostgreSQL at all, or by nothing.
      const gone = spawnSync('true').pid!;
      for (const pid of [otherPid, sleeper.pid!, gone]) {
        await writeFile(pidFile, lockText.replace(/^\d+/, String(pid)));
        const reports: string[] = [];
        const again = await startEmbeddedPostgres(dataDir, { report: (line) => reports.push(line) });
        clusters.push(await postmasterPid(dataDir));
        expect(reports).toEqual([expect.stringMatching(/^Removed a stale postmaster\.pid/)]);
        await again.stop();
      }
      expect(alive(otherPid)).toBe(true);
      expect(alive(sleeper.pid!)).toBe(true);
      const client = new pg.Client({ connectionString: otherCluster.url });
      await client.connect();
      expect((await client.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
      await client.end();
      await otherCluster.stop();
    } finally {
      sleeper.kill('SIGKILL');
      await rm(other, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
