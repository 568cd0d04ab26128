/**
 * Lighthouse (performance and accessibility) on a served page, desktop and mobile, in the same
 * Chromium (CHROME_PATH or CHROMIUM_PATH, default /usr/bin/chromium): Lighthouse drives it over
 * the DevTools protocol and needs no network beyond the served app. Mobile uses Lighthouse's
 * default simulated throttling (slow 4G, 4× CPU slowdown); desktop its desktop preset.
 *
 * Run alone, it prints the diagnostics behind each score (the score scales with the machine's
 * load, the diagnostics say what is in our hands):
 *   npx tsx scripts/bench-web/lighthouse.ts [--dir dist] [--pages dashboard,indicator,compare]
 *     [--form desktop|mobile|both] [--target static|server] [--warm]
 * `--target server` runs the production server (`npm start`) over the build instead of a static
 * host, on a throwaway database; `--warm` asks for each page once first, as an earlier reader
 * would have, so the server sends the page it kept (ADR 0094) rather than drawing it.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { argument, isMainModule } from '../lib/cli';
import { startAppServer } from './app-server';
import { serveDir } from './browser';
import { pagesFor } from './pages';
import {
  diagnosticsOf,
  printDiagnostics,
  type LighthouseDiagnostics,
} from './lighthouse-diagnostics';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  diagnostics?: LighthouseDiagnostics;
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

/**
 * One Lighthouse run, retried once if Lighthouse itself failed (a `runtimeError`, or no
 * performance score): a failed run scores 0, which says nothing about the page. Seen once in a
 * bench run's 12 (the server's dashboard, mobile, no paint recorded); run alone twice after, 94.
 */
export async function runLighthouse(
  url: string,
  formFactor: 'desktop' | 'mobile',
): Promise<LighthouseScores> {
  const first = await runLighthouseOnce(url, formFactor);
  if (!first.runtimeError) return first;
  console.warn(`Lighthouse failed on ${url} (${formFactor}): ${first.runtimeError}; once more`);
  const second = await runLighthouseOnce(url, formFactor);
  if (second.runtimeError)
    throw new Error(`Lighthouse failed twice on ${url} (${formFactor}): ${second.runtimeError}`);
  return second;
}

async function runLighthouseOnce(
  url: string,
  formFactor: 'desktop' | 'mobile',
): Promise<LighthouseScores & { runtimeError?: string }> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, runtimeError } = result.lhr;
    if (runtimeError || categories.performance?.score == null) {
      return {
        performance: 0,
        accessibility: 0,
        runtimeError: runtimeError
          ? `${runtimeError.code}: ${runtimeError.message}`
          : 'no performance score',
      };
    }
    return {
      performance: score(categories.performance.score),
      accessibility: score(categories.accessibility?.score),
      diagnostics: diagnosticsOf(result.lhr),
    };
  } finally {
    chrome.kill();
  }
}

if (isMainModule(import.meta.url)) {
  const outDir = argument('dir') ?? 'dist';
  const only = (argument('pages') ?? 'dashboard,indicator,compare').split(',');
  const form = argument('form') ?? 'both';
  const forms = form === 'both' ? (['desktop', 'mobile'] as const) : [form as 'desktop' | 'mobile'];
  const served =
    argument('target') === 'server'
      ? await startAppServer(process.cwd(), outDir)
      : await serveDir(process.cwd(), outDir);
  try {
    for (const page of pagesFor(outDir).filter((candidate) => only.includes(candidate.name)))
      for (const formFactor of forms) {
        const url = new URL(page.path, served.baseUrl).href;
        if (process.argv.includes('--warm')) await (await fetch(url)).text();
        const result = await runLighthouse(url, formFactor);
        console.log(
          `\n${page.name} (${formFactor}): performance ${result.performance}, accessibility ${result.accessibility}`,
        );
        if (result.diagnostics) printDiagnostics(result.diagnostics);
      }
  } finally {
    await served.close();
  }
}
