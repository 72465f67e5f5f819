import { mkdtemp, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startConcord, StartupError } from '../src/app/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { User } from '../src/modules/identity/user.entity.js';
import { TEST_PASSWORD_COST } from './support/constants.js';
import { startTestServer } from './support/test-server.js';

describe('start-up', () => {
  it('fails with a clear message when DATABASE_URL cannot be reached, and leaves nothing running', async () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://concord:secret@127.0.0.1:1/concord',
      PORT: '0',
      JWT_SECRET: 'x'.repeat(40),
    });
    const error = await startConcord(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(
      /Cannot reach PostgreSQL at DATABASE_URL \(postgres:\/\/concord:\*\*\*@127\.0\.0\.1:1\/concord\)/,
    );
    expect((error as Error).message).not.toContain('secret');
  });

  it('has migrations that match the entities', async () => {
    const server = await startTestServer();
    try {
      expect(await server.concord.deps.orm.getMigrator().checkMigrationNeeded()).toBe(false);
    } finally {
      await server.concord.stop();
    }
  });

  it('keeps an idle connection open longer than pooling clients expect, so their next request is not reset', async () => {
    const server = await startTestServer();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    // Posts on the agent's pooled socket when there is one; says whether it was reused.
    const post = () =>
      new Promise<{ status: number; keepAlive: string | undefined; reused: boolean }>((resolve, reject) => {
        const request = http.request(
          `${server.url}/graphql`,
          { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
          (response) => {
            response.resume();
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                keepAlive: response.headers['keep-alive']?.toString(),
                reused: request.reusedSocket,
              }),
            );
          },
        );
        request.on('error', reject);
        request.end(JSON.stringify({ query: '{ __typename }' }));
      });
    try {
      const first = await post();
      expect(first).toMatchObject({ status: 200, reused: false });
      expect(first.keepAlive).toBe('timeout=65');
      // Node's default would have closed the socket after 5 s (and a client sending just then gets
      // ECONNRESET); past that, the same socket still answers.
      await new Promise((resolve) => setTimeout(resolve, 6_500));
      expect(await post()).toMatchObject({ status: 200, reused: true });
    } finally {
      agent.destroy();
      await server.concord.stop();
    }
  }, 30_000);

  it('keeps the embedded database across restarts and seeds it only once', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'concord-restart-'));
    const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', CLIENT_DIST: path.join(dataDir, 'none') });
    try {
      const first = await startConcord(config, { passwordCost: TEST_PASSWORD_COST });
      expect(first.seed?.created).toBe(true);
      const em = first.deps.orm.em.fork();
      const users = await em.count(User);
      const admin = await em.findOneOrFail(User, { email: 'admin@concord.demo' }, { populate: ['passwordHash'] });
      em.create(User, {
        email: 'extra@concord.demo',
        name: 'Extra',
        role: admin.role,
        market: admin.market,
        passwordHash: admin.passwordHash,
      });
      await em.flush();
      await first.stop();

      const second = await startConcord(config, { passwordCost: TEST_PASSWORD_COST });
      try {
        expect(second.seed?.created).toBe(false);
        expect(await second.deps.orm.em.fork().count(User)).toBe(users + 1);
        const response = await fetch(`http://127.0.0.1:${second.port}/readyz`);
        expect(response.status).toBe(200);
      } finally {
        await second.stop();
      }
      // The secrets beside the data are readable by their owner only.
      expect((await stat(path.join(dataDir, 'postgres-password'))).mode & 0o077).toBe(0);
      expect((await stat(path.join(dataDir, 'jwt-secret'))).mode & 0o077).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
    // A fresh cluster, migrations and the whole demo seed: a minute alone on two cores, and
    // pnpm test runs it beside the browser suite. A bound on hanging, not a speed goal.
  }, 180_000);
});
