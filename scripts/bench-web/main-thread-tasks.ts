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
  ts?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string } };
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
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'toplevel', 'blink.user_timing'],
  });
}

const threadOf = (event: TraceEvent) => `${event.pid ?? 0}:${event.tid ?? 0}`;

/**
 * Where the load of `pageUrl` began: the renderer main thread that started navigating to it and
 * when. A trace covers every renderer alive while it runs, including the page loaded just before
 * (a closed context's renderer can still be finishing its work), whose tasks are not this load's.
 */
function navigationTo(
  traceEvents: TraceEvent[],
  pageUrl: string,
): { thread: string; startTs: number } | undefined {
  const wanted = pageUrl.split('#')[0];
  const starts = traceEvents.filter(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === wanted,
  );
  const last = starts.at(-1);
  return last ? { thread: threadOf(last), startTs: last.ts ?? 0 } : undefined;
}

/**
 * Stops the trace and times the main thread's tasks. With `pageUrl`, only the tasks of that page's
 * load, where the trace shows it: on the renderer that navigated to it, from its navigation on.
 */
export async function stopTaskTrace(browser: Browser, pageUrl?: string): Promise<TaskTimes> {
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  // Without the page's navigation in the trace (Chromium does not always record it), every
  // renderer main thread counts, as the longest task's upper bound.
  const navigation = pageUrl === undefined ? undefined : navigationTo(traceEvents, pageUrl);
  // A renderer's main thread is named in the metadata when the trace starts it, and is always the
  // thread that parses HTML, evaluates script and lays out.
  const mainThreads = new Set(
    traceEvents
      .filter(
        (e) =>
          (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') ||
          (e.name !== undefined && RENDERER_MAIN_WORK.has(e.name)),
      )
      .map(threadOf),
  );
  let cpuMs = 0;
  let wallMs = 0;
  let totalCpuMs = 0;
  for (const event of traceEvents) {
    if (event.name !== 'ThreadControllerImpl::RunTask' || event.ph !== 'X') continue;
    if (navigation) {
      if (threadOf(event) !== navigation.thread || (event.ts ?? 0) < navigation.startTs) continue;
    } else if (!mainThreads.has(threadOf(event))) continue;
    cpuMs = Math.max(cpuMs, (event.tdur ?? 0) / 1000);
    wallMs = Math.max(wallMs, (event.dur ?? 0) / 1000);
    totalCpuMs += (event.tdur ?? 0) / 1000;
  }
  return { cpuMs, wallMs, totalCpuMs };
}
