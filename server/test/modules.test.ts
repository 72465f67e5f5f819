import type { EntityManager } from '@mikro-orm/postgresql';
import { graphql } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { servicesOf, startModules } from '../src/app/context.js';
import { modules } from '../src/app/modules.js';
import { buildConcordSchema, printConcordSchema } from '../src/app/schema.js';
import { pingModule } from './fixtures/ping/ping.module.js';
import { useTestServer } from './support/test-server.js';

// A feature is one folder (test/fixtures/ping/) and one line: the array below is
// app/modules.ts's with the new module added. Nothing else in app/ knows about it.
const withPing = [...modules, pingModule] as const;

const server = useTestServer();
const closes: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closes.reverse()) await close();
});

describe('a feature module', () => {
  it('adds its query, services, process-lived parts and bus topic by being in the modules array', async () => {
    const schema = await buildConcordSchema(withPing);
    const sdl = printConcordSchema(schema);
    expect(sdl).toContain('ping: String!');
    // The rest of the schema is Concord's, unchanged.
    expect(sdl.replace(/\n\s*"""Pong[^"]*"""\n\s*ping: String!/, '')).toBe(
      printConcordSchema(await buildConcordSchema()),
    );

    const concord = server().concord;
    const deps = startModules(concord.deps, (close) => closes.push(close), withPing);
    const notices = deps.bus.subscribe('ping', 'fixture')[Symbol.asyncIterator]();
    // Subscribed before the ping: a bus subscription listens from its first `next()`.
    const notice = notices.next();
    await new Promise((resolve) => setImmediate(resolve));
    const em = concord.deps.orm.em.fork() as EntityManager;
    const contextValue = {
      em,
      viewer: null,
      clientIp: 'test',
      services: servicesOf(withPing, { ...deps, em, viewer: null, clientIp: 'test' }),
    };

    // Typed like any other module's: ctx.services.ping is a PingService.
    expect(typeof contextValue.services.ping.ping).toBe('function');
    const result = await graphql({ schema, source: '{ ping }', contextValue });
    expect(result).toEqual({ data: { ping: 'pong 1' } });
    expect((await notice).value).toEqual({ kind: 'pinged', count: 1 });
    await notices.return?.();
  });
});
