/**
 * The pages `npm run bench:web` loads, with the element that says each is ready, and the budgets of
 * issue 13. Kent's build gives the issue's own pages (including the 2008 authority view, about 1,000
 * rows); a synthetic build has no organisation structure, so only its indicator and compare pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchPage {
  name: string;
  path: string;
  /** CSS selector present once the page shows its content (not a skeleton). */
  ready: string;
  /** Budgets: first-view JS in KB gzip, ready time as a multiple of the static bound. */
  jsBudgetKb: number;
  readyBudget: number;
  /** Run Lighthouse on this page (the issue names dashboard, indicator and compare). */
  lighthouse: boolean;
}

export const LONGEST_TASK_BUDGET_MS = 100;
export const COMPARE_DRAWN_BUDGET_MS = 150;
export const LIGHTHOUSE_BUDGET = { desktop: 95, mobile: 90, accessibility: 100 } as const;

const LIST_READY = '#indicators .results-count';

const KENT: BenchPage[] = [
  {
    name: 'home',
    path: '/',
    ready: '.home__date:not(:has(.skeleton))',
    jsBudgetKb: 120,
    readyBudget: 1.3,
    lighthouse: false,
  },
  {
    name: 'dashboard',
    path: '/dashboard',
    ready: LIST_READY,
    jsBudgetKb: 120,
    readyBudget: 1.3,
    lighthouse: true,
  },
  {
    name: 'view-2008',
    path: '/dashboard/kcc-2008',
    ready: LIST_READY,
    jsBudgetKb: 120,
    readyBudget: 1.3,
    lighthouse: false,
  },
  {
    name: 'organisation',
    path: '/organisation/kcc-2008/cfe',
    ready: '.results-count',
    jsBudgetKb: 150,
    readyBudget: 1.5,
    lighthouse: false,
  },
  {
    name: 'indicator',
    path: '/indicators/paf-c32',
    // Ready when the trend is drawn, not only its words: the chart is in the first viewport.
    ready: '.trend-chart .line-plot svg',
    jsBudgetKb: 150,
    readyBudget: 1.5,
    lighthouse: true,
  },
  {
    name: 'compare',
    // The comparison's own address (ADR 0093), the one the app links to.
    path: '/compare/bvpi-178',
    ready: '.position-sentence',
    jsBudgetKb: 150,
    readyBudget: 1.5,
    lighthouse: true,
  },
];

const SYNTHETIC: BenchPage[] = [
  { ...(KENT[4] as BenchPage), path: '/indicators/ni-5' },
  { ...(KENT[5] as BenchPage), path: '/compare/ni-5' },
];

/** A build of the synthetic national dataset holds its comparisons (ni-1 … ni-198). */
export function isSyntheticBuild(outDir: string): boolean {
  return existsSync(join(outDir, 'api', 'compare', 'ni-5.json'));
}

export function pagesFor(outDir: string): BenchPage[] {
  return isSyntheticBuild(outDir) ? SYNTHETIC : KENT;
}

/** The filter change timed for long tasks: status 'Red' on the 2008 authority view. */
export const FILTER_CHANGE = {
  path: '/dashboard/kcc-2008',
  label: 'Status',
  value: 'red',
  ready: LIST_READY,
} as const;
