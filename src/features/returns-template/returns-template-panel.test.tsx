/**
 * The returns template on an indicator page, as a person uses it, against the mock service (MSW):
 * import a filled CSV, see every row with the bad cell named, commit the good rows as drafts, see
 * them in progress, undo the batch and see them gone.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '@test/render-app';

const PAGE = '/indicators/cc2012-grade-1-calls-answered';

const FILLED = [
  'Indicator code,Title (for reading only),Period,Value,Unit,Commentary,Area',
  'cc2012-grade-1-calls-answered,,2012-06,96,percent,,',
  'cc2012-grade-1-calls-answered,,2012-07,"70,5",,,',
  'no-such-indicator,,2012-07,5,,,',
].join('\r\n');

test('a filled template is previewed row by row, committed as drafts and undone as one batch', async () => {
  const { user } = renderApp(PAGE);
  const panel = await screen.findByRole('region', { name: 'Returns template' });
  await waitFor(() => {
    expect(within(panel).getByRole('button', { name: 'Download template (Excel)' })).toBeEnabled();
  });

  const input = await within(panel).findByLabelText('Filled template (Excel .xlsx or CSV)');
  await user.upload(input, new File([FILLED], 'june.csv', { type: 'text/csv' }));

  expect(
    await within(panel).findByText(
      /1 row ready to import \(1 figure, 0 definition rows\); 2 problems/,
    ),
  ).toBeInTheDocument();
  expect(
    within(panel).getByText(/^june\.csv, row 3, Value \(D\): "70,5" looks like a decimal comma/),
  ).toBeInTheDocument();
  expect(
    within(panel).getByText(
      'june.csv, row 4, Indicator code (A): there is no indicator with the code "no-such-indicator".',
    ),
  ).toBeInTheDocument();
  const table = within(panel).getByRole('table', { name: /june\.csv: 3 rows/ });
  expect(
    within(table)
      .getAllByRole('row')
      .map((row) => within(row).queryAllByRole('cell')[0]?.textContent),
  ).toEqual([undefined, 'Ready', 'Not imported', 'Not imported']);

  await user.click(within(panel).getByRole('radio', { name: /Save as drafts/ }));
  await user.click(within(panel).getByRole('button', { name: 'Import 1 row' }));
  expect(
    await within(panel).findByText(/Imported june\.csv as one batch: 1 figure saved as drafts/),
  ).toBeInTheDocument();
  const progress = await within(panel).findByRole('table', {
    name: 'Returns in progress (not published)',
  });
  expect(within(progress).getByRole('rowheader', { name: 'June 2012' })).toBeInTheDocument();
  expect(within(progress).getByText('Draft (not published)')).toBeInTheDocument();

  await user.click(within(panel).getByRole('button', { name: 'Undo this import' }));
  expect(
    await within(panel).findByText(/Undone: every figure and definition the batch wrote is back/),
  ).toBeInTheDocument();
  expect(
    await within(panel).findByText('No returns are in progress for this indicator.'),
  ).toBeInTheDocument();
});
