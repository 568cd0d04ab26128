/** Prints `npm run bench:web`'s results, each figure beside its budget and the static bound. */
import { median } from './browser';
import {
  COMPARE_DRAWN_BUDGET_MS,
  LIGHTHOUSE_BUDGET,
  LONGEST_TASK_BUDGET_MS,
  type BenchPage,
} from './pages';
import type { LighthouseScores } from './lighthouse';

export interface PageResult {
  page: BenchPage;
  jsKb: number;
  coldReadyMs: number[];
  coldBoundMs: number[];
  warmReadyMs: number[];
  warmBoundMs: number[];
  /** The ready times of the traced loads (for the longest task): printed, not judged. */
  coldTracedReadyMs: number[];
  warmTracedReadyMs: number[];
  /** When React had taken over the drawn page: printed, not judged (issue 13 budgets ready time). */
  coldHydratedMs: number[];
  warmHydratedMs: number[];
  /** Wall time of the longest task (PerformanceObserver), and its CPU time (Chromium trace). */
  longestTaskMs: number[];
  longestTaskCpuMs: number[];
  /** The static bound's own longest task: what the loaded machine adds to a page with no script. */
  boundLongestTaskMs: number[];
  lighthouse?: { desktop: LighthouseScores; mobile: LighthouseScores };
}

export interface FilterTiming {
  wallMs: number;
  cpuMs: number;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const mark = (ok: boolean) => (ok ? 'ok  ' : 'OVER');

export function printTarget(
  target: string,
  results: PageResult[],
  filterChange: FilterTiming[] | undefined,
) {
  console.log(`\n== ${target} ==`);
  for (const r of results) {
    const { page } = r;
    const ratio = (ready: number[], bound: number[]) => median(ready) / median(bound);
    const cold = ratio(r.coldReadyMs, r.coldBoundMs);
    const warm = ratio(r.warmReadyMs, r.warmBoundMs);
    const worstCpu = Math.max(...r.longestTaskCpuMs);
    // A trace with no task in it means the trace failed, never a page with no work: judge by wall time.
    const worstJudged = worstCpu > 0 ? worstCpu : Math.max(...r.longestTaskMs);
    console.log(`${page.name} (${page.path})`);
    console.log(
      `  ${mark(r.jsKb <= page.jsBudgetKb)} first-view JS ${r.jsKb.toFixed(1)} KB gzip (budget ${page.jsBudgetKb})`,
    );
    console.log(
      `  ${mark(cold <= page.readyBudget)} ready cold ${ms(median(r.coldReadyMs))} vs static bound ${ms(median(r.coldBoundMs))}: ${cold.toFixed(2)}× (budget ${page.readyBudget}×); traced ${ms(median(r.coldTracedReadyMs))}, hydrated ${ms(median(r.coldHydratedMs))}`,
    );
    console.log(
      `  ${mark(warm <= page.readyBudget)} ready warm ${ms(median(r.warmReadyMs))} vs static bound ${ms(median(r.warmBoundMs))}: ${warm.toFixed(2)}× (budget ${page.readyBudget}×); traced ${ms(median(r.warmTracedReadyMs))}, hydrated ${ms(median(r.warmHydratedMs))}`,
    );
    console.log(
      `  ${mark(worstJudged <= LONGEST_TASK_BUDGET_MS)} longest task while loading, CPU time: ${worstCpu > 0 ? `median ${ms(median(r.longestTaskCpuMs))}, worst ${ms(worstCpu)}` : 'not captured (trace empty)'} (budget ${LONGEST_TASK_BUDGET_MS}); ` +
        `wall time median ${ms(median(r.longestTaskMs))}, worst ${ms(Math.max(...r.longestTaskMs))} (static bound's own: worst ${ms(Math.max(...r.boundLongestTaskMs))})`,
    );
    if (r.lighthouse) {
      const { desktop, mobile } = r.lighthouse;
      const ok =
        desktop.performance >= LIGHTHOUSE_BUDGET.desktop &&
        mobile.performance >= LIGHTHOUSE_BUDGET.mobile &&
        desktop.accessibility >= LIGHTHOUSE_BUDGET.accessibility &&
        mobile.accessibility >= LIGHTHOUSE_BUDGET.accessibility;
      console.log(
        `  ${mark(ok)} Lighthouse performance desktop ${desktop.performance} (budget ${LIGHTHOUSE_BUDGET.desktop}), mobile ${mobile.performance} (budget ${LIGHTHOUSE_BUDGET.mobile}); accessibility ${desktop.accessibility} / ${mobile.accessibility} (budget 100)`,
      );
    }
  }
  if (filterChange) {
    const cpu = filterChange.map((f) => f.cpuMs);
    const wall = filterChange.map((f) => f.wallMs);
    const worstCpu = Math.max(...cpu);
    const worstJudged = worstCpu > 0 ? worstCpu : Math.max(...wall);
    console.log(
      `filter change (status on the 2008 authority view)\n  ${mark(worstJudged <= LONGEST_TASK_BUDGET_MS)} longest task, CPU time: ${worstCpu > 0 ? `median ${ms(median(cpu))}, worst ${ms(worstCpu)}` : 'not captured (trace empty)'} (budget ${LONGEST_TASK_BUDGET_MS}); wall time median ${ms(median(wall))}, worst ${ms(Math.max(...wall))}`,
    );
  }
}

export function printCompareChoice(
  choice: {
    drawnMs: number;
    longestTaskMs: number;
    longestTaskCpuMs: number;
    mainThreadCpuMs: number;
  }[],
) {
  const drawn = median(choice.map((c) => c.drawnMs));
  const longest = median(choice.map((c) => c.longestTaskMs));
  const longestCpu = median(choice.map((c) => c.longestTaskCpuMs));
  const cpu = median(choice.map((c) => c.mainThreadCpuMs));
  console.log(
    `\ncompare, 152 authorities (synthetic build)\n  ${mark(drawn <= COMPARE_DRAWN_BUDGET_MS)} drawn ${ms(drawn)} after the choice, median (budget ${COMPARE_DRAWN_BUDGET_MS}); main-thread CPU time for it ${ms(cpu)}\n  ${mark(longest <= LONGEST_TASK_BUDGET_MS)} longest task during it: median ${ms(longest)}, worst ${ms(Math.max(...choice.map((c) => c.longestTaskMs)))} wall; ${ms(longestCpu)} CPU (budget ${LONGEST_TASK_BUDGET_MS})`,
  );
}
