/**
 * One page load in Chromium, timed: navigation start to the page's content (`performance.now()`
 * when the ready element appears) and the longest main-thread task until the network is idle
 * (PerformanceObserver 'longtask', buffered from the start). Also the static bound (the rendered
 * DOM saved as HTML without scripts) and the longest task while a filter changes.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startTaskTrace, stopTaskTrace } from './main-thread-tasks';

/** Collects long tasks from the very start of the page's life. */
const OBSERVE_LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;

const VIEWPORT = { width: 1366, height: 768 };

export interface LoadTiming {
  readyMs: number;
  /** Wall time, as the page's PerformanceObserver reports it. */
  longestTaskMs: number;
  /** CPU time of the longest main-thread task (main-thread-tasks.ts). */
  longestTaskCpuMs: number;
}

export async function loadOnce(
  browser: Browser,
  url: string,
  ready: string,
  warm: boolean,
): Promise<LoadTiming> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(OBSERVE_LONG_TASKS);
  const page = await context.newPage();
  try {
    if (warm) {
      await page.goto(url);
      await page.waitForSelector(ready, { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
    }
    await startTaskTrace(browser, page);
    await page.goto(url);
    await page.waitForSelector(ready, { timeout: 30_000 });
    const readyMs = await page.evaluate<number>('performance.now()');
    await page.waitForLoadState('networkidle');
    const longestTaskMs = await page.evaluate<number>('Math.max(0, ...window.__longTasks)');
    // This load's own tasks: the page's address as it ended up (after any redirect).
    const tasks = await stopTaskTrace(browser, page.url());
    return { readyMs, longestTaskMs, longestTaskCpuMs: tasks.cpuMs };
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
