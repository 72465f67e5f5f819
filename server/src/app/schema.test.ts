import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { buildConcordSchema, printConcordSchema } from './schema.js';

describe('schema/schema.graphql', () => {
  it('is what the server code emits (run `pnpm codegen` after changing the API)', async () => {
    const emitted = printConcordSchema(await buildConcordSchema());
    const committed = await readFile(path.join(repoRoot, 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(emitted);
  });
});
