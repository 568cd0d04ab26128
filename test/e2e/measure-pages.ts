/**
 * Page height and printed page count of app pages, for the notes on long views:
 * `npm run build && tsx test/e2e/measure-pages.ts '/dashboard/kcc-2008' …`.
 * Height is the document's scroll height at 1366 px wide; pages are Chromium's A4 PDF of the page
 * with print styles applied, counted from the PDF's page objects.
 */
import { chromium } from 'playwright-core';
import { serveBuild } from './lib/server';
import { settle } from './lib/page';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('Give one or more app paths, e.g. "/dashboard/kcc-2008".');
  process.exit(1);
}

const server = await serveBuild(process.cwd());
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  for (const path of paths) {
    await page.goto(new URL(path, server.baseUrl).href, { waitUntil: 'load' });
    await settle(page);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const rows = await page.evaluate(() => document.querySelectorAll('tbody tr').length);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`${path}\theight ${height} px\ttable rows ${rows}\tA4 pages ${pages}`);
  }
} finally {
  await browser.close();
  await server.close();
}
