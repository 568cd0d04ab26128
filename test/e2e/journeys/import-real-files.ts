/**
 * Issue 11: the real files councils download (../shared/real-files), imported in the browser.
 * The files are read from ../shared, never copied into the project; without them these journeys
 * are not run, and the runner says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chooseGroup } from '../lib/compare';
import type { E2eTest } from '../lib/e2e-test';
import { expectHidden, expectVisible } from '../lib/expect';
import { checkPage, open, settle } from '../lib/page';

export const realFiles = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  'shared',
  'real-files',
);
const LG_INFORM = '01_lginform_nndr_collected_quarterly_london.csv';
export const FINGERTIPS = '04_fingertips_Rexport_pm25_mortality_fraction_all_LAs.csv';
export const INDICATOR = '/compare/cmp-yjb-overall-performance';

export async function importFile(page: Page, name: string, count: RegExp): Promise<void> {
  await page.getByLabel('CSV file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: readFileSync(join(realFiles, name)),
  });
  const preview = page.getByRole('region', { name: `Preview of ${name}` });
  await expectVisible(preview.getByRole('button', { name: count }), 'the preview’s import button');
}

const journeys: E2eTest[] = [
  {
    name: 'import the LG Inform file and see the London boroughs ranked for a quarter',
    timeout: 90_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, INDICATOR);
      await importFile(page, LG_INFORM, /^Import 1,568 figures$/);
      const preview = page.getByRole('region', { name: `Preview of ${LG_INFORM}` });
      await expectVisible(preview.getByText('GBP (000)').first(), 'the unit from the file');
      await expectVisible(preview.getByText('32 London boroughs'), 'all 32 boroughs matched');
      await checkPage(page, 'import lg inform preview');
      await preview.getByRole('button', { name: 'Import 1,568 figures' }).click();
      await chooseGroup(page, `London boroughs in ${LG_INFORM}`);
      await page.getByLabel('Period').selectOption({ label: 'Q3 2019/20' });
      await settle(page);
      const table = page.getByRole('table', { name: /London boroughs in .*Q3 2019\/20/ });
      await expectVisible(table, 'the boroughs’ table for Q3 2019/20');
      await expectVisible(
        table.getByRole('rowheader', { name: /Westminster/ }),
        'Westminster ranked',
      );
      await checkPage(page, 'import lg inform ranked');
    },
  },
  {
    name: 'import the Fingertips file, compare Kent with the counties, England as a reference; reload; remove',
    // Without a server the browser keeps the import; server-imports.ts is this journey on the server.
    target: 'static',
    timeout: 90_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, INDICATOR);
      await importFile(page, FINGERTIPS, /^Import [\d,]+ figures$/);
      const preview = page.getByRole('region', { name: `Preview of ${FINGERTIPS}` });
      await expectVisible(
        preview.getByText(/England, .*reference lines, never ranked/),
        'England as a reference',
      );
      await preview.getByRole('button', { name: /^Import [\d,]+ figures$/ }).click();
      await chooseGroup(page, `Counties in ${FINGERTIPS}`);
      await settle(page);
      await expectVisible(
        page.getByText(/^Kent (is|has) .* of 2\d in Counties in/).first(),
        'Kent placed among the counties',
      );
      await expectVisible(
        page.getByRole('list', { name: 'Chart key' }).getByText(/England: \d/),
        'England as a reference line',
      );
      const table = page.getByRole('table', { name: /Counties in/ });
      // England is listed under the references, with no position.
      await expectVisible(
        table.getByText('Averages and reference figures (not ranked)'),
        'the references, apart from the ranking',
      );
      const england = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: /^England/ }) });
      await expectVisible(
        england.getByRole('cell', { name: '–', exact: true }).first(),
        'England without a position',
      );
      await checkPage(page, 'import fingertips counties');

      await page.reload();
      await settle(page);
      const kept = page.getByRole('button', { name: `Remove ${FINGERTIPS}` });
      await expectVisible(kept, 'the import kept after a reload');
      await kept.click();
      await expectHidden(
        page.getByRole('heading', { name: 'Imported files' }),
        'the import removed',
      );
    },
  },
];

if (!existsSync(realFiles)) console.log(`Real-file journeys not run: ${realFiles} is absent.`);

export const tests: E2eTest[] = existsSync(realFiles) ? journeys : [];
