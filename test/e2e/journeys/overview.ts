/**
 * Issue 15, the first five minutes: the authority overview at home, the 2008 view folded by
 * directorate and unit (with its printed pack), one search across everything, the help and
 * glossary, and a missing page said in words.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { E2eTest } from '../lib/e2e-test';
import { expectCount, expectText, expectVisible } from '../lib/expect';
import { checkPage, open, screenshotDir, screenshotName, settle } from '../lib/page';

const PHONE = { width: 390, height: 844 };

/** The phone-sized screenshot the issue asks for, beside checkPage's 1366 and 320 px ones. */
async function phoneScreenshot(page: Page, label: string): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize(PHONE);
  await page.screenshot({
    path: join(screenshotDir, `${screenshotName(label)}-390.png`),
    fullPage: true,
  });
  if (before) await page.setViewportSize(before);
}

async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/**
 * The router writes the address once its navigation settles, which can be just after the page
 * looks still (no network is involved): wait for the expected folds rather than race them.
 */
async function addressSettles(page: Page, open: string): Promise<void> {
  await page
    .waitForURL((url) => url.searchParams.get('open') === open, { timeout: 5_000 })
    .catch(() => undefined);
}

export const tests: E2eTest[] = [
  {
    name: 'overview: the home shows when the figures are from, each directorate, what needs attention and what changed',
    timeout: 90_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/');
      await expectVisible(
        page.getByRole('heading', { level: 1, name: 'Kent County Council: performance overview' }),
        'the overview heading',
      );
      await expectVisible(
        page.getByText('Figures as at May 2012, published 6 July 2012.'),
        'when the figures are from',
      );
      for (const directorate of [
        'Customer & Communities',
        'Adult Social Services',
        'Children, Families & Education',
        'Communities',
        'Environment & Regeneration',
        "Chief Executive's Department",
      ]) {
        await expectVisible(
          page.getByRole('list', { name: `${directorate}: indicators by status`, exact: true }),
          `${directorate}'s status mix`,
        );
      }
      const attention = page.getByRole('region', { name: 'Needs attention' });
      await expectVisible(
        attention.getByRole('link', {
          name: 'Percentage of Grade 1 priority calls to the Contact Centre answered in 20 seconds',
        }),
        'the red Grade 1 calls indicator under Needs attention',
      );
      await expectText(
        page.getByRole('region', { name: 'What changed since the last period' }),
        /Since April 2012, /,
        'what changed',
      );
      await checkPage(page, 'overview home');
      await phoneScreenshot(page, 'overview home');

      // The old home was the dashboard: its permalinks still open it, filters and all.
      await open(page, baseUrl, '/?status=red');
      if (new URL(page.url()).pathname !== '/dashboard' || param(page, 'status') !== 'red')
        throw new Error(`an old dashboard permalink went to ${page.url()}`);
      await expectText(
        page.getByRole('region', { name: 'Indicators', exact: true }).getByRole('status'),
        '2 indicators: status Red',
        'the redirected dashboard count',
      );
    },
  },
  {
    name: 'overview: the 2008 authority view is folded by directorate and unit, opened by keyboard into the address, and prints as a pack',
    timeout: 120_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/?structure=kcc-2008');
      if (new URL(page.url()).pathname !== '/dashboard/kcc-2008')
        throw new Error(`the 2008 permalink went to ${page.url()}`);
      // The list's 1,000 rows are validated in slices after the network is idle, behind a
      // skeleton that is not aria-busy: wait for the folds before measuring the page.
      await page.locator('details.fold--directorate').first().waitFor({ timeout: 30_000 });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (height > 6000) throw new Error(`the folded 2008 view is ${height}px tall`);
      const folds = page.locator('details.fold--directorate');
      await expectCount(folds, 5, 'directorate folds');
      await expectText(
        folds.nth(1).locator('summary'),
        /Children, Families & Education\s*463 indicators:\s*2 Red/,
        "Children, Families & Education's fold with its counts",
      );
      await expectVisible(
        page.getByRole('heading', { name: /^Exceptions/ }),
        'the exceptions before the folds',
      );
      await checkPage(page, 'overview 2008 folded');
      await phoneScreenshot(page, 'overview 2008 folded');
      const closedPages = await printedPages(page);

      // Open Adult Social Services, then its Headquarters unit, with the keyboard alone.
      await folds.nth(0).locator('summary').focus();
      await page.keyboard.press('Enter');
      await settle(page);
      await addressSettles(page, 'kass');
      if (param(page, 'open') !== 'kass')
        throw new Error(`opening Adult Social Services left the address at ${page.url()}`);
      const unit = page.locator('details.fold--unit').filter({ hasText: 'Headquarters' });
      await unit.locator('summary').focus();
      await page.keyboard.press('Space');
      await settle(page);
      await addressSettles(page, 'kass,kass-headquarters');
      if (param(page, 'open') !== 'kass,kass-headquarters')
        throw new Error(`opening Headquarters left the address at ${page.url()}`);
      await expectVisible(
        unit.getByRole('table', { name: /^Annual performance indicators/ }),
        "Headquarters' table",
      );

      // The address is a permalink: a fresh load opens the same folds.
      const permalink = new URL(page.url());
      await open(page, baseUrl, `${permalink.pathname}${permalink.search}`);
      await expectVisible(
        page
          .locator('details.fold--unit[open]')
          .filter({ hasText: 'Headquarters' })
          .getByRole('table', { name: /^Annual performance indicators/ }),
        "Headquarters' table after reloading the permalink",
      );
      const rows = await page.locator('tbody tr').count();
      if (rows > 60) throw new Error(`with one unit open the page renders ${rows} rows`);
      await checkPage(page, 'overview 2008 one unit open');
      const openPages = await printedPages(page);
      console.log(
        `      2008 view: ${height}px tall, ${closedPages} A4 pages folded, ${openPages} with Headquarters open`,
      );
      if (closedPages > 4 || openPages > 8)
        throw new Error(`the printed pack is ${closedPages} / ${openPages} pages`);
    },
  },
  {
    name: 'overview: one search finds NI 111 across both structures by its code, and "NI" never matches "Pakistani"',
    timeout: 90_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/');
      await page
        .getByRole('searchbox', { name: 'Search all indicators by code, title or owner' })
        .fill('NI 111');
      await page.keyboard.press('Enter');
      await settle(page);
      if (new URL(page.url()).pathname !== '/search' || param(page, 'q') !== 'NI 111')
        throw new Error(`the search went to ${page.url()}`);
      await expectVisible(
        page.getByRole('heading', { level: 2, name: /match(es)? “NI 111”\.$/ }),
        'the results heading',
      );
      const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
      const texts = await results.allInnerTexts();
      if (texts.length === 0) throw new Error('NI 111 found nothing');
      for (const text of texts)
        if (!/NI 111(?!\d)/.test(text)) throw new Error(`NI 111 found "${text}"`);
      await checkPage(page, 'overview search ni 111');
      await phoneScreenshot(page, 'overview search ni 111');

      await open(page, baseUrl, '/search?q=NI');
      await expectVisible(
        page.getByRole('heading', { level: 2, name: /match(es)? “NI”\.$/ }),
        'the results heading for NI',
      );
      const all = await page
        .getByRole('list', { name: 'Search results' })
        .getByRole('listitem')
        .allInnerTexts();
      if (all.some((text) => /Pakistani/.test(text))) throw new Error('"NI" matched Pakistani');

      // An owner's name finds what the unit owns.
      await open(page, baseUrl, '/search?q=Youth%20Offending%20Service');
      await expectText(
        page.getByRole('heading', { level: 2 }).first(),
        /^\d+ indicators? match/,
        'results for an owner',
      );
    },
  },
  {
    name: 'overview: a term in the dashboard links to its glossary entry, which quotes the rule',
    timeout: 60_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/dashboard');
      await page
        .getByRole('region', { name: 'Indicators', exact: true })
        .getByRole('link', { name: 'floor standard' })
        .first()
        .click();
      await settle(page);
      if (new URL(page.url()).pathname !== '/help' || new URL(page.url()).hash !== '#floor')
        throw new Error(`the floor standard link went to ${page.url()}`);
      await expectVisible(page.getByText('Floor standard', { exact: true }), 'the floor entry');
      await expectVisible(
        page.getByText(/Green when the target is met or exceeded; Amber when below target/),
        "Kent's rule, as the domain words it",
      );
      await checkPage(page, 'overview help glossary');
      await phoneScreenshot(page, 'overview help glossary');
    },
  },
  {
    name: 'overview: a unit or indicator that does not exist is a Page not found with a way back, and no Retry',
    timeout: 60_000,
    // The static publication answers a missing indicator's file with 404, which Chromium logs.
    allowConsoleErrors: [/status of 404 \(Not Found\)/],
    async run({ page, baseUrl }) {
      for (const [path, label] of [
        ['/organisation/cc-2012/no-such-unit', 'overview missing unit'],
        ['/indicators/no-such-indicator', 'overview missing indicator'],
      ] as const) {
        await open(page, baseUrl, path);
        await expectVisible(
          page.getByRole('heading', { level: 1, name: 'Page not found' }),
          `${path}: the Page not found heading`,
        );
        await expectVisible(
          page.getByRole('main').getByRole('link', { name: 'Go to the overview' }),
          `${path}: the way back`,
        );
        await expectCount(page.getByRole('button', { name: 'Retry' }), 0, `${path}: Retry buttons`);
        const text = await page.getByRole('main').innerText();
        if (text.includes('no-such')) throw new Error(`${path}: the page shows the internal id`);
        await checkPage(page, label);
      }
      await phoneScreenshot(page, 'overview missing indicator');
    },
  },
];
