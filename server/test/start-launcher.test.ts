import { spawn, spawnSync } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config.js';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

async function until(test: () => boolean | Promise<boolean>, what: string, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The pids of `pid`'s descendants, from ps. */
function descendants(pid: number): number[] {
  const rows = spawnSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const [child, ppid] of rows)
      if (ppid === parent) {
        found.push(child);
        visit(child);
      }
  };
  visit(pid);
  return found;
}

describe('pnpm start (scripts/start.mjs)', () => {
  let dataDir: string;
  beforeAll(async () => {
    const build = spawnSync('pnpm', ['-s', '--filter', '@concord/server', 'run', 'build'], { cwd: repoRoot });
    expect(build.status, String(build.stderr)).toBe(0);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'concord-launcher-'));
  }, 120_000);
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Starts `command` on the test's data directory; resolves once the sign-ins are printed. */
  async function start(command: string, args: string[]) {
    const child = spawn(command, args, {
      cwd: repoRoot,
      // No demo: what is under test is the processes, and seeding at the production password
      // cost was most of this file's CPU (the printed sign-ins are demo-sign-ins.test.ts's).
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: '0',
        CLIENT_DIST: path.join(dataDir, 'none'),
        SEED_DEMO: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await until(() => output.includes('Concord is running') || child.exitCode !== null, 'the start', 150_000);
    const postgres = Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    return { child, exited, output: () => output, postgres, processes: [...descendants(child.pid!), postgres] };
  }

  it('passes SIGTERM on to the server, which stops its embedded PostgreSQL, and exits with its code', async () => {
    const { child, exited, output, postgres, processes } = await start(process.execPath, [
      'scripts/start.mjs',
      '--no-build',
    ]);
    try {
      expect(output()).toMatch(/Concord is running at http:\/\/127\.0\.0\.1:\d+/);
      expect(processes.length).toBeGreaterThanOrEqual(2); // the server, PostgreSQL
      expect(alive(postgres)).toBe(true);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await until(() => !processes.some(alive), 'the server and PostgreSQL to end');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 240_000);

  it('stops the server and PostgreSQL when the pnpm wrapper itself is killed', async () => {
    const { child, processes } = await start('pnpm', ['-s', 'start', '--no-build']);
    try {
      expect(processes.length).toBeGreaterThanOrEqual(3); // the launcher, the server, PostgreSQL
      child.kill('SIGTERM');
      await until(() => !processes.some(alive), 'every process under pnpm to end');
    } finally {
      for (const pid of processes.filter(alive)) process.kill(pid, 'SIGKILL');
    }
  }, 240_000);
});
