/**
 * `npm run bench:web`: the browser budgets of issue 13 on the production build, in Chromium.
 * For each page, 7 runs cold (new browser context) and warm (reload): ready time (navigation
 * start to the page's content on screen) beside a static bound (the same rendered DOM saved as
 * plain HTML without scripts, served by the same server in the same run), the longest main-thread
 * task while loading, and first-view JavaScript (gzip). Then the 152-authority compare choice if
 * the build holds the synthetic dataset. Prints each figure beside its budget; raw numbers go to
 * .bench/web-<date>.json (not committed).
 *   npm run build && npm run bench:web [-- --dir dist --runs 7]
 */
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { argument } from '../lib/cli';
import { launchChromium, median, serveDir } from './browser';
import { measureCompareChoice } from './compare-choice';
import { measureFirstViewJs, PAGES } from './first-view-js';

const root = process.cwd();
const outDir = argument('dir') ?? 'dist';
const runs = Number(argument('runs') ?? 7);

const BUDGET = {
  js: { dashboard: 120, indicator: 150, compare: 150 } as Record<string, number>,
  ready: { dashboard: 1.3, indicator: 1.5, compare: 1.5 } as Record<string, number>,
  longestTask: 100,
  compareDrawn: 150,
};

/** Collects long tasks from the very start of the page's life. */
const OBSERVE_LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;

async function loadOnce(browser: Browser, url: string, ready: string, warm: boolean) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(OBSERVE_LONG_TASKS);
  const page = await context.newPage();
  if (warm) {
    await page.goto(url);
    await page.waitForSelector(ready, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
  }
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 30_000 });
  const readyMs = await page.evaluate<number>('performance.now()');
  await page.waitForLoadState('networkidle');
  const longestTaskMs = await page.evaluate<number>('Math.max(0, ...window.__longTasks)');
  await context.close();
  return { readyMs, longestTaskMs };
}

const served = await serveDir(root, outDir);
const browser = await launchChromium();
const raw: Record<string, unknown> = { date: new Date().toISOString(), outDir, runs };
const boundFiles: string[] = [];
try {
  const pages: Record<string, unknown> = {};
  for (const target of PAGES) {
    const url = new URL(target.path, served.baseUrl).href;
    // The static bound: the rendered page as plain HTML, stylesheets kept, scripts removed.
    const snapshotPage = await browser.newPage();
    await snapshotPage.goto(url);
    await snapshotPage.waitForSelector(target.ready, { timeout: 30_000 });
    await snapshotPage.waitForLoadState('networkidle');
    const html = (await snapshotPage.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    await snapshotPage.close();
    const boundName = `__bound-${target.name}.html`;
    const boundPath = join(resolve(root, outDir), boundName);
    writeFileSync(boundPath, html);
    boundFiles.push(boundPath);
    const boundUrl = new URL(`/${boundName}`, served.baseUrl).href;

    const result: Record<string, number[]> = {};
    for (const warm of [false, true]) {
      const kind = warm ? 'warm' : 'cold';
      for (let run = 0; run < runs; run += 1) {
        const app = await loadOnce(browser, url, target.ready, warm);
        const bound = await loadOnce(browser, boundUrl, target.ready, warm);
        (result[`${kind}ReadyMs`] ??= []).push(app.readyMs);
        (result[`${kind}BoundMs`] ??= []).push(bound.readyMs);
        (result[`${kind}LongestTaskMs`] ??= []).push(app.longestTaskMs);
      }
    }
    pages[target.name] = result;
  }
  const js = await measureFirstViewJs(root, outDir);
  raw.pages = pages;
  raw.firstViewJs = js;
  const isSynthetic = existsSync(join(resolve(root, outDir), 'api', 'compare', 'ni-5.json'));
  if (isSynthetic)
    raw.compareChoice = await measureCompareChoice({ root, outDir, runs, group: 'syn-national' });

  console.log(`bench:web on ${outDir}, ${runs} runs each (medians)\n`);
  console.log('page       | first-view JS gzip | ready / static bound (cold, warm) | longest task');
  for (const target of PAGES) {
    const r = pages[target.name] as Record<string, number[]>;
    const size = js.find((j) => j.page === target.name)?.gzipKb ?? Number.NaN;
    const ratio = (kind: string) =>
      median(r[`${kind}ReadyMs`] ?? []) / median(r[`${kind}BoundMs`] ?? []);
    const longest = Math.max(...(r.coldLongestTaskMs ?? []), ...(r.warmLongestTaskMs ?? []));
    console.log(
      `${target.name.padEnd(10)} | ${size.toFixed(0)} KB (budget ${BUDGET.js[target.name]}) | ` +
        `${ratio('cold').toFixed(2)}× cold (${median(r.coldReadyMs ?? []).toFixed(0)} vs ${median(r.coldBoundMs ?? []).toFixed(0)} ms), ` +
        `${ratio('warm').toFixed(2)}× warm (budget ${BUDGET.ready[target.name]}×) | ` +
        `${median(r.coldLongestTaskMs ?? []).toFixed(0)} ms median, ${longest.toFixed(0)} ms worst (budget ${BUDGET.longestTask})`,
    );
  }
  const choice = raw.compareChoice as { drawnMs: number; longestTaskMs: number }[] | undefined;
  if (choice)
    console.log(
      `\ncompare, 152 authorities: drawn ${median(choice.map((c) => c.drawnMs)).toFixed(0)} ms after the choice (budget ${BUDGET.compareDrawn}), ` +
        `longest task ${median(choice.map((c) => c.longestTaskMs)).toFixed(0)} ms (budget ${BUDGET.longestTask})`,
    );
  else
    console.log('\n(no synthetic dataset in this build: the 152-authority choice was not timed)');
} finally {
  for (const file of boundFiles) rmSync(file, { force: true });
  await browser.close();
  await served.close();
}
mkdirSync(join(root, '.bench'), { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(join(root, '.bench', `web-${stamp}.json`), JSON.stringify(raw, null, 2));
writeFileSync(join(root, '.bench', 'web-latest.json'), JSON.stringify(raw, null, 2));
console.log(`raw numbers: .bench/web-${stamp}.json`);
