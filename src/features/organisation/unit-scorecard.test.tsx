import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '@test/render-app';
import { captureDownloads, readWorkbookDownload } from '@test/capture-downloads';
import type { Worksheet } from 'exceljs';

const GRADE_1_IN_20 =
  'Percentage of Grade 1 priority calls to the Contact Centre answered in 20 seconds';

/** The sheet's rows below its header row, as objects keyed by heading. */
function records(sheet: Worksheet | undefined, headerRow: number) {
  if (!sheet) throw new Error('sheet missing');
  const header = sheet.getRow(headerRow);
  const headers = Array.from(
    { length: header.cellCount },
    (_, index) => header.getCell(index + 1).text,
  );
  const out: Record<string, { value: unknown; numFmt: string | undefined }>[] = [];
  sheet.eachRow((row, number) => {
    if (number <= headerRow) return;
    out.push(
      Object.fromEntries(
        headers.map((heading, index) => {
          const cell = row.getCell(index + 1);
          return [heading, { value: cell.value, numFmt: cell.numFmt }];
        }),
      ),
    );
  });
  return out;
}

test('the unit scorecard downloads the whole unit as a workbook with figures, trend and definitions', async () => {
  const downloads = captureDownloads();
  // The page shows only the red ones; the scorecard still holds the whole unit.
  const { user } = renderApp('/organisation/cc-2012/customer-and-communities?status=red');
  await screen.findByRole('heading', { level: 1, name: 'Customer & Communities' });
  await user.click(screen.getByRole('button', { name: 'Download unit scorecard (XLSX)' }));
  await waitFor(() => {
    expect(downloads).toHaveLength(1);
  });
  expect(downloads[0]?.fileName).toMatch(
    /^ragstone-kent-customer-and-communities-scorecard-\d{4}-\d{2}\.xlsx$/,
  );
  const workbook = await readWorkbookDownload(downloads[0]);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    'Scorecard',
    'Trend',
    'Definitions',
  ]);
  const scorecard = workbook.getWorksheet('Scorecard');
  expect(scorecard?.getCell('A1').value).toBe(
    'Kent County Council: Customer & Communities, unit scorecard',
  );
  expect(scorecard?.getCell('A2').text).toMatch(/^As at \w+ \d{4}$/);
  expect(scorecard?.getCell('A3').text).toMatch(/^Source: .+performance reports/);
  const rows = records(scorecard, 5);
  const statuses = new Set(rows.map((row) => row.Status?.value));
  expect(statuses.size).toBeGreaterThan(1);
  const grade1 = rows.find((row) => row.Indicator?.value === GRADE_1_IN_20);
  expect(typeof grade1?.['Latest figure']?.value).toBe('number');
  expect(grade1?.['Latest figure']?.numFmt).toMatch(/"%"$/);
  expect(grade1?.Status?.value).toBe('Red');
  expect(String(grade1?.Reason?.value)).toMatch(/^Red: /);
  const trend = records(workbook.getWorksheet('Trend'), 4).filter(
    (row) => row.Indicator?.value === GRADE_1_IN_20,
  );
  expect(trend.length).toBe(grade1?.['Figures in trend']?.value);
  expect(trend.every((row) => typeof row.Figure?.value === 'number')).toBe(true);
  const definition = records(workbook.getWorksheet('Definitions'), 4).find(
    (row) => row.Indicator?.value === GRADE_1_IN_20,
  );
  expect(definition?.Unit?.value).toMatch(/^Percentage/);
  expect(definition?.Polarity?.value).toBe('higher is better');
  expect(String(definition?.Rule?.value)).toMatch(/^Green when/);
  expect(String(definition?.Source?.value)).toMatch(/performance reports/);
});

test('the dashboard’s table downloads as a workbook beside the CSV, each figure in its own unit', async () => {
  const downloads = captureDownloads();
  const { user } = renderApp('/dashboard?status=red');
  expect(await screen.findByText('2 indicators: status Red')).toBeInTheDocument();
  const button = screen.getByRole('button', { name: 'Download these figures (XLSX)' });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
  await waitFor(() => {
    expect(downloads).toHaveLength(1);
  });
  expect(downloads[0]?.fileName).toMatch(/^ragstone-kent-.*-red-\d{4}-\d{2}\.xlsx$/);
  const workbook = await readWorkbookDownload(downloads[0]);
  const figures = workbook.getWorksheet('Figures');
  expect(figures?.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
  const rows = records(figures, 5);
  expect(rows).toHaveLength(2);
  expect(rows.every((row) => row['Latest status']?.value === 'Red')).toBe(true);
  for (const row of rows) {
    expect(typeof row['Latest result']?.value).toBe('number');
    expect(row['Latest result']?.numFmt).toBeTruthy();
  }
  expect(records(workbook.getWorksheet('Definitions'), 4)).toHaveLength(2);
});
