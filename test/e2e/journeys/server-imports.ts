/**
 * Against the real server (issue 11): a signed-in person imports the Fingertips file, compares
 * Kent with the other counties, finds the import still there after a reload (kept on the server,
 * labelled with the file and who imported it) and removes it with the keyboard; and workbooks of a
 * table and of a unit's scorecard download and read back with their formats.
 */
import { existsSync } from 'node:fs';
// exceljs is CommonJS: Node's ESM loader sees only its default export.
import exceljs, { type Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { chooseGroup } from '../lib/compare';
import type { E2eTest } from '../lib/e2e-test';
import { expectHidden, expectVisible } from '../lib/expect';
import { checkPage, open, settle } from '../lib/page';
import { E2E_ADMIN } from '../lib/server';
import { signInThroughThePage } from '../lib/sign-in';
import { FINGERTIPS, importFile, INDICATOR, realFiles } from './import-real-files';

/** Presses a button with the keyboard and reads the workbook it downloads. */
async function downloadWorkbook(page: Page, buttonName: string): Promise<Workbook> {
  const button = page.getByRole('button', { name: buttonName });
  await expectVisible(button, buttonName);
  await button.focus();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const path = await download.path();
  const workbook = new exceljs.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function fail(what: string): never {
  throw new Error(what);
}

const importJourney: E2eTest = {
  name: 'signed in, import the Fingertips file, compare Kent with the counties, reload, remove it',
  target: 'server',
  timeout: 120_000,
  async run({ page, baseUrl }) {
    await open(page, baseUrl, '/');
    await signInThroughThePage(page);
    await open(page, baseUrl, INDICATOR);
    await importFile(page, FINGERTIPS, /^Import [\d,]+ figures$/);
    const preview = page.getByRole('region', { name: `Preview of ${FINGERTIPS}` });
    await preview.getByRole('button', { name: /^Import [\d,]+ figures$/ }).click();
    await chooseGroup(page, `Counties in ${FINGERTIPS}`);
    await settle(page);
    await expectVisible(
      page.getByText(/^Kent (is|has) .* of 2\d in Counties in/).first(),
      'Kent placed among the counties',
    );
    // The server has kept it once it names who imported it.
    await expectVisible(
      page.getByText(new RegExp(`by ${E2E_ADMIN.name}\\)`)),
      'the import kept on the server, with its importer',
    );
    await expectVisible(
      page.getByText(/^Kept on the server for everyone who signs in/),
      'where it is kept',
    );
    await checkPage(page, 'server import fingertips counties');

    await page.reload();
    await settle(page);
    await expectVisible(
      page.getByText(`Imported from ${FINGERTIPS}`).first(),
      'the import, labelled with its file, after a reload',
    );
    await chooseGroup(page, `Counties in ${FINGERTIPS}`);
    await settle(page);
    await expectVisible(
      page.getByText(/^Kent (is|has) .* of 2\d in Counties in/).first(),
      'Kent still compared with the counties after the reload',
    );
    const remove = page.getByRole('button', { name: `Remove ${FINGERTIPS}` });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expectHidden(page.getByRole('heading', { name: 'Imported files' }), 'the import removed');
    await page.reload();
    await settle(page);
    await expectVisible(page.getByLabel('CSV file'), 'the import panel after the reload');
    await expectHidden(
      page.getByRole('button', { name: `Remove ${FINGERTIPS}` }),
      'the import still gone after a reload',
    );
  },
};

const workbookJourney: E2eTest = {
  name: 'a table and a unit scorecard download as workbooks that read back with their formats',
  timeout: 90_000,
  async run({ page, baseUrl }) {
    await open(page, baseUrl, '/organisation/cc-2012/customer-and-communities');
    await expectVisible(
      page.getByRole('heading', { level: 1, name: 'Customer & Communities' }),
      'the unit page',
    );
    await checkPage(page, 'organisation with workbook downloads');
    const scorecard = await downloadWorkbook(page, 'Download unit scorecard (XLSX)');
    if (scorecard.worksheets.map((s) => s.name).join(',') !== 'Scorecard,Trend,Definitions')
      fail(`unexpected sheets ${scorecard.worksheets.map((s) => s.name).join(',')}`);
    const sheet = scorecard.getWorksheet('Scorecard') ?? fail('no Scorecard sheet');
    if (!sheet.getCell('A1').text.includes('Customer & Communities, unit scorecard'))
      fail(`scorecard title is ${sheet.getCell('A1').text}`);
    let formatted = 0;
    sheet.eachRow((row, number) => {
      if (number > 5 && typeof row.getCell(4).value === 'number' && row.getCell(4).numFmt)
        formatted += 1;
    });
    if (formatted === 0) fail('no latest figure is a formatted number');

    const table = await downloadWorkbook(page, 'Download these figures (XLSX)');
    const figures = table.getWorksheet('Figures') ?? fail('no Figures sheet');
    if (figures.getRow(5).getCell(3).text !== 'Indicator')
      fail(`the header row is ${figures.getRow(5).getCell(3).text}`);
    if (!table.getWorksheet('Definitions')) fail('no Definitions sheet');
  },
};

export const tests: E2eTest[] = existsSync(realFiles)
  ? [importJourney, workbookJourney]
  : [workbookJourney];
