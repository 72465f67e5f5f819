import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/app/bootstrap.js';
import { type CliIO, processIO } from '../src/cli/io.js';
import { createProgram, run } from '../src/cli/main.js';
import { loadConfig } from '../src/config.js';
import { CalibrationSession } from '../src/modules/calibration/calibration-session.entity.js';
import { SessionStatus } from '../src/modules/calibration/calibration.enums.js';
import { Role } from '../src/modules/identity/role.js';
import { User } from '../src/modules/identity/user.entity.js';
import { TEST_PASSWORD_COST } from './support/constants.js';

describe('concord demo reset', () => {
  const capture = () => {
    const out: string[] = [];
    const io: CliIO = { ...processIO, stdout: (t) => void out.push(t), stderr: (t) => void out.push(t) };
    return { io, out };
  };
  const reset = (
    env: NodeJS.ProcessEnv,
    args: string[],
    confirm: (question: string) => Promise<boolean> = async () => false,
  ) => {
    const { io, out } = capture();
    const program = createProgram(io, env, { passwordCost: TEST_PASSWORD_COST, confirm });
    return run(['demo', 'reset', ...args], io, program).then((code) => ({ code, out: out.join('') }));
  };

  it('refuses a DATABASE_URL without --force, a running Concord, and an unconfirmed reset', async () => {
    const url = await reset({ DATABASE_URL: 'postgres://concord:secret@db.example:5432/concord' }, ['--yes']);
    expect(url.code).toBe(2);
    expect(url.out).toMatch(/not the embedded database.*--force/);
    expect(url.out).not.toContain('secret');

    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'concord-reset-'));
    const env = { DATA_DIR: dataDir };
    const db = await openDatabase(loadConfig({ ...env, SEED_DEMO: 'false' }));
    try {
      expect(await reset(env, ['--yes'])).toMatchObject({ code: 2, out: expect.stringMatching(/is running/) });
    } finally {
      await db.close();
    }
    const declined = await reset(env, []);
    expect(declined).toMatchObject({ code: 1, out: expect.stringMatching(/not reset/) });
    await rm(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('drops the embedded database and seeds the demo again, week 48 scheduled once more', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'concord-reset-'));
    const env = { DATA_DIR: dataDir };
    const week48 = { title: { $like: '%week 48' } };
    try {
      let db = await openDatabase(loadConfig(env), { passwordCost: TEST_PASSWORD_COST });
      const em = db.orm.em.fork();
      const users = await em.count(User);
      const session = await em.findOneOrFail(CalibrationSession, week48);
      session.status = SessionStatus.LIVE;
      session.startedAt = new Date();
      const extra = em.create(User, {
        email: 'extra@example.com',
        name: 'Extra',
        role: Role.MODERATOR,
        market: (await em.findOneOrFail(User, { email: 'admin@concord.demo' })).market,
        passwordHash: 'x',
      });
      await em.flush();
      expect(extra.id).toBeTruthy();
      await db.close();

      let confirmed = '';
      const done = await reset(env, [], async (question) => ((confirmed = question), true));
      expect(done.code, done.out).toBe(0);
      expect(confirmed).toContain(dataDir);

      db = await openDatabase(loadConfig({ ...env, SEED_DEMO: 'false' }));
      try {
        const fresh = db.orm.em.fork();
        expect(await fresh.count(User)).toBe(users);
        expect(await fresh.findOneOrFail(CalibrationSession, week48)).toMatchObject({
          status: SessionStatus.SCHEDULED,
          startedAt: null,
        });
      } finally {
        await db.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
