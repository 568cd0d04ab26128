/**
 * `npm run bench:web`: the browser budgets of issue 13 on the production build, in Chromium, served
 * two ways: by Vite's preview server (a static host) and by the production server (server/main.ts
 * on a throwaway PGlite folder). For each page, `--runs` loads cold (new browser context) and warm
 * (reload): ready time beside a static bound (the same rendered DOM saved as plain HTML without
 * scripts, served by the same server in the same run), the longest main-thread task while loading,
 * first-view JavaScript (gzip) and Lighthouse; the longest task while changing a filter on the 2008
 * authority view; then the 152-authority compare choice on a synthetic build. Prints each figure
 * beside its budget; raw numbers go to .bench/web-<date>.json (not committed).
 *   npm run build && npm run bench:web [-- --dir dist --runs 7 --target static|server|both
 *     --choice-dir .bench/dist-synthetic --no-lighthouse --pages organisation,view-2008
 *     --no-filter --no-choice]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { argument } from '../lib/cli';
import { startAppServer } from './app-server';
import { launchChromium, serveDir, type Served } from './browser';
import { measureCompareChoice } from './compare-choice';
import { firstViewJs } from './first-view-js';
import { runLighthouse } from './lighthouse';
import { filterChangeLongestTask, loadOnce, writeStaticBound } from './load-page';
import { FILTER_CHANGE, isSyntheticBuild, pagesFor } from './pages';
import { printCompareChoice, printTarget, type FilterTiming, type PageResult } from './report';

const root = process.cwd();
const outDir = argument('dir') ?? 'dist';
const runs = Number(argument('runs') ?? 7);
const targets =
  (argument('target') ?? 'both') === 'both' ? ['static', 'server'] : [argument('target')];
const withLighthouse = !process.argv.includes('--no-lighthouse');
/** Only these pages (by name, comma-separated); all when left out. */
const onlyPages = argument('pages')?.split(',');
const withFilter = !process.argv.includes('--no-filter');
const withChoice = !process.argv.includes('--no-choice');
const choiceDir =
  argument('choice-dir') ??
  (isSyntheticBuild(resolve(root, outDir)) ? outDir : '.bench/dist-synthetic');

async function measureTarget(
  browser: Browser,
  served: Served,
  target: string,
): Promise<PageResult[]> {
  const results: PageResult[] = [];
  const pages = pagesFor(resolve(root, outDir)).filter(
    (page) => !onlyPages || onlyPages.includes(page.name),
  );
  for (const page of pages) {
    const url = new URL(page.path, served.baseUrl).href;
    const bound = await writeStaticBound(browser, {
      url,
      ready: page.ready,
      servedDir: resolve(root, outDir),
      baseUrl: served.baseUrl,
      name: `${target}-${page.name}`,
    });
    const result: PageResult = {
      page,
      jsKb: (await firstViewJs(browser, served.baseUrl, page)).gzipKb,
      coldReadyMs: [],
      coldBoundMs: [],
      warmReadyMs: [],
      warmBoundMs: [],
      coldTracedReadyMs: [],
      warmTracedReadyMs: [],
      coldHydratedMs: [],
      warmHydratedMs: [],
      longestTaskMs: [],
      longestTaskCpuMs: [],
      boundLongestTaskMs: [],
    };
    try {
      for (const warm of [false, true]) {
        for (let run = 0; run < runs; run += 1) {
          // App and bound alternate, so a burst of load on the machine falls on both. Ready time
          // comes from untraced loads; the longest task's CPU time from a traced load of its own
          // (a trace slows the app's load more than the bound's: load-page.ts).
          const app = await loadOnce(browser, url, page.ready, { warm, hydrated: true });
          const fixed = await loadOnce(browser, bound.url, page.ready, { warm });
          const traced = await loadOnce(browser, url, page.ready, { warm, traceTasks: true });
          (warm ? result.warmReadyMs : result.coldReadyMs).push(app.readyMs);
          (warm ? result.warmBoundMs : result.coldBoundMs).push(fixed.readyMs);
          (warm ? result.warmTracedReadyMs : result.coldTracedReadyMs).push(traced.readyMs);
          (warm ? result.warmHydratedMs : result.coldHydratedMs).push(app.hydratedMs ?? Number.NaN);
          result.longestTaskMs.push(Math.max(app.longestTaskMs, traced.longestTaskMs));
          result.longestTaskCpuMs.push(traced.longestTaskCpuMs ?? 0);
          result.boundLongestTaskMs.push(fixed.longestTaskMs);
        }
      }
    } finally {
      bound.remove();
    }
    if (withLighthouse && page.lighthouse)
      result.lighthouse = {
        desktop: await runLighthouse(url, 'desktop'),
        mobile: await runLighthouse(url, 'mobile'),
      };
    results.push(result);
  }
  return results;
}

async function filterChanges(
  browser: Browser,
  served: Served,
): Promise<FilterTiming[] | undefined> {
  if (!withFilter || isSyntheticBuild(resolve(root, outDir))) return undefined;
  const timings: FilterTiming[] = [];
  for (let run = 0; run < runs; run += 1)
    timings.push(
      await filterChangeLongestTask(browser, {
        ...FILTER_CHANGE,
        url: new URL(FILTER_CHANGE.path, served.baseUrl).href,
      }),
    );
  return timings;
}

const raw: Record<string, unknown> = { date: new Date().toISOString(), outDir, runs };
const browser = await launchChromium();
try {
  for (const target of targets) {
    const served =
      target === 'server' ? await startAppServer(root, outDir) : await serveDir(root, outDir);
    try {
      const pages = await measureTarget(browser, served, target ?? 'static');
      const filter = await filterChanges(browser, served);
      raw[target ?? 'static'] = { pages, filterChangeLongestTaskMs: filter };
      printTarget(
        target === 'server' ? 'production server (npm start)' : 'static (vite preview)',
        pages,
        filter,
      );
    } finally {
      await served.close();
    }
  }
} finally {
  await browser.close();
}
if (!withChoice) {
  // Asked for pages only.
} else if (
  existsSync(join(resolve(root, choiceDir), 'index.html')) &&
  isSyntheticBuild(resolve(root, choiceDir))
) {
  const choice = await measureCompareChoice({
    root,
    outDir: choiceDir,
    runs,
    group: 'syn-national',
  });
  raw.compareChoice = choice;
  printCompareChoice(choice);
} else {
  console.log(
    `\n(no synthetic build in ${choiceDir}: the 152-authority choice was not timed; build one with\n` +
      `  npm run data:synth && npx vite build --outDir ${choiceDir} && RAGSTONE_DATASET=data/synthetic npx tsx scripts/build-static-api.ts ${choiceDir}/api)`,
  );
}
mkdirSync(join(root, '.bench'), { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(join(root, '.bench', `web-${stamp}.json`), JSON.stringify(raw, null, 2));
writeFileSync(join(root, '.bench', 'web-latest.json'), JSON.stringify(raw, null, 2));
console.log(`\nraw numbers: .bench/web-${stamp}.json`);
