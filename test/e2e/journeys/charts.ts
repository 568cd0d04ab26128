/**
 * Charts (issue 15): one or two results listed rather than drawn, target and floor named on the
 * trend, compare labels that fit a phone, and 'Download chart' as PNG and SVG with the title,
 * period and source inside the image.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { E2eTest } from '../lib/e2e-test';
import { expectHidden, expectVisible } from '../lib/expect';
import { checkPage, open, screenshotDir, screenshotName } from '../lib/page';

/** Clicks a download button and returns the file's bytes and name. */
async function download(page: Page, name: RegExp): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).first().click(),
  ]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), bytes: await readFile(path) };
}

function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(`Expected ${what}`);
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expectTrue(bytes.subarray(1, 4).toString('latin1') === 'PNG', 'a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function phoneScreenshot(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.screenshot({
    path: join(screenshotDir, `${screenshotName(name)}-390.png`),
    fullPage: true,
  });
  if (before) await page.setViewportSize(before);
}

export const tests: E2eTest[] = [
  {
    name: 'an indicator with one result lists it beside its target and floor instead of a chart',
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/indicators/cc2012-grade-1-calls-answered-in-20-seconds');
      const table = page.getByRole('table', { name: /One result so far: too few to draw a trend/ });
      await expectVisible(table, 'the small table of figures');
      await expectVisible(table.getByRole('row', { name: /Floor standard/ }), 'the floor row');
      await expectHidden(page.getByRole('img', { name: 'Trend chart' }), 'a trend chart');
      await checkPage(page, 'charts indicator one result');
      await phoneScreenshot(page, 'charts indicator one result');
    },
  },
  {
    name: 'a trend chart names its target on the line and downloads as SVG and PNG with title, period and source',
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/indicators/paf-c32');
      const chart = page.getByRole('img', { name: 'Trend chart' });
      await expectVisible(chart, 'the trend chart');
      await expectVisible(chart.locator('svg text', { hasText: /^Target / }), 'the target label');
      await expectVisible(page.getByRole('list', { name: 'Chart key' }), 'the chart key');

      const svg = await download(page, /^Download chart \(SVG\)/);
      const text = svg.bytes.toString('utf8');
      expectTrue(
        svg.fileName === 'ragstone-paf-c32-trend.svg',
        `the SVG file name, got ${svg.fileName}`,
      );
      const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
      for (const part of [title.slice(0, 30), '2005/06 to 2007/08', 'Source: ', 'Target'])
        expectTrue(text.includes(part), `the SVG to hold "${part}"`);
      expectTrue(!/<script/i.test(text), 'no script in the SVG');

      const png = await download(page, /^Download chart \(PNG\)/);
      const size = pngSize(png.bytes);
      expectTrue(
        size.width >= 640 && size.height >= 400,
        `a PNG of a readable size, got ${size.width}×${size.height}`,
      );
      await checkPage(page, 'charts indicator trend');
      await phoneScreenshot(page, 'charts indicator trend');

      // The first view's trend is plain SVG; Recharts' interactive version loads on request.
      expectTrue(
        (await chart.locator('svg.recharts-surface').count()) === 0,
        'no Recharts drawing before it is asked for',
      );
      const interactive = page.getByRole('button', { name: 'Interactive chart (values on hover)' });
      await interactive.click();
      await expectVisible(chart.locator('svg.recharts-surface'), 'the interactive chart');
      await expectVisible(chart.locator('svg text', { hasText: /^Target / }), 'its target label');
      expectTrue(
        (await interactive.getAttribute('aria-pressed')) === 'true',
        'the button to say the interactive chart is on',
      );
    },
  },
  {
    name: 'on a phone the compare chart keeps each label on one line, clear of the reference lines',
    async run({ page, baseUrl }) {
      await page.setViewportSize({ width: 390, height: 844 });
      await open(page, baseUrl, '/compare/cmp-yjb-overall-performance');
      const chart = page.getByRole('img', { name: 'Bar chart of the figures' });
      await expectVisible(chart, 'the bar chart');
      // Labels are single SVG text lines ending before the bars start: none can wrap.
      const overlap = await chart.evaluate((element) => {
        const svg = element.querySelector('svg');
        const bars = [...(svg?.querySelectorAll('g > rect[stroke-width]') ?? [])];
        const firstBar = Math.min(...bars.map((bar) => bar.getBoundingClientRect().left));
        const left = svg?.getBoundingClientRect().left ?? 0;
        return [...(svg?.querySelectorAll('.bar-plot__name') ?? [])]
          .filter((label) => {
            const box = label.getBoundingClientRect();
            return box.right > firstBar + 1 || box.left < left - 1;
          })
          .map((label) => label.textContent);
      });
      expectTrue(overlap.length === 0, `no label running into the bars: ${overlap.join(', ')}`);
      await phoneScreenshot(page, 'charts compare yjb');
      await page.setViewportSize({ width: 1366, height: 768 });
      const png = await download(page, /^Download chart \(PNG\)/);
      pngSize(png.bytes);
      await checkPage(page, 'charts compare yjb');
    },
  },
];
