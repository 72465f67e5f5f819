import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

const api = `http://127.0.0.1:${process.env.CONCORD_API_PORT ?? 4000}`;

export default defineConfig({
  // Brotli and gzip copies beside each asset, written once at build time: the server sends
  // them as they are (express-static-gzip) instead of compressing on every request.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': api,
      '/readyz': api,
      '/demo-media': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next)[\\/]/,
            },
            { name: 'graphql', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // One jsdom per worker, not per file: building it for each of 40 files took 25 of the
    // suite's 59 s (75 s of CPU; 9 s and 10 s without). Files clean up after themselves
    // (src/test/setup.ts: unmount, localStorage, mocks restored); shuffled orders pass.
    isolate: false,
    // Beside the other suites on two cores (see src/test/setup.ts): room for a slow render.
    testTimeout: 15_000,
  },
});
