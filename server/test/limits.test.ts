import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type IntrospectionQuery,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Role } from '../src/modules/identity/role.js';
import { WS_LIMITS } from '../src/app/limits.js';
import { vendorUser } from './support/policy-fixtures.js';
import { closeOf, startTestServer, useTestServer, wsExecute, type TestServer } from './support/test-server.js';

const server = useTestServer();

type Reply = { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown };
const codeOf = (reply: Reply | { message: string; extensions?: Record<string, unknown> }[]) =>
  (Array.isArray(reply) ? reply : reply.errors)?.[0]?.extensions?.['code'];

async function post(s: TestServer, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

/** Nothing a client gets may show the server's files or a stack. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/\/work\/|\/home\/|node_modules|\.[jt]s:\d+|\n\s+at \S/);
}

/** `$v` of every mutation argument that carries text somewhere, with NUL in that text. */
async function mutationsWithText(s: TestServer, token: string) {
  const reply = await s.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, token);
  const schema = buildClientSchema(reply.data!);
  const found: { name: string; query: string; value: (text: string) => unknown }[] = [];
  /** A value of `type` whose first text field holds `text` (only that field: the guard runs first). */
  const withText = (type: GraphQLInputType, text: string, depth = 0): unknown => {
    const named = getNamedType(type);
    if (isScalarType(named)) return named.name === 'String' || named.name === 'ID' ? text : undefined;
    if (!isInputObjectType(named) || depth > 3) return undefined;
    for (const field of Object.values(named.getFields())) {
      const inner = withText(field.type, text, depth + 1);
      if (inner !== undefined) return { [field.name]: inner };
    }
    return undefined;
  };
  for (const field of Object.values(schema.getMutationType()!.getFields())) {
    for (const arg of field.args) {
      if (withText(arg.type, 'x') === undefined) continue;
      const selection = isScalarType(getNamedType(field.type)) ? '' : '{ __typename }';
      const typeName = isNonNullType(arg.type) ? String(arg.type) : `${String(arg.type)}`;
      found.push({
        name: `${field.name}(${arg.name})`,
        query: `mutation($v: ${typeName}) { ${field.name}(${arg.name}: $v) ${selection} }`,
        value: (text) => withText(arg.type, text),
      });
      break;
    }
  }
  return found;
}

describe('text Concord cannot store', () => {
  it('refuses a NUL or a lone surrogate in any mutation’s text, on HTTP and websockets alike', async () => {
    const s = server();
    const { token } = await vendorUser(s, Role.ADMIN);
    const mutations = await mutationsWithText(s, token);
    expect(mutations.length).toBeGreaterThan(30);
    const client = s.wsClient({ authorization: `Bearer ${token}` });
    for (const [bad, what] of [
      ['a\u0000b', 'NUL'],
      ['a\uD800b', 'surrogate'],
      ['\uDFFFz', 'surrogate'],
    ] as const) {
      for (const mutation of mutations) {
        const variables = { v: mutation.value(bad) };
        const http = await s.gql(mutation.query, variables, token);
        expect(codeOf(http), `${mutation.name} over HTTP with a ${what}`).toBe('BAD_USER_INPUT');
        expect(http.errors![0]!.message).toMatch(what === 'NUL' ? /NUL character/ : /lone UTF-16 surrogate/);
        const ws = await wsExecute(client, mutation.query, variables).catch((errors: Reply['errors']) => ({ errors }));
        expect(codeOf(ws), `${mutation.name} over a websocket with a ${what}`).toBe('BAD_USER_INPUT');
      }
    }
    // In the document itself, and nested in a list.
    const literal = await s.gql('mutation { signIn(input: { email: "a\\u0000@b.c", password: "x" }) { token } }');
    expect(codeOf(literal)).toBe('BAD_USER_INPUT');
    expect(literal.errors![0]!.message).toMatch(/the query at line 1/);
    // A pair of surrogates is a character like any other (an emoji): not refused for that.
    const emoji = await s.gql('mutation($i: SignInInput!) { signIn(input: $i) { token } }', {
      i: { email: 'nobody@example.com', password: 'wrong 😀 password' },
    });
    expect(codeOf(emoji)).toBe('UNAUTHENTICATED');
  });
});

describe('limits fail closed', () => {
  it('refuses a document of too many tokens, or one whose cost cannot be estimated, on both transports', async () => {
    const s = server();
    const { token } = await vendorUser(s);
    const spreads = `query { me { ${Array.from({ length: 3_000 }, () => '...F').join(' ')} } } fragment F on User { id }`;
    const http = await s.gql(spreads, {}, token);
    expect(codeOf(http)).toBe('GRAPHQL_PARSE_FAILED');
    const client = s.wsClient({ authorization: `Bearer ${token}` });
    const ws = await wsExecute(client, spreads).catch((errors: Reply['errors']) => ({ errors }));
    expect(codeOf(ws)).toBe('GRAPHQL_PARSE_FAILED');
    // Under the token and depth limits, but over the estimator's own node limit (10,000):
    // refused, not run (the estimator threw, and that counted as under the limit).
    const fields = 'id name email role active createdAt leadsTeam { id } market { code } team { id }';
    const nested = `query { me { ${Array.from({ length: 1_200 }, () => '...F').join(' ')} } } fragment F on User { ${fields} }`;
    const nestedHttp = await s.gql(nested, {}, token);
    expect(codeOf(nestedHttp)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(nestedHttp.errors![0]!.message).toMatch(/could not estimate/);
    const nestedWs = await wsExecute(client, nested).catch((errors: Reply['errors']) => ({ errors }));
    expect(codeOf(nestedWs)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('describes the schema to signed-in users only, in production', async () => {
    const s = server();
    const anonymous = await s.gql('{ __schema { queryType { name } } }');
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(codeOf(await s.gql('{ __type(name: "User") { name } }'))).toBe('UNAUTHENTICATED');
    const { token } = await vendorUser(s, Role.MODERATOR);
    expect((await s.gql('{ __schema { queryType { name } } }', {}, token)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    expect((await s.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const development = await startTestServer({ NODE_ENV: 'development' });
    try {
      expect((await development.gql('{ __schema { queryType { name } } }')).errors).toBeUndefined();
    } finally {
      await development.concord.stop();
    }
  });
});

describe('requests that cannot be read', () => {
  it('answers GraphQL-shaped JSON without a stack or a path, and writes nothing', async () => {
    const s = server();
    const cases: { body: string; headers: Record<string, string>; status: number; reason: string }[] = [
      { body: '{"query": "{ __typename }"', headers: {}, status: 400, reason: 'MALFORMED_JSON' },
      { body: `{"query": "${'x'.repeat(1_100_000)}"}`, headers: {}, status: 413, reason: 'BODY_TOO_LARGE' },
      {
        body: '{"query": "{ __typename }"}',
        headers: { 'content-type': 'application/json; charset=latin1' },
        status: 415,
        reason: 'UNSUPPORTED_CHARSET',
      },
      {
        body: '{"query": "{ __typename }"}',
        headers: { 'content-encoding': 'br-nonsense' },
        status: 415,
        reason: 'UNSUPPORTED_ENCODING',
      },
    ];
    for (const c of cases) {
      const reply = await post(s, c.body, c.headers);
      expect(reply.status, c.reason).toBe(c.status);
      expect(reply.type).toMatch(/application\/json/);
      const json = JSON.parse(reply.text) as Reply;
      expect(json.errors![0]!.extensions).toMatchObject({ code: 'BAD_REQUEST', reason: c.reason });
      expectNoInternals(reply.text);
    }
  });

  it('sends the security headers, and keeps source maps on the server', async () => {
    const dist = await mkdtemp(path.join(os.tmpdir(), 'concord-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Concord</title>');
    await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    await writeFile(path.join(dist, 'assets', 'index-abc123.js.map'), '{"sources":["/work/secret.ts"]}');
    await writeFile(path.join(dist, 'assets', 'index-abc123.js.br'), brotliCompressSync('console.log(1)'));
    await writeFile(path.join(dist, 'assets', 'index-abc123.js.gz'), gzipSync('console.log(1)'));
    const s = await startTestServer({ CLIENT_DIST: dist });
    try {
      const page = await fetch(`${s.url}/analytics`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      // The build's brotli copy where the browser takes it, else gzip, else the file itself.
      for (const [accept, encoding] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
        ['identity', null],
      ] as const) {
        const asset = await fetch(`${s.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': accept } });
        expect(asset.status).toBe(200);
        expect(asset.headers.get('content-encoding'), accept).toBe(encoding);
        expect(asset.headers.get('content-type')).toMatch(/javascript/);
        expect(asset.headers.get('cache-control')).toMatch(/immutable/);
        expect(asset.headers.get('vary')).toMatch(/accept-encoding/i);
        expect(await asset.text()).toBe('console.log(1)'); // fetch decodes what it was sent
      }
      expect((await fetch(`${s.url}/assets/index-abc123.js.map`)).status).toBe(404);
    } finally {
      await s.concord.stop();
    }
  });
});

describe('websockets', () => {
  it('answers a bad operation with its error, frees its slot and keeps the socket', async () => {
    const s = server();
    const { token } = await vendorUser(s);
    const client = s.wsClient({ authorization: `Bearer ${token}` });
    let closed = false;
    client.on('closed', () => {
      closed = true;
    });
    const refusals = [
      ['{ me { id ', 'GRAPHQL_PARSE_FAILED'],
      ['{ me { noSuchField } }', 'GRAPHQL_VALIDATION_FAILED'],
      ['query($n: Boolean!) { me @include(if: $n) { id } }', 'BAD_USER_INPUT'],
    ] as const;
    // Twice the slots a socket has: none of them may keep one.
    for (let i = 0; i < WS_LIMITS.maxSubscriptions * 2; i++) {
      const [query, code] = refusals[i % refusals.length]!;
      const errors = await wsExecute(client, query, { n: 'not a number' }).then(
        () => null,
        (e: Reply['errors']) => e,
      );
      expect(codeOf(errors!), query).toBe(code);
      // The same code as on HTTP.
      expect(codeOf(await s.gql(query, { n: 'not a number' }, token)), query).toBe(code);
    }
    const ok = await wsExecute<{ me: { email: string } }>(client, '{ me { email } }');
    expect(ok.data?.me.email).toMatch(/@vendor\.test$/);
    expect(closed).toBe(false);
  });

  it('caps the sockets of one account, and those an address has waiting to sign in', async () => {
    const s = server();
    const { token } = await vendorUser(s, Role.MODERATOR);
    const clients = Array.from({ length: WS_LIMITS.maxSocketsPerUser }, () =>
      s.wsClient({ authorization: `Bearer ${token}` }),
    );
    for (const client of clients) await wsExecute(client, '{ me { id } }');
    const extra = s.wsClient({ authorization: `Bearer ${token}` });
    const refused = await closeOf(extra);
    expect(refused.code).toBe(4429);
    expect(refused.reason).toMatch(/Too many connections/);
    // One closes: there is room again.
    await clients[0]!.dispose();
    const again = s.wsClient({ authorization: `Bearer ${token}` });
    await expect(wsExecute(again, '{ me { id } }')).resolves.toMatchObject({
      data: { me: { id: expect.any(String) } },
    });

    // Raw sockets that never send connection_init.
    const url = s.url.replace('http', 'ws') + '/graphql';
    const open = (socket: WebSocket) =>
      new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      });
    const waiting: WebSocket[] = [];
    try {
      for (let i = 0; i < WS_LIMITS.maxPendingSocketsPerAddress; i++) {
        const socket = new WebSocket(url, 'graphql-transport-ws');
        waiting.push(socket);
        await open(socket);
      }
      const oneTooMany = new WebSocket(url, 'graphql-transport-ws');
      waiting.push(oneTooMany);
      const code = await new Promise<number>((resolve) => oneTooMany.once('close', (c) => resolve(c)));
      expect(code).toBe(4429);
    } finally {
      for (const socket of waiting) socket.terminate();
    }
  });
});
