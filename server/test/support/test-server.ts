import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import WebSocket from 'ws';
import { startConcord, type RunningConcord } from '../../src/app/bootstrap.js';
import { loadConfig, type Config } from '../../src/config.js';
import { TEMPLATE_DB, TEST_JWT_SECRET, TEST_PASSWORD_COST } from './constants.js';

export type GraphQLResponse<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string } & Record<string, unknown>;
  }[];
};

export type TestServer = {
  url: string;
  concord: RunningConcord;
  databaseUrl: string;
  gql: <T = any>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<GraphQLResponse<T>>;
  signIn: (email: string, password?: string) => Promise<string>;
  wsClient: (connectionParams?: Record<string, unknown>) => Client;
};

/** A fresh database cloned from the migrated, seeded template; one per test file. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const name = `concord_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await client.end();
  return adminUrl.replace(/\/[^/]*$/, `/${name}`);
}

export type TestServerOptions = {
  /** scrypt cost of new hashes (and of the unknown-email check); the cheap test cost by default. */
  passwordCost?: { N: number; r: number; p: number };
};

export async function startTestServer(
  overrides: Record<string, string> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const databaseUrl = await createTestDatabase();
  const config: Config = loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    JWT_SECRET: TEST_JWT_SECRET,
    DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'concord-test-data-')),
    CLIENT_DIST: path.join(os.tmpdir(), 'concord-no-client'),
    // The suite shares two cores with the browser suite: an import or a rehash slowed past the
    // 10 s default there says nothing about the code. deadline.test.ts sets its own limits.
    REQUEST_DEADLINE_MS: '60000',
    ...overrides,
  });
  const concord = await startConcord(config, { passwordCost: options.passwordCost ?? TEST_PASSWORD_COST });
  const base = `http://127.0.0.1:${concord.port}`;
  const sockets: Client[] = [];
  const server: TestServer = {
    url: base,
    concord,
    databaseUrl,
    async gql(query, variables, token) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    async signIn(email, password = 'concord') {
      const result = await server.gql<{ signIn: { token: string } }>(
        'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
        { input: { email, password } },
      );
      if (!result.data?.signIn) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
      return result.data.signIn.token;
    },
    wsClient(connectionParams) {
      const client = createClient({
        url: `ws://127.0.0.1:${concord.port}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => {},
      });
      sockets.push(client);
      return client;
    },
  };
  const stop = concord.stop;
  concord.stop = async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await stop();
  };
  return server;
}

/** Starts a server for the file and always stops it, even when a test fails. */
export function useTestServer(overrides?: Record<string, string>, options?: TestServerOptions): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(overrides, options);
  });
  afterAll(async () => {
    await server?.concord.stop();
  });
  return () => {
    if (!server) throw new Error('the test server has not started');
    return server;
  };
}

/** Runs one operation over a graphql-ws client and resolves with its first result. */
export function wsExecute<T = any>(client: Client, query: string, variables?: Record<string, unknown>) {
  return new Promise<GraphQLResponse<T>>((resolve, reject) => {
    let result: GraphQLResponse<T> | undefined;
    client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          result ??= value as GraphQLResponse<T>;
        },
        error: reject,
        complete: () => (result ? resolve(result) : reject(new Error('completed with no result'))),
      },
    );
  });
}

/** Resolves with the close event's code and reason when the server closes the socket. */
export function closeOf(client: Client) {
  return new Promise<{ code: number; reason: string }>((resolve) => {
    client.on('closed', (event) => {
      const { code, reason } = event as { code: number; reason: string };
      resolve({ code, reason: String(reason) });
    });
  });
}
