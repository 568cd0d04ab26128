import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '@test/render-app';
import { captureDownloads, parseCsvDownload as parse } from '@test/capture-downloads';

const GRADE_1_IN_20 =
  'Percentage of Grade 1 priority calls to the Contact Centre answered in 20 seconds';

async function downloadFigures(user: ReturnType<typeof renderApp>['user']) {
  const button = await screen.findByRole('button', { name: 'Download these figures (CSV)' });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
}

test('the dashboard downloads exactly the filtered rows, with statuses as the page gives them', async () => {
  const downloads = captureDownloads();
  const { user } = renderApp('/dashboard?status=red');
  expect(await screen.findByText('2 indicators: status Red', {})).toBeInTheDocument();
  await downloadFigures(user);
  await waitFor(() => {
    expect(downloads).toHaveLength(1);
  });
  const [download] = downloads;
  expect(download?.fileName).toMatch(
    /^ragstone-kent-customer-and-communities-red-\d{4}-\d{2}\.csv$/,
  );

  const records = parse(download?.text ?? '');
  expect(records).toHaveLength(2);
  expect(Object.keys(records[0] ?? {})).toEqual([
    'Directorate/division/unit',
    'Codes',
    'Indicator',
    'Kind',
    'Polarity',
    'Latest period',
    'Latest result',
    'Latest status',
    'Status reason',
    'Direction',
    'YTD result',
    'YTD status',
    'Target',
    'Floor',
    'Previous year',
    'Forecast',
    'Forecast status',
  ]);
  const grade1 = records.find((record) => record.Indicator === GRADE_1_IN_20);
  expect(grade1).toMatchObject({
    'Directorate/division/unit': 'Customer Relationship Unit',
    'Latest status': 'Red',
  });
  // Unformatted numbers: no '%', no thousands separators.
  expect(grade1?.['Latest result']).toMatch(/^-?\d+(\.\d+)?$/);
  expect(grade1?.['Status reason']).toMatch(/^Red: /);
});

test('the exceptions page downloads the indicators it lists', async () => {
  const downloads = captureDownloads();
  const { user } = renderApp('/exceptions?show=red');
  await screen.findByRole('region', { name: /^Red \d+$/ });
  await downloadFigures(user);
  await waitFor(() => {
    expect(downloads).toHaveLength(1);
  });
  const records = parse(downloads[0]?.text ?? '');
  const listed = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
  expect(records.map((record) => record.Indicator)).toEqual(listed);
  expect(
    records.every((record) => record['Latest status'] === 'Red' || record['YTD status'] === 'Red'),
  ).toBe(true);
});

test('an organisation page downloads its filtered indicators, and offers a printout', async () => {
  const downloads = captureDownloads();
  const { user } = renderApp('/organisation/cc-2012/customer-and-communities?status=red');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Customer & Communities' }),
  ).toBeInTheDocument();
  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
  await user.click(screen.getByRole('button', { name: 'Print for committee' }));
  expect(print).toHaveBeenCalledOnce();
  await downloadFigures(user);
  await waitFor(() => {
    expect(downloads).toHaveLength(1);
  });
  const records = parse(downloads[0]?.text ?? '');
  expect(records.length).toBeGreaterThan(0);
  expect(
    records.every((record) => record['Latest status'] === 'Red' || record['YTD status'] === 'Red'),
  ).toBe(true);
  expect(records.map((record) => record.Indicator)).toContain(GRADE_1_IN_20);
});
