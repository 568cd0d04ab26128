/**
 * The page's main-thread tasks from a Chromium trace: wall time (`dur`) and the thread's own CPU
 * time (`tdur`). On a shared machine wall time includes waiting for a core; CPU time does not, so
 * a benchmark reports both. Also says what the longest task spent its time on (its direct
 * children by name), which is where to look first.
 */
import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}

export interface TaskSummary {
  /** The longest task by wall time, in ms, and its CPU time. */
  longestWallMs: number;
  longestWallCpuMs: number;
  /** The longest task by CPU time, in ms. */
  longestCpuMs: number;
  /** Tasks over 50 ms of CPU time. */
  longCpuTasks: number;
  /** What the longest-CPU task was made of: its direct children, longest first. */
  inside: string[];
  /** When the longest-CPU task ran, in the trace's clock (µs), to match a CPU profile's samples. */
  longestSpan: { start: number; end: number } | null;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
].join(',');

export async function startTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: CATEGORIES.split(',') });
}

function describe(event: TraceEvent): string {
  const fn = event.args?.data?.functionName;
  const url = event.args?.data?.url?.split('/').pop();
  return fn || url ? `${event.name} ${fn ?? ''}${url ? ` (${url})` : ''}`.trim() : event.name;
}

export function summariseTrace(json: string): TaskSummary {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter(
    (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask',
  );
  const wall = (e: TraceEvent) => (e.dur ?? 0) / 1000;
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const byWall = tasks.reduce<TraceEvent | undefined>(
    (a, b) => (a && wall(a) >= wall(b) ? a : b),
    undefined,
  );
  const byCpu = tasks.reduce<TraceEvent | undefined>(
    (a, b) => (a && cpu(a) >= cpu(b) ? a : b),
    undefined,
  );
  const inside: string[] = [];
  if (byCpu) {
    const end = byCpu.ts + (byCpu.dur ?? 0);
    const within = onMain.filter(
      (e) =>
        e !== byCpu &&
        e.pid === byCpu.pid &&
        e.tid === byCpu.tid &&
        e.ts >= byCpu.ts &&
        e.ts + (e.dur ?? 0) <= end &&
        !/RunTask/.test(e.name),
    );
    // Direct children only: an event not inside another event of the task.
    const direct = within.filter(
      (e) =>
        !within.some(
          (o) =>
            o !== e &&
            o.ts <= e.ts &&
            o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) &&
            (o.dur ?? 0) > (e.dur ?? 0),
        ),
    );
    for (const e of direct.sort((a, b) => cpu(b) - cpu(a)).slice(0, 6))
      inside.push(`${describe(e)} ${cpu(e).toFixed(0)} ms`);
  }
  return {
    longestWallMs: byWall ? wall(byWall) : 0,
    longestWallCpuMs: byWall ? cpu(byWall) : 0,
    longestCpuMs: byCpu ? cpu(byCpu) : 0,
    longCpuTasks: tasks.filter((t) => cpu(t) > 50).length,
    inside,
    longestSpan: byCpu ? { start: byCpu.ts, end: byCpu.ts + (byCpu.dur ?? 0) } : null,
  };
}

export async function stopTrace(browser: Browser): Promise<TaskSummary> {
  const buffer = await browser.stopTracing();
  return summariseTrace(buffer.toString('utf8'));
}
