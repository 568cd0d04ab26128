/**
 * Performance managers on the dashboard (issue 5, "Done means"): filter with the real controls,
 * open an indicator, check its figures and status against the council paper, and come back with
 * the browser's Back button to exactly the filtered view they left.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import type { E2eTest } from '../lib/e2e-test';
import { expectCount, expectText, expectVisible } from '../lib/expect';
import { checkPage, open, settle } from '../lib/page';

const seeds = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  'shared',
  'seeds',
);

/** A line of a council paper, when the papers are on this machine (they are not in a clean clone). */
function paperLine(document: string, line: number): string | undefined {
  const path = join(seeds, document);
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8').split('\n')[line - 1];
}

interface DashboardView {
  params: Record<string, string>;
  filters: Record<string, string>;
  rows: string[];
}

const FILTERS = ['Organisation structure', 'Directorate, division or unit', 'Status'] as const;

function indicatorsRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Indicators', exact: true });
}

/** What a user sees of the filtered view: the address, the chosen filters and the listed indicators. */
async function readView(page: Page): Promise<DashboardView> {
  const params = Object.fromEntries(new URL(page.url()).searchParams);
  const filters: Record<string, string> = {};
  for (const label of FILTERS) {
    const select = page.getByRole('search', { name: 'Filter indicators' }).getByLabel(label);
    filters[label] = (
      await select.evaluate((element) =>
        element instanceof HTMLSelectElement ? (element.selectedOptions[0]?.textContent ?? '') : '',
      )
    ).trim();
  }
  const rows = await indicatorsRegion(page)
    .getByRole('rowheader')
    .getByRole('link')
    .allInnerTexts();
  return { params, filters, rows };
}

function expectSameView(after: DashboardView, before: DashboardView, what: string): void {
  if (before.rows.length === 0) throw new Error(`${what}: the view before had no rows to compare`);
  const problems: string[] = [];
  const show = (value: unknown) => JSON.stringify(value);
  if (show(after.params) !== show(before.params))
    problems.push(`address ${show(after.params)} instead of ${show(before.params)}`);
  if (show(after.filters) !== show(before.filters))
    problems.push(`filters ${show(after.filters)} instead of ${show(before.filters)}`);
  if (show(after.rows) !== show(before.rows))
    problems.push(`rows ${show(after.rows)} instead of ${show(before.rows)}`);
  if (problems.length > 0) throw new Error(`${what}: ${problems.join('; ')}`);
}

/** The address's path (a structure's view is `/dashboard/kcc-2008`, ADR 0091) and its filters. */
function expectAddress(page: Page, path: string, expected: Record<string, string>): void {
  if (new URL(page.url()).pathname !== path)
    throw new Error(`expected the address ${path}, but it is ${page.url()}`);
  const params = Object.fromEntries(new URL(page.url()).searchParams);
  for (const [key, value] of Object.entries(expected)) {
    if (params[key] !== value)
      throw new Error(`expected ${key}=${value} in the address, but it is ${page.url()}`);
  }
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page
    .getByRole('search', { name: 'Filter indicators' })
    .getByLabel(label)
    .selectOption({ label: option });
  await settle(page);
}

/** The definition (dd) that follows a term (dt) in the indicator's "Definition and status" list. */
function definitionOf(page: Page, term: string): Locator {
  return page
    .getByRole('region', { name: 'Definition and status' })
    .locator('dt', { hasText: term })
    .locator('xpath=following-sibling::dd[1]');
}

interface Figure {
  period: string;
  figure: string;
  value: string;
  document: string;
  line: number;
}

/**
 * Finds the figure's row in the table view, opens its source and checks the row as printed; when
 * the papers are here, that the paper really prints that row on that line.
 */
async function expectFigure(page: Page, table: Locator, expected: Figure): Promise<void> {
  const what = `${expected.figure} ${expected.period} (${expected.document}, line ${expected.line})`;
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: expected.period, exact: true }) })
    .filter({ has: page.getByRole('cell', { name: expected.figure, exact: true }) })
    .filter({ hasText: `line ${expected.line}` });
  await expectCount(row, 1, `rows for ${what}`);
  await expectText(row.getByRole('cell').nth(1), expected.value, `the value of ${what}`);
  // A figure printed in several places is one row listing each printing; open this one.
  const printing = row.locator('details.provenance').filter({
    has: page.locator('summary', { hasText: new RegExp(`line ${expected.line}$`) }),
  });
  await printing.locator('summary').click();
  await expectText(
    printing.locator('.provenance__document'),
    `File ${expected.document}, line ${expected.line}`,
    `the source of ${what}`,
  );
  const printed = (await printing.locator('pre').innerText()).trim();
  const paper = paperLine(expected.document, expected.line);
  if (paper !== undefined && paper.trim() !== printed)
    throw new Error(
      `${what}: the row as printed "${printed}" is not line ${expected.line}: "${paper}"`,
    );
  await printing.locator('summary').click();
}

/** Follows an indicator link and waits for its page: the address, the data and its heading. */
async function openIndicator(page: Page, link: Locator, title: string): Promise<void> {
  const href = await link.getAttribute('href');
  await link.click();
  if (href) await page.waitForURL((url) => url.pathname === href.split('?')[0]);
  await settle(page);
  await expectVisible(
    page.getByRole('heading', { level: 1, name: title, exact: true }),
    `the heading "${title}"`,
  );
}

export const tests: E2eTest[] = [
  {
    name: 'filter to Adult Social Services reds, open an indicator, check it against the paper and come back with Back',
    timeout: 120_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/dashboard');
      await choose(
        page,
        'Organisation structure',
        'Kent County Council directorates and business units, 2008/09 unit business plans',
      );
      await choose(page, 'Directorate, division or unit', 'Adult Social Services');
      await choose(page, 'Status', 'Red');
      expectAddress(page, '/dashboard/kcc-2008', { node: 'kass', status: 'red' });

      // The 2008/09 plans print no floor standards, so under Kent's rule nothing there can be Red.
      const count = indicatorsRegion(page).getByRole('status');
      await expectText(count, '0 indicators: Adult Social Services, status Red', 'the count');
      await expectVisible(
        page.getByText('No indicators match these filters.'),
        'the empty state saying nothing is red',
      );
      await expectText(
        page.getByRole('list', { name: 'Adult Social Services: indicators by status' }),
        /0\s+Red/,
        "Adult Social Services' red count in the summary",
      );
      await checkPage(page, 'dashboard adult social services red');

      // Nor is anything Amber: no 2007/08 estimate in these plans misses its target.
      await choose(page, 'Status', 'Amber');
      await expectText(count, '0 indicators: Adult Social Services, status Amber', 'the count');
      await choose(page, 'Status', 'Green');
      await expectText(
        count,
        /^\d+ indicators?: Adult Social Services, status Green$/,
        'the count',
      );
      expectAddress(page, '/dashboard/kcc-2008', { node: 'kass', status: 'green' });
      await checkPage(page, 'dashboard adult social services green');
      const before = await readView(page);

      const title =
        'Older People aged 65 and over helped to live at home per 1000 population aged 65 and over';
      const listed = indicatorsRegion(page)
        .getByRole('row')
        .filter({
          has: page.getByRole('link', { name: title, exact: true }),
        });
      // The dashboard row as the paper has it: actual 75 in 2006/07, estimate 76 against target 76.
      await expectText(listed.getByRole('cell').nth(0), '75 per 1,000', 'the latest result');
      await expectText(listed.getByRole('cell').nth(0), '2006/07', 'the latest period');
      await expectText(listed.getByRole('cell').nth(3), '76 per 1,000', 'the forecast');
      await expectText(listed.getByRole('cell').nth(4), 'Green', 'the forecast status');
      await expectText(listed.getByRole('cell').nth(5), '76 per 1,000', 'the target');
      await expectText(listed.getByRole('cell').nth(7), '75 per 1,000', 'the previous year');
      await openIndicator(page, listed.getByRole('link', { name: title, exact: true }), title);
      await expectText(
        page.locator('.indicator-summary'),
        'was 75 per 1,000 in 2006/07.',
        'the summary sentence',
      );
      await expectText(
        definitionOf(page, 'Current status (2006/07)'),
        'Not rated: 75 per 1,000, but no target for 2006/07 is set',
        'the status of the 2006/07 actual',
      );
      const forecast = definitionOf(page, 'Forecast (2007/08)');
      await expectText(forecast.locator('.status-badge__word'), 'Green', 'the status word');
      await expectText(
        forecast,
        'Green: the estimate of 76 per 1,000 meets the 76 per 1,000 target',
        'the reason for the status',
      );
      await expectText(definitionOf(page, 'Polarity'), 'higher is better', 'the polarity');
      await checkPage(page, 'dashboard paf c32 chart');

      await page.getByRole('button', { name: 'Table' }).click();
      await settle(page);
      const table = page.getByRole('table', {
        name: /^Every figure held for Older People aged 65 and over helped to live at home/,
      });
      await expectVisible(table, 'the table of every figure');
      // Cabinet, 14 April 2008, line 635: "Actual 2005/06 75, Actual 2006/07 75, Target 2007/08 76".
      const paper = '001_23223e66fe6ffd0f.txt';
      for (const figure of [
        { period: '2005/06', figure: 'Actual', value: '75 per 1,000', document: paper, line: 635 },
        { period: '2006/07', figure: 'Actual', value: '75 per 1,000', document: paper, line: 635 },
        { period: '2007/08', figure: 'Target', value: '76 per 1,000', document: paper, line: 635 },
        // Kent-wide Services' table (line 3749) estimates 2007/08 at 76 (printed, wrongly, as 76%).
        {
          period: '2007/08',
          figure: 'Estimate',
          value: '76 per 1,000',
          document: paper,
          line: 3749,
        },
      ]) {
        await expectFigure(page, table, figure);
      }
      await expectText(
        page.getByRole('region', { name: 'Data-quality notes' }),
        'printed with a % sign on line 3749',
        'the note on the misprinted % sign',
      );
      await checkPage(page, 'dashboard paf c32 table');

      await page.goBack();
      await settle(page);
      await expectText(
        count,
        /^\d+ indicators?: Adult Social Services, status Green$/,
        'the count',
      );
      expectSameView(await readView(page), before, 'after Back the dashboard shows');
    },
  },
  {
    name: 'the 2012 dashboard: Customer & Communities reds from the summary count, the Grade 1 calls figures, and Back',
    timeout: 120_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/dashboard');
      await page
        .getByRole('list', { name: 'Customer & Communities: indicators by status' })
        .getByRole('link', { name: /^2 Red indicators$/ })
        .click();
      await settle(page);
      expectAddress(page, '/dashboard', { status: 'red' });
      await expectText(
        indicatorsRegion(page).getByRole('status'),
        '2 indicators: status Red',
        'the count',
      );
      await checkPage(page, 'dashboard customer and communities red');
      const before = await readView(page);
      if (before.filters.Status !== 'Red')
        throw new Error(`the status filter says "${before.filters.Status}", not Red`);

      // Paper 004, line 476: May 67% RED, year to date 72% RED, target 80%, floor 75%, previous year 85%.
      const title =
        'Percentage of Grade 1 priority calls to the Contact Centre answered in 20 seconds';
      const listed = indicatorsRegion(page)
        .getByRole('row')
        .filter({
          has: page.getByRole('link', { name: title, exact: true }),
        });
      const cells = listed.getByRole('cell');
      for (const [index, text, what] of [
        [0, '67%', 'the May result'],
        [0, 'May 2012', 'the month'],
        [1, 'Red', 'the month status'],
        [3, '72%', 'the year-to-date result'],
        [4, 'Red', 'the year-to-date status'],
        [5, '80%', 'the year-end target'],
        [6, '75%', 'the floor standard'],
        [7, '85%', 'the previous year'],
      ] as const) {
        await expectText(cells.nth(index), text, what);
      }
      await openIndicator(page, listed.getByRole('link', { name: title, exact: true }), title);
      await expectText(
        page.locator('.indicator-summary'),
        'was 67% in May 2012. It is rated Red: 67% is below the 75% floor and the 80% target for 2012/13.',
        'the summary sentence',
      );
      const current = definitionOf(page, 'Current status (May 2012)');
      await expectText(current.locator('.status-badge__word'), 'Red', 'the status word');
      await expectText(
        current,
        'Red: 67% is below the 75% floor and the 80% target for 2012/13',
        'the reason for the status',
      );
      await expectText(
        definitionOf(page, 'Year to date (May 2012)'),
        'the year-to-date figure of 72% is below the 75% floor',
        'the year-to-date status',
      );
      await page.getByRole('button', { name: 'Table' }).click();
      await settle(page);
      const table = page.getByRole('table', {
        name: /^Every figure held for Percentage of Grade 1/,
      });
      const paper = '004_02ef8f1cbe0338b4.txt';
      for (const figure of [
        { period: 'May 2012', figure: 'Actual', value: '67%', document: paper, line: 476 },
        {
          period: 'May 2012',
          figure: 'Actual (year to date)',
          value: '72%',
          document: paper,
          line: 476,
        },
        { period: '2012/13', figure: 'Target', value: '80%', document: paper, line: 476 },
        { period: '2012/13', figure: 'Floor standard', value: '75%', document: paper, line: 476 },
        { period: '2011/12', figure: 'Actual', value: '85%', document: paper, line: 476 },
      ]) {
        await expectFigure(page, table, figure);
      }
      await checkPage(page, 'dashboard grade 1 calls table');

      await page.goBack();
      await settle(page);
      await expectText(
        indicatorsRegion(page).getByRole('status'),
        '2 indicators: status Red',
        'the count',
      );
      expectSameView(await readView(page), before, 'after Back the dashboard shows');
    },
  },
  {
    name: 'switch assumed target profiles off: counts and rows show the paper’s own statuses, as a permalink',
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/dashboard');
      const summary = page.getByRole('list', {
        name: 'Customer & Communities: indicators by status',
      });
      await expectVisible(
        summary.getByRole('link', { name: '12 Green indicators' }),
        '12 Green with assumed profiles',
      );
      const rogueTraders = page
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: /^Number of rogue traders disrupted/ }) });
      await expectVisible(
        rogueTraders.getByText('Assumed profile; the paper’s figures alone: Not rated'),
        'the assumed-profile status labelled beside the paper’s',
      );
      await page.getByRole('checkbox', { name: /use assumed target profiles/i }).uncheck();
      await settle(page);
      await expectVisible(
        summary.getByRole('link', { name: '9 Green indicators' }),
        '9 Green from the paper’s figures alone',
      );
      await expectCount(
        rogueTraders.getByText(/Assumed profile/),
        0,
        'assumption labels once assumed profiles are off',
      );
      if (!page.url().includes('profiles=paper'))
        throw new Error(`the choice is not in the address: ${page.url()}`);
      await checkPage(page, 'dashboard without assumed profiles');

      await page.reload();
      await settle(page);
      await expectVisible(
        summary.getByRole('link', { name: '9 Green indicators' }),
        'the permalink reopening without assumed profiles',
      );
    },
  },
  {
    name: 'assumed target profiles switched off on the overview stay off on the scorecard, the dashboard and the exceptions',
    async run({ page, baseUrl }) {
      const keepsChoice = (where: string) => {
        if (!page.url().includes('profiles=paper'))
          throw new Error(`the choice is lost on ${where}: ${page.url()}`);
      };
      const switchOff = page.getByRole('checkbox', { name: /use assumed target profiles/i });
      await open(page, baseUrl, '/');
      await switchOff.uncheck();
      await settle(page);
      keepsChoice('the overview');

      await page
        .getByRole('heading', { level: 4, name: 'Customer & Communities' })
        .getByRole('link')
        .click();
      await settle(page);
      await expectVisible(
        page.getByRole('heading', { level: 1, name: 'Customer & Communities' }),
        'the directorate’s scorecard',
      );
      keepsChoice('the scorecard');
      await expectVisible(
        page
          .getByRole('list', { name: 'Customer & Communities: indicators by status' })
          .getByRole('link', { name: '9 Green indicators' }),
        '9 Green on the scorecard from the paper’s figures alone',
      );
      if (await switchOff.isChecked()) throw new Error('the scorecard’s switch is on');
      await expectCount(
        page.getByText(/Assumed profile; the paper’s figures alone/),
        0,
        'assumption labels on the scorecard',
      );
      await checkPage(page, 'organisation without assumed profiles');

      await page
        .getByRole('navigation', { name: /breadcrumb/i })
        .getByRole('link', { name: 'Dashboard' })
        .click();
      await settle(page);
      keepsChoice('the dashboard');
      await page.getByRole('link', { name: /See the exceptions/ }).click();
      await settle(page);
      await expectVisible(
        page.getByRole('heading', { level: 1, name: 'Exceptions' }),
        'the exceptions page',
      );
      keepsChoice('the exceptions');
      await expectVisible(switchOff, 'the switch on the exceptions page');
      if (await switchOff.isChecked()) throw new Error('the exceptions page’s switch is on');
      await checkPage(page, 'exceptions without assumed profiles');
    },
  },
];
