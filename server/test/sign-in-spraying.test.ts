import { describe, expect, it } from 'vitest';
import { Role } from '../src/modules/identity/role.js';
import { vendorUser } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';

const server = useTestServer({ LOGIN_ATTEMPTS_PER_MINUTE: '100', LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE: '5' });

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';

describe('password spraying from one address', () => {
  it('is refused after a few failures over different emails; right passwords do not count', async () => {
    const s = server();
    const people = await Promise.all([1, 2, 3].map(() => vendorUser(s, Role.MODERATOR)));
    // Right passwords, more than the limit: none is refused.
    for (let i = 0; i < 8; i++) {
      const reply = await s.gql(SIGN_IN, { input: { email: people[i % 3]!.email, password: 'concord' } });
      expect(reply.errors, `right sign-in ${i}`).toBeUndefined();
    }
    // One password over many accounts: each email is tried once, so only the address limit can stop it.
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const reply = await s.gql(SIGN_IN, { input: { email: `sprayed.${i}@example.com`, password: 'Summer2026!' } });
      codes.push(String(reply.errors?.[0]?.extensions?.code));
    }
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED', 'RATE_LIMITED']);
    const refused = await s.gql(SIGN_IN, { input: { email: people[0]!.email, password: 'concord' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
  });
});
