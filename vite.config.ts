import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { APP_START_CHUNK, appStartPreload } from './scripts/lib/app-start.ts';
import { appShellFallback } from './scripts/prerender/preview-fallback.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const appStart = appStartPreload();

export default defineConfig({
  plugins: [react(), appShellFallback(), appStart.plugin],
  resolve: {
    alias: {
      '@': fromRoot('./src'),
      '@mocks': fromRoot('./mocks'),
      '@test': fromRoot('./test'),
      '@server': fromRoot('./server'),
      // wouter reads the history through the `use-sync-external-store` shim, written for React
      // before 18; React 19 has the hook itself, so the shim's code is dead weight in every
      // page's first view (ADR 0090).
      'use-sync-external-store/shim/index.js': 'react',
    },
  },
  // The prerender step reads which stylesheets and chunks each page's code needs
  // (scripts/lib/page-assets.ts).
  build: {
    manifest: true,
    // The page links the app's chunks itself (ADR 0095, scripts/lib/app-start.ts). No polyfill:
    // every browser the app supports has modulepreload, and it cost every page 0.3 KB.
    modulePreload: { polyfill: false, resolveDependencies: appStart.resolveDependencies },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // src/domain/rating*.ts are one set of rules split by job (issue 16): one chunk, as when
          // they were one module. As six chunks they cost the dashboard's first view 1.1 KB gzip.
          groups: [
            // The app start module and all it imports statically, as when they were the entry
            // (ADR 0095): as a lazy chunk, Rolldown split six shared modules out of it into
            // chunks of their own, 1.3 KB more on the dashboard's first view.
            // The loader for lazy chunks stays out of it: the entry uses it to load the app.
            { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 3 },
            { name: APP_START_CHUNK, test: /[\\/]src[\\/]app[\\/]start\.tsx$/, priority: 2 },
            { name: 'rating', test: /[\\/]src[\\/]domain[\\/]rating/, priority: 1 },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'server/**/*.test.ts',
      'scripts/**/*.test.ts',
      'test/**/*.test.{ts,tsx}',
    ],
    exclude: ['test/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // Route tests render the app over the mock API; findBy* waits 25 s (test/setup.ts) inside this.
    testTimeout: 60_000,
    // A server test file's beforeAll opens a database, migrates it and assesses the fixture dataset.
    hookTimeout: 60_000,
    // Chart code reads its colours from this stylesheet as text (src/ui/chart/chart-tokens.ts);
    // Vitest blanks other CSS.
    css: { include: [/chart-tokens\.css/] },
  },
});
