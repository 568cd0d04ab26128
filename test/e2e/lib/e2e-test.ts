import type { Page } from 'playwright-core';

/** What every browser test receives: a fresh page (own browser context) and the app's address. */
export interface E2eContext {
  page: Page;
  /** e.g. `http://127.0.0.1:41234/`; build URLs with `new URL('/path', baseUrl)` or `open()`. */
  baseUrl: string;
}

/** One browser test. Journey files export `tests: E2eTest[]`. */
export interface E2eTest {
  name: string;
  run(context: E2eContext): Promise<void>;
  /** Milliseconds for the whole test; 60 s if not given. */
  timeout?: number;
  /**
   * Console errors fail a test unless they match one of these (for journeys that provoke a
   * failure on purpose). Uncaught page errors always fail.
   */
  allowConsoleErrors?: RegExp[];
  /** Runs only against the static build or only against the server; both when not given. */
  target?: 'static' | 'server';
  /**
   * Publishes or changes published figures or targets. The server journeys share one database,
   * so these run after every journey that reads the published figures and their counts.
   */
  changesPublishedFigures?: boolean;
}
