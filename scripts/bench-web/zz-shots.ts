import { launchChromium, serveDir } from './browser';
const [dir, path, selector, widths, name] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const served = await serveDir('/work/wt/charts', dir);
const browser = await launchChromium();
for (const width of widths.split(',').map(Number)) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${served.baseUrl}${path}`);
  await page.waitForSelector(selector, { timeout: 30000 });
  await page.waitForTimeout(300);
  await page
    .locator(selector)
    .first()
    .screenshot({ path: `/tmp/shot-${name}-${width}.png` });
  await page.close();
}
await browser.close();
await served.close();
