/**
 * Browser tests: Chromium (Debian's /usr/bin/chromium, driven by playwright-core) against the
 * production build served locally. Runs every journey in test/e2e/journeys/*.ts.
 *   npm run test:e2e                 all journeys
 *   npm run test:e2e -- smoke        only tests whose "file › name" contains "smoke"
 *   npm run test:e2e -- --server     the same journeys against the Ragstone server (server/main.ts)
 * Prints each result and finally "N passed, N failed"; exits 1 on any failure.
 * CHROMIUM_PATH overrides the browser; screenshots go to test/e2e/screenshots/.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { E2eTest } from './lib/e2e-test';
import { DESKTOP, screenshotDir, screenshotName } from './lib/page';
import { ensureBuild, serveBuild, startRagstoneServer } from './lib/server';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const target: 'static' | 'server' = process.argv.includes('--server') ? 'server' : 'static';
const DEFAULT_TIMEOUT = 60_000;

interface NamedTest extends E2eTest {
  fullName: string;
}

function isE2eTest(value: unknown): value is E2eTest {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    typeof value.name === 'string' &&
    'run' in value &&
    typeof value.run === 'function'
  );
}

async function loadTests(): Promise<NamedTest[]> {
  const dir = join(here, 'journeys');
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .sort();
  const all: NamedTest[] = [];
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(join(dir, file)).href);
    const tests =
      typeof module === 'object' && module !== null && 'tests' in module ? module.tests : undefined;
    if (!Array.isArray(tests) || !tests.every(isE2eTest)) {
      throw new Error(`test/e2e/journeys/${file} must export "tests": a list of { name, run }`);
    }
    for (const test of tests)
      all.push({ ...test, fullName: `${basename(file, '.ts')} › ${test.name}` });
  }
  // Stable sort: journeys that change published figures keep their order, after all the others.
  return all
    .filter(
      (test) =>
        (test.target === undefined || test.target === target) &&
        (filters.length === 0 || filters.some((f) => test.fullName.includes(f))),
    )
    .sort(
      (a, b) =>
        Number(a.changesPublishedFigures === true) - Number(b.changesPublishedFigures === true),
    );
}

function withTimeout<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${name} took longer than ${ms / 1000}s`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

async function runTest(browser: Browser, baseUrl: string, test: NamedTest): Promise<string | null> {
  const context = await browser.newContext({
    viewport: DESKTOP,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page: Page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`uncaught error in the page: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (test.allowConsoleErrors?.some((pattern) => pattern.test(text))) return;
    const { url } = message.location();
    pageErrors.push(`console error: ${text}${url ? ` (${url})` : ''}`);
  });
  try {
    await withTimeout(test.run({ page, baseUrl }), test.timeout ?? DEFAULT_TIMEOUT, test.fullName);
    if (pageErrors.length > 0) throw new Error(pageErrors.join('\n'));
    return null;
  } catch (error) {
    const path = join(screenshotDir, `FAILED-${screenshotName(test.fullName)}.png`);
    await page.screenshot({ path, fullPage: true }).catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    const extra = pageErrors.length > 0 ? `\n${pageErrors.join('\n')}` : '';
    return `${message}${extra}\nscreenshot: ${path.replace(`${root}/`, '')}`;
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  if (!existsSync(executablePath)) {
    console.error(
      `No Chromium at ${executablePath}. Install Debian's: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
    console.log('0 passed, 1 failed');
    return 1;
  }
  const tests = await loadTests();
  // A failure screenshot from an earlier run would suggest a failure that no longer happens.
  mkdirSync(screenshotDir, { recursive: true });
  for (const file of readdirSync(screenshotDir).filter((name) => name.startsWith('FAILED-'))) {
    rmSync(join(screenshotDir, file));
  }
  ensureBuild(root);
  const server = target === 'server' ? await startRagstoneServer(root) : await serveBuild(root);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    // The sandbox needs privileges CI containers lack; the rest keep Chromium off the network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let passed = 0;
  let failed = 0;
  try {
    console.log(
      `Browser tests against the ${target === 'server' ? 'Ragstone server' : 'static build'} at ${server.baseUrl} (${tests.length} ${tests.length === 1 ? 'test' : 'tests'})`,
    );
    for (const test of tests) {
      const started = Date.now();
      const failure = await runTest(browser, server.baseUrl, test);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (failure === null) {
        passed += 1;
        console.log(`  ✓ ${test.fullName} (${seconds}s)`);
      } else {
        failed += 1;
        console.log(
          `  ✗ ${test.fullName} (${seconds}s)\n    ${failure.split('\n').join('\n    ')}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (tests.length === 0) {
    console.log(filters.length > 0 ? `No test matches ${filters.join(', ')}.` : 'No tests found.');
    failed += 1;
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
