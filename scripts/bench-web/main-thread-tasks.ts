/**
 * The longest main-thread task of a page by the CPU time it used (a Chromium trace's top-level
 * `ThreadControllerImpl::RunTask` events, `tdur`), beside its wall time (`dur`). On a shared, loaded machine a task's wall time
 * includes the time the thread waited for a core, so a 30 ms task can be reported as a 300 ms
 * 'long task'; the CPU time is what the page itself would cost a council laptop with a core free.
 */
import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
  name?: string;
  ph?: string;
  pid?: number;
  tid?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

const RENDERER_MAIN_WORK = new Set(['ParseHTML', 'EvaluateScript', 'Layout', 'UpdateLayoutTree']);

export interface TaskTimes {
  /** The longest task by CPU time on the page's main thread, ms. */
  cpuMs: number;
  /** The longest task by wall time on the same thread, ms. */
  wallMs: number;
  /** All the main thread's tasks' CPU time while tracing, ms: the work, without waiting for a core. */
  totalCpuMs: number;
}

export async function startTaskTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
}

export async function stopTaskTrace(browser: Browser): Promise<TaskTimes> {
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  // A renderer's main thread is named in the metadata when the trace starts it, and is always the
  // thread that parses HTML, evaluates script and lays out.
  const mainThreads = new Set(
    traceEvents
      .filter(
        (e) =>
          (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') ||
          (e.name !== undefined && RENDERER_MAIN_WORK.has(e.name)),
      )
      .map((e) => `${e.pid ?? 0}:${e.tid ?? 0}`),
  );
  let cpuMs = 0;
  let wallMs = 0;
  let totalCpuMs = 0;
  for (const event of traceEvents) {
    if (event.name !== 'ThreadControllerImpl::RunTask' || event.ph !== 'X') continue;
    if (!mainThreads.has(`${event.pid ?? 0}:${event.tid ?? 0}`)) continue;
    cpuMs = Math.max(cpuMs, (event.tdur ?? 0) / 1000);
    wallMs = Math.max(wallMs, (event.dur ?? 0) / 1000);
    totalCpuMs += (event.tdur ?? 0) / 1000;
  }
  return { cpuMs, wallMs, totalCpuMs };
}
