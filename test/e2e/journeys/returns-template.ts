/**
 * The returns template round trip of issue 11 in a real browser against the Ragstone server: a
 * contributor for Libraries downloads the template from an indicator page, fills it in Excel (here
 * exceljs) for three indicators with one deliberate bad cell, imports it, sees the bad cell named
 * by sheet, row and column, commits the good rows as drafts, sees them as returns in progress, and
 * undoes the batch, after which they are gone; then downloads the whole unit's template from its
 * scorecard page.
 */
import { readFile } from 'node:fs/promises';
import exceljs from 'exceljs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { E2eTest } from '../lib/e2e-test';
import { expectVisible } from '../lib/expect';
import {
  checkPage,
  DESKTOP,
  NARROW,
  open,
  screenshotDir,
  screenshotName,
  settle,
} from '../lib/page';
import { signInThroughThePage } from '../lib/sign-in';

const VISITS = 'cc2012-library-visits';
const ISSUES = 'cc2012-library-book-issues';
const WEBSITE = 'cc2012-libraries-and-archives-website-visits';
const LIBRARIES = {
  structureId: 'cc-2012',
  nodeId: 'libraries-archives-and-registration-services',
};
const CONTRIBUTOR = {
  email: 'template.contributor@e2e.example.gov.uk',
  name: 'Tess Template',
  password: 'templates for libraries, long enough',
};

/** A same-origin API call from the page, with the session cookie and CSRF token, as the app makes. */
async function api(page: Page, method: string, path: string, body?: unknown): Promise<number> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string | null };
      const response = await fetch(path, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(me.csrfToken ? { 'x-csrf-token': me.csrfToken } : {}),
        },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { method, path, body },
  );
}

/** The section alone at both widths (`<name>-section-1366.png`, `-320.png`), to look at closely. */
async function shootSection(page: Page, section: Locator, name: string): Promise<void> {
  const base = join(screenshotDir, `${screenshotName(name)}-section`);
  for (const size of [DESKTOP, NARROW]) {
    await page.setViewportSize(size);
    await section.screenshot({ path: `${base}-${size.width}.png` });
  }
  await page.setViewportSize(DESKTOP);
}

/** The indicator codes of a template's Actuals rows. */
async function actualsCodes(bytes: Buffer): Promise<string[]> {
  const workbook = new exceljs.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const codes: string[] = [];
  workbook.getWorksheet('Actuals')?.eachRow((row, number) => {
    if (number > 1 && row.getCell(1).text) codes.push(row.getCell(1).text);
  });
  return codes;
}

/** Fills the downloaded workbook's Actuals sheet as an analyst would: June for three indicators. */
async function fillTemplate(bytes: Buffer): Promise<Buffer> {
  const workbook = new exceljs.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheetNames = workbook.worksheets.map((sheet) => sheet.name);
  for (const wanted of ['Read me', 'Definitions', 'Actuals']) {
    if (!sheetNames.includes(wanted)) {
      throw new Error(`the template's sheets are ${sheetNames.join(', ')}`);
    }
  }
  const actuals = workbook.getWorksheet('Actuals');
  if (!actuals) throw new Error('no Actuals sheet');
  const prefilled = actuals.getRow(2);
  if (prefilled.getCell(1).text !== VISITS) {
    throw new Error(`the first Actuals row is for "${prefilled.getCell(1).text}", not ${VISITS}`);
  }
  const period = prefilled.getCell(3).text;
  if (period !== '2012-06') throw new Error(`the prefilled period is "${period}"`);
  // Row 2 (prefilled): the visits figure; rows 3 and 4 typed in; row 4's value is the bad cell.
  prefilled.getCell(4).value = 512000;
  prefilled.getCell(6).value = 'Two branches closed for refurbishment.';
  actuals.getRow(3).values = [ISSUES, '', '2012-06', 431000, '', '', ''];
  actuals.getRow(4).values = [WEBSITE, '', '2012-06', 'about 90 thousand', '', '', ''];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const tests: E2eTest[] = [
  {
    name: 'returns template: download, fill for three indicators, import, preview the bad cell, commit as drafts, undo',
    target: 'server',
    timeout: 240_000,
    async run({ page, baseUrl }) {
      // The administrator creates a contributor for Libraries through the admin API.
      await open(page, baseUrl, '/');
      await signInThroughThePage(page);
      const created = await api(page, 'POST', '/api/admin/people', {
        email: CONTRIBUTOR.email,
        name: CONTRIBUTOR.name,
        password: CONTRIBUTOR.password,
        grants: [{ role: 'contributor', unit: LIBRARIES }],
      });
      if (created !== 201 && created !== 200) throw new Error(`creating answered ${created}`);
      await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
      await settle(page);

      await open(page, baseUrl, `/indicators/${VISITS}`);
      await signInThroughThePage(page, undefined, CONTRIBUTOR);
      await open(page, baseUrl, `/indicators/${VISITS}`);
      const panel = page.getByRole('region', { name: 'Returns template' });
      await expectVisible(panel.getByRole('heading', { name: 'Returns template' }), 'the section');
      await panel.scrollIntoViewIfNeeded();
      await checkPage(page, 'returns template before import');
      await shootSection(page, panel, 'returns template before import');

      // Download the template and fill it.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: 'Download template (Excel)' }).click(),
      ]);
      if (!download.suggestedFilename().endsWith('.xlsx')) {
        throw new Error(`the template is named ${download.suggestedFilename()}`);
      }
      const filled = await fillTemplate(await readFile(await download.path()));

      // Import it: the preview names the bad cell and keeps the good rows.
      await panel.getByLabel('Filled template (Excel .xlsx or CSV)').setInputFiles({
        name: 'libraries-june.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: filled,
      });
      await expectVisible(
        panel.getByText(
          /2 rows ready to import \(2 figures, 0 definition rows\); 1 definition row unchanged \(not imported\); 1 problem/,
        ),
        'the summary of the preview, the prefilled definition unchanged',
      );
      await expectVisible(
        panel
          .getByRole('table', { name: /^Definitions:/ })
          .getByRole('cell', { name: 'Unchanged', exact: true }),
        'the prefilled definition row marked unchanged',
      );
      await expectVisible(
        panel.getByText(/Actuals, row 4, Value \(D\):/).first(),
        'the bad cell named by sheet, row and column',
      );
      await checkPage(page, 'returns template preview');
      await shootSection(page, panel, 'returns template preview');

      // Commit the good rows as drafts.
      await panel.getByRole('radio', { name: /Save as drafts/ }).check();
      await panel.getByRole('button', { name: /^Import \d+ rows?$/ }).click();
      await expectVisible(
        panel.getByText(/as one batch: 2 figures saved as drafts/),
        'the batch committed',
      );
      const progress = panel.getByRole('table', { name: 'Returns in progress (not published)' });
      await expectVisible(
        progress.getByRole('rowheader', { name: 'June 2012' }),
        'June in progress',
      );
      await expectVisible(progress.getByText('Draft (not published)'), 'a draft');
      await expectVisible(progress.getByRole('cell', { name: '512,000' }), 'the figure formatted');
      await expectVisible(progress.getByText(/An imported template/), 'from the import');
      await checkPage(page, 'returns template after commit');
      await shootSection(page, panel, 'returns template after commit');

      // The other indicator's draft shows on its own page too.
      const issuesPage = await page.context().newPage();
      await open(issuesPage, baseUrl, `/indicators/${ISSUES}`);
      await expectVisible(
        issuesPage
          .getByRole('table', { name: 'Returns in progress (not published)' })
          .getByRole('rowheader', { name: 'June 2012' }),
        'the book issues draft on its page',
      );

      // Undo the whole batch.
      await panel.getByRole('button', { name: 'Undo this import' }).click();
      await expectVisible(panel.getByText(/Undone: every figure and definition/), 'undone');
      await expectVisible(
        panel.getByText('No returns are in progress for this indicator.'),
        'the draft gone',
      );
      await issuesPage.reload();
      await expectVisible(
        issuesPage.getByText('No returns are in progress for this indicator.'),
        'the book issues draft gone',
      );
      await issuesPage.close();
      await checkPage(page, 'returns template after undo');

      // A whole unit's template, from its scorecard page: every Libraries indicator in Actuals.
      await open(page, baseUrl, `/organisation/${LIBRARIES.structureId}/${LIBRARIES.nodeId}`);
      const unitPanel = page.getByRole('region', { name: 'Returns template' });
      await expectVisible(unitPanel.getByText(/prefilled with these \d+ indicators/), 'the unit');
      const [unitDownload] = await Promise.all([
        page.waitForEvent('download'),
        unitPanel.getByRole('button', { name: 'Download template (Excel)' }).click(),
      ]);
      const unitCodes = await actualsCodes(await readFile(await unitDownload.path()));
      for (const code of [VISITS, ISSUES, WEBSITE]) {
        if (!unitCodes.includes(code)) throw new Error(`the unit template lacks ${code}`);
      }
      await checkPage(page, 'returns template on a unit page');
      await shootSection(page, unitPanel, 'returns template on a unit page');
      await shootSection(page, panel, 'returns template after undo');
    },
  },
];
