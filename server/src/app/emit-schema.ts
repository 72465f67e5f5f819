import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../config.js';
import { buildConcordSchema, printConcordSchema } from './schema.js';

const target = path.join(repoRoot, 'schema', 'schema.graphql');
const sdl = printConcordSchema(await buildConcordSchema());
await writeFile(target, sdl);
console.log(`wrote ${path.relative(process.cwd(), target)} (${sdl.split('\n').length} lines)`);
