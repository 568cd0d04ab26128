/**
 * The import in a real browser (the built app, Chromium): time from choosing the file to the
 * preview, from "Import" to the comparison on the file's group, and the longest main-thread task
 * (PerformanceObserver 'longtask') over the whole import. Needs `npm run build` first.
 *   npx tsx test/e2e/bench-import.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { localAuthorityRegister } from '@/data/reference/local-authorities';
import { serveBuild } from './lib/server';

const root = resolve(import.meta.dirname, '..', '..');
const realFiles = resolve(root, '..', 'shared', 'real-files');
const LARGEST = '09_oflog_asc_outcomes_long_all_LAs.csv';

function synthetic(rows: number): Buffer {
  const authorities = localAuthorityRegister().authorities;
  const lines = ['Area code,Area name,Period,Value'];
  for (let i = 0; lines.length <= rows; i += 1) {
    const a = authorities[i % authorities.length];
    if (!a) break;
    const q = Math.floor(i / authorities.length);
    const y = 2000 + Math.floor(q / 4);
    lines.push(
      `${a.code},"${a.name}",${y}/${String((y + 1) % 100).padStart(2, '0')} Q${(q % 4) + 1},${((i * 7919) % 100000) / 10}`,
    );
  }
  return Buffer.from(lines.join('\n'));
}

async function measure(
  page: Page,
  baseUrl: string,
  name: string,
  buffer: Buffer,
  measure?: string,
) {
  await page.goto(new URL('/compare?indicator=cmp-yjb-overall-performance', baseUrl).href);
  await page.getByLabel('CSV file').waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const start = Date.now();
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer });
  const preview = page.getByRole('region', { name: `Preview of ${name}` });
  if (measure) {
    await preview.getByLabel(/^Measure/).waitFor({ timeout: 120_000 });
    await preview.getByLabel(/^Measure/).selectOption({ index: 1 });
  }
  const button = preview.getByRole('button', { name: /^Import [\d,]+ figures?$/ });
  await button.waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => !document.querySelector('progress'), undefined, {
    timeout: 120_000,
  });
  const toPreview = Date.now() - start;
  const importStart = Date.now();
  await button.click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Imported/ })
    .waitFor({ timeout: 120_000 });
  const group = await page
    .getByLabel('Compare with')
    .locator('option', { hasText: ` in ${name}` })
    .first()
    .textContent();
  await page.getByLabel('Compare with').selectOption({ label: group ?? '' });
  await page
    .getByRole('table', { name: new RegExp(` in ${name.replace(/\./g, '\\.')}`) })
    .waitFor({ timeout: 120_000 });
  const toComparison = Date.now() - importStart;
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  console.log(
    `${name}: file chosen → preview ${toPreview} ms; Import → comparison ${toComparison} ms; longest main-thread task ${Math.round(longest)} ms`,
  );
}

const server = await serveBuild(root);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  if (existsSync(join(realFiles, LARGEST)))
    await measure(page, server.baseUrl, LARGEST, readFileSync(join(realFiles, LARGEST)), 'measure');
  await measure(page, server.baseUrl, 'synthetic-100000-rows.csv', synthetic(100_000));
} finally {
  await browser.close();
  await server.close();
}
