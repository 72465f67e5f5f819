import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// vitest transpiles with esbuild, which emits no decorator metadata; type-graphql and
// MikroORM read `design:type`, so SWC does the transform (same options as .swcrc).
const swcPlugin = () =>
  swc.vite({
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      target: 'es2022',
      keepClassNames: true,
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
  });

// graphql 16 ships index.mjs (its `module` field) and index.js. Node loads index.js for
// type-graphql and Apollo, but Vite would give our sources index.mjs: two GraphQLError
// classes, and `instanceof` fails (the dual-package hazard). Point both at Node's choice.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');
const resolve = { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] };

/**
 * Integration files that hold a worker for a minute or more (visibility-walk.test.ts: over two).
 * Vitest orders files it has no timings for (a clean clone: CI) by size, largest first, and
 * these are small: they started last, and the run ended on one of them alone.
 */
const LONG_FILES = ['visibility-walk', 'startup', 'demo-reset', 'crash-restart', 'deadline', 'calibration-races'];

/** Vitest's order, but the long integration files first, longest first. */
class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = LONG_FILES.findIndex((name) => file.moduleId.endsWith(`/test/${name}.test.ts`));
      return at < 0 ? LONG_FILES.length : at;
    };
    const sorted = await super.sort(files);
    return sorted
      .map((file, at) => ({ file, at }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.at - b.at)
      .map(({ file }) => file);
  }
}

export default defineConfig({
  plugins: [swcPlugin()],
  resolve,
  test: {
    sequence: { sequencer: LongFilesFirst },
    projects: [
      {
        plugins: [swcPlugin()],
        resolve,
        // Pure functions: one module graph per worker (22 s → 9 s; imports were most of it).
        test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node', isolate: false },
      },
      {
        plugins: [swcPlugin()],
        resolve,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          // Bounds against a hang, not against a slow machine: in `pnpm test` this lane runs at
          // a lower priority beside the browser suite, where CPU-bound tests ran 10-15x slower
          // than alone (the text-walk in limits.test.ts: 1.9 s alone, past 30 s in CI).
          // What a test asserts about time, it asserts itself.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Each file starts its own server on its own database, so files need no module
          // isolation: sharing the imported server per worker saved 55 s of imports. Two
          // workers: several files mostly wait on processes they start (156 s → 104 s alone).
          isolate: false,
          maxWorkers: 2,
        },
      },
    ],
  },
});
