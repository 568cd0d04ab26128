import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '@test/render-app';
import { captureDownloads, parseCsvDownload, readWorkbookDownload } from '@test/capture-downloads';

test('every figure of an indicator downloads as CSV and as a workbook, each figure once with its printings', async () => {
  const downloads = captureDownloads();
  const { user } = renderApp('/indicators/paf-c72?view=table');
  await screen.findByRole('table', { name: /every figure held for/i });
  await user.click(screen.getByRole('button', { name: 'Download every figure (CSV)' }));
  await user.click(screen.getByRole('button', { name: 'Download every figure (XLSX)' }));
  await waitFor(() => {
    expect(downloads).toHaveLength(2);
  });
  const csv = parseCsvDownload(downloads[0]?.text ?? '');
  const actual0506 = csv.filter((row) => row.Period === '2005/06' && row.Figure === 'Actual');
  expect(actual0506).toHaveLength(1);
  expect(actual0506[0]?.Source?.split('; ')).toHaveLength(3);

  expect(downloads[1]?.fileName).toMatch(/^ragstone-kent-county-council-paf-c72-figures\.xlsx$/);
  const workbook = await readWorkbookDownload(downloads[1]);
  const sheet = workbook.getWorksheet('Figures');
  expect(sheet?.getCell('A1').text).toMatch(/^Kent County Council: /);
  expect(sheet?.getRow(5).values).toEqual([
    undefined,
    'Period',
    'Figure',
    'Value',
    'Not given because',
    'As printed',
    'Published status',
    'Source',
  ]);
  let numbers = 0;
  sheet?.eachRow((row, number) => {
    if (number <= 5 || typeof row.getCell(3).value !== 'number') return;
    numbers += 1;
    expect(row.getCell(3).numFmt).toBeTruthy();
  });
  expect(numbers).toBe(
    csv.filter((row) => row.Value !== '' && !Number.isNaN(Number(row.Value))).length,
  );
  const definitions = workbook.getWorksheet('Definitions');
  expect(definitions?.getRow(5).getCell(1).value).toBe('PAF C72');
});
