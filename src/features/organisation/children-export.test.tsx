import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@test/render-app';
import { captureDownloads, readWorkbookDownload } from '@test/capture-downloads';

test('the divisions and units counts download as a workbook with the counts the screen shows', async () => {
  const downloads = captureDownloads();
  const { user } = renderApp('/organisation/cc-2012/customer-and-communities');
  await screen.findByRole('heading', { level: 1, name: 'Customer & Communities' });
  const section = screen.getByRole('region', {
    name: 'Divisions and units of Customer & Communities',
  });
  const redLink = within(section).getByRole('link', {
    name: /^Customer Services Division: \d+ red$/,
  });
  const redOnScreen = Number(/(\d+) red$/.exec(redLink.getAttribute('aria-label') ?? '')?.[1]);
  await user.click(screen.getByRole('button', { name: 'Download these counts (XLSX)' }));
  await waitFor(() => {
    expect(downloads).toHaveLength(1);
  });
  expect(downloads[0]?.fileName).toMatch(
    /^ragstone-kent-customer-and-communities-counts(-\d{4}-\d{2})?\.xlsx$/,
  );
  const workbook = await readWorkbookDownload(downloads[0]);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    'Divisions and units',
    'Definitions',
  ]);
  const sheet = workbook.getWorksheet('Divisions and units');
  expect(sheet?.getCell('A1').value).toBe(
    'Kent County Council: Divisions and units of Customer & Communities',
  );
  expect(sheet?.getCell('A2').text).toMatch(/^(As at \w+ \d{4}|All periods)$/);
  expect(sheet?.getCell('A3').text).toMatch(/^Source: /);
  expect(sheet?.getRow(5).getCell(2).text).toBe('Red');
  const divisionRow = Array.from({ length: sheet?.rowCount ?? 0 }, (_, i) =>
    sheet?.getRow(i + 1),
  ).find((row) => row?.getCell(1).value === 'Customer Services Division');
  expect(divisionRow?.getCell(2).value).toBe(redOnScreen);
  expect(divisionRow?.getCell(2).numFmt).toBe('#,##0');
  expect(typeof divisionRow?.getCell(6).value).toBe('number');
});
