import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { Market } from '../src/modules/identity/market.entity.js';
import { hashPassword } from '../src/modules/identity/password.js';
import { Role } from '../src/modules/identity/role.js';
import { User } from '../src/modules/identity/user.entity.js';
import { useTestServer, type TestServer } from './support/test-server.js';

// Costly enough that scrypt, not HTTP, is most of a sign-in's time; cheap enough for a test
// (32 MiB, the production cost is 2^17 and 128 MiB).
const COST = { N: 2 ** 15, r: 8, p: 1 };
const server = useTestServer({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' }, { passwordCost: COST });
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';

async function createUser(s: TestServer, cost = COST) {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const user = em.create(User, {
    email: `timing.${randomUUID().slice(0, 8)}@concord.example`,
    name: 'Timing',
    role: Role.MODERATOR,
    market: await em.findOneOrFail(Market, { code: 'it-IT' }),
    passwordHash: await hashPassword('concord', cost),
  });
  await em.flush();
  return user.email;
}

/** How long one sign-in takes, and what it answered. */
async function timed(s: TestServer, email: string, password: string) {
  const started = performance.now();
  const r = await s.gql(SIGN_IN, { input: { email, password } });
  return { ms: performance.now() - started, code: r.errors?.[0]?.extensions?.code ?? 'OK' };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('sign-in timing', () => {
  it('answers a wrong password and an unknown email in about the time of a right one', async () => {
    const s = server();
    const email = await createUser(s);
    await timed(s, email, 'concord'); // warm-up: first query plans, first scrypt allocation
    const times = { right: [] as number[], wrong: [] as number[], unknown: [] as number[] };
    // Interleaved, so load from elsewhere on the machine falls on all three alike.
    for (let round = 0; round < 5; round++) {
      const right = await timed(s, email, 'concord');
      const wrong = await timed(s, email, 'not the password');
      const unknown = await timed(s, `nobody.${randomUUID().slice(0, 8)}@concord.example`, 'concord');
      expect([right.code, wrong.code, unknown.code]).toEqual(['OK', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
      times.right.push(right.ms);
      times.wrong.push(wrong.ms);
      times.unknown.push(unknown.ms);
    }
    const right = median(times.right);
    const report = JSON.stringify(
      Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(median(v))])),
    );
    // Generous: the same work each way, so equal up to noise; a missing or doubled check shows as 3× or ⅓.
    expect(median(times.wrong) / right, report).toBeLessThan(2);
    expect(median(times.unknown) / right, report).toBeLessThan(2);
    expect(median(times.unknown) / right, report).toBeGreaterThan(0.4);
  });

  it('keeps the event loop turning while it checks passwords', async () => {
    const s = server();
    const email = await createUser(s);
    let last = performance.now();
    let worst = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    try {
      for (const password of ['concord', 'wrong', 'concord']) await timed(s, email, password);
    } finally {
      clearInterval(ticker);
    }
    const took = performance.now() - started;
    // scrypt on the event loop would stall the timer for about a whole check (a third of `took`).
    expect(worst, `longest timer gap ${Math.round(worst)} ms in ${Math.round(took)} ms of sign-ins`).toBeLessThan(
      took / 6,
    );
  });

  it('moves an older hash to the current cost at a right sign-in, so the unknown-email check matches every account', async () => {
    const s = server();
    const email = await createUser(s, { N: 2 ** 10, r: 8, p: 1 });
    const hashOf = async () =>
      (await s.concord.deps.orm.em.fork().findOneOrFail(User, { email }, { populate: ['passwordHash'] })).passwordHash;
    expect((await timed(s, email, 'wrong')).code).toBe('UNAUTHENTICATED');
    expect(await hashOf()).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect((await timed(s, email, 'concord')).code).toBe('OK');
    expect(await hashOf()).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect((await timed(s, email, 'concord')).code).toBe('OK');
  });
});
