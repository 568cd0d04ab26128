/**
 * First-view JavaScript per page: every script the page loads until it is ready and the network
 * is idle, gzipped here (level 9, as a web server would send it), summed.
 *   npx tsx scripts/bench-web/first-view-js.ts [-- --dir dist] [--files] [--server] [--pages compare]
 * `--server`: the same build served by the production server (`npm start`, which draws each page's
 * first view itself, ADR 0092) instead of a static host.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { argument, isMainModule } from '../lib/cli';
import { startAppServer } from './app-server';
import { launchChromium, serveDir } from './browser';
import { pagesFor, type BenchPage } from './pages';

export interface FirstViewJs {
  page: string;
  files: number;
  gzipKb: number;
  /** Each script's name and gzipped size, largest first (`--files` prints them). */
  byFile: { name: string; gzipKb: number }[];
}

export async function firstViewJs(
  browser: Browser,
  baseUrl: string,
  target: BenchPage,
): Promise<FirstViewJs> {
  const page = await browser.newPage();
  try {
    const scripts: Promise<{ name: string; size: number } | null>[] = [];
    const onResponse = (response: Response) => {
      if (response.request().resourceType() !== 'script') return;
      const name = new URL(response.url()).pathname.split('/').pop() ?? response.url();
      scripts.push(
        response.body().then(
          (body) => ({ name, size: gzipSync(body, { level: 9 }).length }),
          // A redirect has no body: it is not a script of its own (its target is counted).
          () => null,
        ),
      );
    };
    page.on('response', onResponse);
    await page.goto(new URL(target.path, baseUrl).href);
    await page.waitForSelector(target.ready, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    // Stop listening before waiting for the bodies: a script arriving later would otherwise read
    // its body after the page closed below, and that rejection crashed the run.
    page.off('response', onResponse);
    const files = (await Promise.all(scripts)).filter((file) => file !== null);
    return {
      page: target.name,
      files: files.length,
      gzipKb: files.reduce((sum, file) => sum + file.size, 0) / 1024,
      byFile: files
        .map((file) => ({ name: file.name, gzipKb: file.size / 1024 }))
        .sort((a, b) => b.gzipKb - a.gzipKb),
    };
  } finally {
    await page.close();
  }
}

if (isMainModule(import.meta.url)) {
  const outDir = argument('dir') ?? 'dist';
  const served = process.argv.includes('--server')
    ? await startAppServer(process.cwd(), outDir)
    : await serveDir(process.cwd(), outDir);
  const onlyPages = argument('pages')?.split(',');
  const browser = await launchChromium();
  try {
    for (const target of pagesFor(outDir)) {
      if (onlyPages && !onlyPages.includes(target.name)) continue;
      // The server's first render of a page after it starts is cold (its render entry, the read
      // model) and can pass the render timeout, which sends the plain page: measure a warm one, as
      // `npm run bench:web` does (it loads each page for its static bound first).
      if (process.argv.includes('--server')) await fetch(new URL(target.path, served.baseUrl));
      const r = await firstViewJs(browser, served.baseUrl, target);
      console.log(`${r.page}: ${r.gzipKb.toFixed(1)} KB gzip in ${r.files} files`);
      if (process.argv.includes('--files'))
        for (const file of r.byFile)
          console.log(`  ${file.gzipKb.toFixed(1).padStart(6)} ${file.name}`);
    }
  } finally {
    await browser.close();
    await served.close();
  }
}
