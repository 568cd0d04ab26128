/**
 * First-view JavaScript per page: every script the page loads until it is ready, gzipped here
 * (level 9, as a web server would send it), summed.
 *   npx tsx scripts/bench-web/first-view-js.ts [-- --dir dist]
 */
import { gzipSync } from 'node:zlib';
import { argument, isMainModule } from '../lib/cli';
import { launchChromium, serveDir } from './browser';

export const PAGES: { name: string; path: string; ready: string }[] = [
  { name: 'dashboard', path: '/', ready: '#indicators .results-count' },
  { name: 'indicator', path: '/indicators/ni-5', ready: '.indicator-summary' },
  { name: 'compare', path: '/compare?indicator=ni-5', ready: '.position-sentence' },
];

export async function measureFirstViewJs(root: string, outDir: string) {
  const served = await serveDir(root, outDir);
  const browser = await launchChromium();
  const results: { page: string; files: number; gzipKb: number }[] = [];
  try {
    for (const target of PAGES) {
      const page = await browser.newPage();
      const scripts: Promise<number>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script')
          scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
      });
      await page.goto(new URL(target.path, served.baseUrl).href);
      await page.waitForSelector(target.ready, { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all(scripts);
      results.push({
        page: target.name,
        files: sizes.length,
        gzipKb: sizes.reduce((sum, size) => sum + size, 0) / 1024,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return results;
}

if (isMainModule(import.meta.url)) {
  for (const r of await measureFirstViewJs(process.cwd(), argument('dir') ?? 'dist'))
    console.log(`${r.page}: ${r.gzipKb.toFixed(1)} KB gzip in ${r.files} files`);
}
