import { screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '@test/render-app';
import { captureDownloads, parseCsvDownload } from '@test/capture-downloads';

test('the comparison downloads every area with its figure, position, quartile and source', async () => {
  const downloads = captureDownloads();
  const { user } = renderApp('/compare/cmp-yjb-overall-performance');
  await user.click(await screen.findByRole('button', { name: 'Download this comparison (CSV)' }));
  await waitFor(() => {
    expect(downloads).toHaveLength(1);
  });
  const [download] = downloads;
  expect(download?.fileName).toMatch(/^ragstone-kent-cmp-yjb-overall-performance-.+\.csv$/);
  const records = parseCsvDownload(download?.text ?? '');
  expect(Object.keys(records[0] ?? {})).toEqual([
    'Area',
    'Figure',
    'Period',
    'Position',
    'Quartile',
    'Source',
    'Compared with',
  ]);
  expect(records[0]?.Area).toBe('Cheshire');
  const kent = records.find((record) => record.Area === 'Kent County Council');
  expect(kent).toMatchObject({ Figure: '69.4', Position: '4', Quartile: 'second quartile' });
  expect(kent?.Source).toMatch(/line 21475$/);
  expect(kent?.['Compared with']).toMatch(/Youth Justice Board family group/);
});
