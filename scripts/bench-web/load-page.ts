/**
 * One page load in Chromium, timed: navigation start to the page's content (`performance.now()`
 * once the load event has fired and the page's own main thread finds the ready element: see
 * `readyAt`) and the longest main-thread task until the network is idle (PerformanceObserver
 * 'longtask', buffered from the start), or its CPU time from a Chromium trace. Also the static
 * bound (the rendered DOM saved as HTML without scripts) and the longest task while a filter
 * changes.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTaskTrace, stopTaskTrace } from './main-thread-tasks';

/** Collects long tasks from the very start of the page's life. */
const OBSERVE_LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;

const VIEWPORT = { width: 1366, height: 768 };

/**
 * Runs `script`, a function written as source text, in the page's own world with `selector`, and
 * returns the time it resolves with. Source text, not a function: the script runner (tsx) wraps
 * functions in a helper the page lacks.
 */
async function timeInPage(page: Page, script: string, selector: string): Promise<number> {
  return page.evaluate<number>(`(${script})(${JSON.stringify(selector)})`);
}

const READY_AT = `(wanted) => new Promise((resolve, reject) => {
  if (document.querySelector(wanted)) { resolve(performance.now()); return; }
  const timer = setTimeout(() => {
    observer.disconnect();
    reject(new Error(wanted + ' did not appear within 30 s'));
  }, 30000);
  const observer = new MutationObserver(() => {
    if (!document.querySelector(wanted)) return;
    observer.disconnect();
    clearTimeout(timer);
    requestAnimationFrame(() => resolve(performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})`;

/**
 * When the page's main thread finds `selector`: at once if it is there, else at the animation
 * frame after it is inserted (the frame that draws it). The check runs in the page's own world, a
 * few microseconds of script. Playwright's `waitForSelector` first compiles Playwright's injected
 * script into an isolated world (40–50 ms of main-thread work in a fresh renderer): that cost was
 * in every ready time, and it queued behind and beside the app's start, so it also widened the
 * gap to the static bound, which has no script to queue behind. Probed on the server's dashboard,
 * 9 loads each, median: warm 203 ms vs bound 156 ms with `waitForSelector`, 118 vs 116 with this
 * check; cold 353 vs 311 with this check.
 */
async function readyAt(page: Page, selector: string): Promise<number> {
  return timeInPage(page, READY_AT, selector);
}

export interface LoadTiming {
  readyMs: number;
  /** When React had taken over the ready element (asked with `hydrated`): reported, not judged. */
  hydratedMs?: number;
  /** Wall time, as the page's PerformanceObserver reports it. */
  longestTaskMs: number;
  /** CPU time of the longest main-thread task (main-thread-tasks.ts); only on a traced load. */
  longestTaskCpuMs?: number;
}

const HYDRATED_AT = `(wanted) => new Promise((resolve) => {
  const check = () => {
    const element = document.querySelector(wanted);
    if (element && Object.keys(element).some((key) => key.startsWith('__reactFiber$'))) resolve(performance.now());
    else if (performance.now() > 30000) resolve(Number.NaN);
    else requestAnimationFrame(check);
  };
  check();
})`;

/**
 * When React has taken over the element (its fiber is on the node), checked once an animation
 * frame: the drawn page is readable from its first paint, and its filters answer from here on.
 */
async function hydratedAt(page: Page, selector: string): Promise<number> {
  return timeInPage(page, HYDRATED_AT, selector);
}

/**
 * `hydrated`: also time when React has taken over the page (the app's loads, not the bound's).
 * `traceTasks`: record a Chromium trace of the load for the longest task's CPU time. A traced load
 * is not a fair ready time: tracing costs the page for every task and script it runs, so it slowed
 * the app (hundreds of tasks) far more than its static bound (a handful). Probed on the server's
 * home page, 7 cold loads each: ready ÷ bound 1.09× untraced, 1.40× and 1.45× traced. The bench
 * times ready on untraced loads and the longest task on loads of its own.
 */
export async function loadOnce(
  browser: Browser,
  url: string,
  ready: string,
  options: { warm: boolean; hydrated?: boolean; traceTasks?: boolean },
): Promise<LoadTiming> {
  const { warm, hydrated = false, traceTasks = false } = options;
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(OBSERVE_LONG_TASKS);
  const page = await context.newPage();
  try {
    if (warm) {
      await page.goto(url);
      await page.waitForSelector(ready, { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
    }
    if (traceTasks) await startTaskTrace(browser, page);
    await page.goto(url);
    const readyMs = await readyAt(page, ready);
    const hydratedMs = hydrated ? await hydratedAt(page, ready) : undefined;
    await page.waitForLoadState('networkidle');
    const longestTaskMs = await page.evaluate<number>('Math.max(0, ...window.__longTasks)');
    if (!traceTasks) return { readyMs, hydratedMs, longestTaskMs };
    // This load's own tasks: the page's address as it ended up (after any redirect).
    const tasks = await stopTaskTrace(browser, page.url());
    return { readyMs, hydratedMs, longestTaskMs, longestTaskCpuMs: tasks.cpuMs };
  } finally {
    await context.close();
  }
}

/**
 * Writes the page as rendered (stylesheets kept, scripts removed) into the served folder and
 * returns its address and a function removing it: the lower bound for the same content.
 */
export async function writeStaticBound(
  browser: Browser,
  options: { url: string; ready: string; servedDir: string; baseUrl: string; name: string },
): Promise<{ url: string; remove(): void }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(options.url);
  await page.waitForSelector(options.ready, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
  await page.close();
  const fileName = `__bound-${options.name}.html`;
  const path = join(options.servedDir, fileName);
  writeFileSync(path, html);
  return {
    url: new URL(`/${fileName}`, options.baseUrl).href,
    remove: () => {
      rmSync(path, { force: true });
    },
  };
}

/** The longest task from choosing a filter value until the list has redrawn and the network is idle. */
export async function filterChangeLongestTask(
  browser: Browser,
  options: { url: string; ready: string; label: string; value: string },
): Promise<{ wallMs: number; cpuMs: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(options.url);
    await page.waitForSelector(options.ready, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.evaluate(`window.__changeTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__changeTasks.push(e.duration); })
        .observe({ type: 'longtask' });`);
    await startTaskTrace(browser, page);
    await page.getByLabel(options.label, { exact: true }).selectOption(options.value);
    await page.waitForURL((address) => address.search.includes(options.value));
    await page.waitForSelector(options.ready, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    // Long tasks are reported after they end; give the observer a moment to deliver them.
    await page.waitForTimeout(100);
    const wallMs = await page.evaluate<number>('Math.max(0, ...window.__changeTasks)');
    return { wallMs, cpuMs: (await stopTaskTrace(browser)).cpuMs };
  } finally {
    await context.close();
  }
}
