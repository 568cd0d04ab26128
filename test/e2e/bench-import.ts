/**
 * The import in a real browser (the built app, Chromium) for the largest real file and synthetic
 * files of 20,000 and 100,000 rows: time from choosing the file to the preview, from "Import" to
 * the comparison on the file's group, and from a reload to that comparison again; and in each
 * window the longest main-thread task from a Chromium trace, as wall time and as the thread's CPU
 * time (the machine is shared: wall time includes waiting for a core). Needs `npm run build`.
 *   npx tsx test/e2e/bench-import.ts [--rows 20000,100000] [--no-real]
 * BENCH_PROFILE=1 also prints where the page's main thread spent its CPU (a V8 sampling profile).
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { localAuthorityRegister } from '@/data/reference/local-authorities';
import { csvField } from '@/lib/csv';
import { serveBuild } from './lib/server';
import { startTrace, stopTrace, type TaskSummary } from './lib/trace-tasks';

const root = resolve(import.meta.dirname, '..', '..');
const realFiles = resolve(root, '..', 'shared', 'real-files');
const { values: args } = parseArgs({
  options: { rows: { type: 'string', default: '20000,100000' }, 'no-real': { type: 'boolean' } },
});

/** Every English authority × quarters, long layout, with ONS codes (as scripts/bench-import.ts). */
function synthetic(rows: number): Buffer {
  const authorities = localAuthorityRegister().authorities;
  const lines = ['Area code,Area name,Period,Value'];
  for (let i = 0; lines.length <= rows; i += 1) {
    const a = authorities[i % authorities.length];
    if (!a) break;
    const q = Math.floor(i / authorities.length);
    const y = 2000 + Math.floor(q / 4);
    const period = `${y}/${String((y + 1) % 100).padStart(2, '0')} Q${(q % 4) + 1}`;
    lines.push([a.code, a.name, period, ((i * 7919) % 100000) / 10].map(csvField).join(','));
  }
  return Buffer.from(lines.join('\n'));
}

function largestRealFile(): { name: string; buffer: Buffer } | null {
  if (!existsSync(realFiles)) return null;
  const name = readdirSync(realFiles)
    .filter((f) => f.endsWith('.csv'))
    .sort((a, b) => statSync(join(realFiles, b)).size - statSync(join(realFiles, a)).size)[0];
  return name ? { name, buffer: readFileSync(join(realFiles, name)) } : null;
}

/** Self time by function on the page's main thread (a V8 sampling profile), within a span. */
async function topFunctions(
  cdp: CDPSession,
  span: { start: number; end: number } | null,
): Promise<string[]> {
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  let at = profile.startTime;
  (profile.samples ?? []).forEach((id, i) => {
    at += deltas[i] ?? 0;
    const node = byId.get(id);
    if (!node || (span && (at < span.start || at > span.end))) return;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([k, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${k}`);
}

async function window<T>(
  browser: Browser,
  page: Page,
  label: string,
  step: () => Promise<T>,
): Promise<{ ms: number; tasks: TaskSummary; result: T }> {
  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await startTrace(browser, page);
  const start = Date.now();
  const result = await step();
  const ms = Date.now() - start;
  const tasks = await stopTrace(browser);
  if (cdp)
    console.log(
      `  ${label}, longest task by function:\n  ${(await topFunctions(cdp, tasks.longestSpan)).join('\n  ')}`,
    );
  return { ms, tasks, result };
}

const line = (label: string, w: { ms: number; tasks: TaskSummary }) =>
  `  ${label}: ${w.ms.toLocaleString('en-GB')} ms; longest task ${w.tasks.longestWallMs.toFixed(0)} ms wall ` +
  `(${w.tasks.longestWallCpuMs.toFixed(0)} ms CPU); longest by CPU ${w.tasks.longestCpuMs.toFixed(0)} ms; ` +
  `${w.tasks.longCpuTasks} tasks over 50 ms CPU` +
  (w.tasks.inside.length > 0 ? `\n      in it: ${w.tasks.inside.join('; ')}` : '');

async function measure(browser: Browser, baseUrl: string, name: string, buffer: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const path = join(dir, name);
  writeFileSync(path, buffer);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  try {
    await page.goto(new URL('/compare/cmp-yjb-overall-performance', baseUrl).href);
    await page.getByLabel('CSV file').waitFor();
    const preview = page.getByRole('region', { name: `Preview of ${name}` });
    const button = preview.getByRole('button', { name: /^Import [\d,]+ figures?$/ });
    const toPreview = await window(browser, page, 'chosen → preview', async () => {
      // A path, not a buffer: Playwright builds a File from a buffer in page JavaScript, which
      // would be measured as the page's own work.
      await page.getByLabel('CSV file').setInputFiles(path);
      const measureChoice = preview.getByLabel(/^Measure/);
      await measureChoice.or(button).first().waitFor({ timeout: 120_000 });
      if (await measureChoice.isVisible()) await measureChoice.selectOption({ index: 1 });
      await button.waitFor({ timeout: 120_000 });
      await page.waitForFunction(() => !document.querySelector('progress'), undefined, {
        timeout: 120_000,
      });
      return (await button.textContent()) ?? '';
    });
    const table = page.getByRole('table', {
      name: new RegExp(` in ${name.replace(/\./g, '\\.')}`),
    });
    const toComparison = await window(browser, page, 'Import → comparison', async () => {
      await button.click();
      await page
        .getByRole('status')
        .filter({ hasText: /^Imported/ })
        .waitFor({ timeout: 120_000 });
      const compareWith = page.getByLabel('Compare with');
      const group = await compareWith
        .locator('option', { hasText: ` in ${name}` })
        .first()
        .textContent();
      await compareWith.selectOption({ label: group ?? '' });
      await table.waitFor({ timeout: 120_000 });
    });
    console.log(`${name} (${toPreview.result.replace(/^Import /, '')}):`);
    console.log(line('chosen → preview', toPreview));
    console.log(line('Import → comparison', toComparison));
    try {
      const afterReload = await window(browser, page, 'reload → comparison', async () => {
        await page.reload();
        await table.waitFor({ timeout: 60_000 });
      });
      console.log(line('reload → comparison', afterReload));
    } catch {
      await browser.stopTracing().catch(() => undefined);
      console.log('  reload → comparison: the import was not there after the reload');
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const server = await serveBuild(root);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
try {
  const real = args['no-real'] ? null : largestRealFile();
  if (real) await measure(browser, server.baseUrl, real.name, real.buffer);
  for (const rows of args.rows.split(',').filter(Boolean).map(Number))
    await measure(browser, server.baseUrl, `synthetic-${rows}-rows.csv`, synthetic(rows));
} finally {
  await browser.close();
  await server.close();
}
