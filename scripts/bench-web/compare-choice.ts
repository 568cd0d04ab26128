/**
 * Times the 152-authority comparison in Chromium: from the click on an indicator in the compare
 * page's picker (group: every authority) until the chart, its table and the over-time view are
 * drawn, and the longest main-thread task in that window (PerformanceObserver 'longtask').
 *   RAGSTONE_DATASET=data/synthetic npm run build
 *   npx tsx scripts/bench-web/compare-choice.ts [-- --dir dist --runs 7 --group syn-national]
 * Used on its own and by `npm run bench:web`.
 */
import type { Browser, Page } from 'playwright-core';
import { argument, isMainModule } from '../lib/cli';
import { launchChromium, median, serveDir } from './browser';
import { startTaskTrace, stopTaskTrace } from './main-thread-tasks';

export interface ChoiceTiming {
  indicator: string;
  drawnMs: number;
  longestTaskMs: number;
  /** From a Chromium trace of the choice: the longest task's CPU time and all tasks' CPU time. */
  longestTaskCpuMs: number;
  mainThreadCpuMs: number;
}

/**
 * Runs in the page, so it is plain JavaScript text: tsx would wrap named functions in a helper
 * the page does not have. Clicks the picker link for the indicator and waits for both charts.
 */
const CHOOSE_AND_WAIT = `async (id) => {
  const tasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const link = [...document.querySelectorAll('.indicator-picker__list a')].find(
    (a) => new URL(a.href).pathname === '/compare/' + id,
  );
  if (!link) throw new Error('no picker link for ' + id);
  const start = performance.now();
  performance.mark('choose-' + id);
  link.click();
  await new Promise((resolve, reject) => {
    const check = () => {
      const title = document.querySelector('.compare-title')?.textContent ?? '';
      const drawn =
        title.endsWith(' ' + id.replace('ni-', '')) &&
        document.querySelector('.comparison-chart svg') !== null &&
        document.querySelector('.over-time-chart svg') !== null &&
        document.querySelector('[aria-busy="true"]') === null;
      // The frame after the one holding the charts: they have been painted by then.
      if (drawn) requestAnimationFrame(() => setTimeout(resolve, 0));
      else if (performance.now() > start + 20000) reject(new Error(id + ' was not drawn in 20 s'));
      else requestAnimationFrame(check);
    };
    check();
  });
  const drawnMs = performance.now() - start;
  performance.measure('drawn-' + id, 'choose-' + id);
  // Long tasks are reported after they end; give the observer a moment to deliver them.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { drawnMs, longestTaskMs: Math.max(0, ...tasks) };
}`;

async function timeChoice(browser: Browser, page: Page, indicator: string): Promise<ChoiceTiming> {
  await startTaskTrace(browser, page);
  const result = await page.evaluate<{ drawnMs: number; longestTaskMs: number }>(
    `(${CHOOSE_AND_WAIT})(${JSON.stringify(indicator)})`,
  );
  const tasks = await stopTaskTrace(browser);
  return {
    indicator,
    ...result,
    longestTaskCpuMs: tasks.cpuMs,
    mainThreadCpuMs: tasks.totalCpuMs,
  };
}

export async function measureCompareChoice(options: {
  root: string;
  outDir: string;
  runs: number;
  group: string;
}): Promise<ChoiceTiming[]> {
  const served = await serveDir(options.root, options.outDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${served.baseUrl}compare/ni-1?group=${options.group}`);
    await page.waitForSelector('.comparison-chart svg', { timeout: 30_000 });
    // The prerendered page holds the chart before the app has drawn the picker's list: under
    // load the first choice could otherwise look for a link that is not there yet.
    await page.waitForSelector('.indicator-picker__list a[href^="/compare/ni-2"]', {
      timeout: 30_000,
    });
    const timings: ChoiceTiming[] = [];
    // One warm-up choice, then a different indicator each run so every fetch is cold.
    for (let run = 0; run <= options.runs; run += 1) {
      const timing = await timeChoice(browser, page, `ni-${run + 2}`);
      if (run > 0) timings.push(timing);
    }
    return timings;
  } finally {
    await browser.close();
    await served.close();
  }
}

if (isMainModule(import.meta.url)) {
  const timings = await measureCompareChoice({
    root: process.cwd(),
    outDir: argument('dir') ?? 'dist',
    runs: Number(argument('runs') ?? 7),
    group: argument('group') ?? 'syn-national',
  });
  for (const t of timings)
    console.log(
      `${t.indicator}: drawn ${t.drawnMs.toFixed(0)} ms, longest task ${t.longestTaskMs.toFixed(0)} ms; ` +
        `CPU: longest task ${t.longestTaskCpuMs.toFixed(0)} ms, main thread ${t.mainThreadCpuMs.toFixed(0)} ms`,
    );
  console.log(
    `median: drawn ${median(timings.map((t) => t.drawnMs)).toFixed(0)} ms, longest task ${median(timings.map((t) => t.longestTaskMs)).toFixed(0)} ms (budget 150 ms / 100 ms); ` +
      `CPU: longest task ${median(timings.map((t) => t.longestTaskCpuMs)).toFixed(0)} ms, main thread ${median(timings.map((t) => t.mainThreadCpuMs)).toFixed(0)} ms`,
  );
}
