/**
 * The returns template on an indicator page, as a person uses it, against the mock service (MSW):
 * import a filled CSV, see every row with the bad cell named, commit the good rows as drafts, see
 * them in progress, undo the batch and see them gone.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { expect, onTestFinished, test } from 'vitest';
import { server } from '@mocks/node';
import { resetMockSession } from '@mocks/session-handlers';
import { captureDownloads } from '@test/capture-downloads';
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

const DEFINITIONS = [
  'Indicator code,Title,Polarity,Unit,Frequency,Owner unit,Rating rule,Target year,Target,Floor,Monthly profile',
  // Row 2: the definition exactly as it is (a prefilled row nobody changed).
  'cc2012-grade-1-calls-answered,Percentage of Grade 1 calls to the Contact Centre answered,higher-is-better,percent,monthly,customer-relationship-unit,target-floor,,,,',
  // Row 3: the same definition with a new target for 2013/14.
  'cc2012-grade-1-calls-answered,Percentage of Grade 1 calls to the Contact Centre answered,higher-is-better,percent,monthly,customer-relationship-unit,target-floor,2013/14,97.5,,',
].join('\r\n');

test('a Definitions row that changes nothing is shown as unchanged, and only the changed row is ready', async () => {
  const { user } = renderApp(PAGE);
  const panel = await screen.findByRole('region', { name: 'Returns template' });
  // The indicator list is loaded (the reader checks codes against it) once the download is ready.
  await waitFor(() => {
    expect(within(panel).getByRole('button', { name: 'Download template (Excel)' })).toBeEnabled();
  });
  const input = await within(panel).findByLabelText('Filled template (Excel .xlsx or CSV)');
  await user.upload(input, new File([DEFINITIONS], 'definitions.csv', { type: 'text/csv' }));

  expect(
    await within(panel).findByText(
      /^1 row ready to import \(0 figures, 1 definition row\); 1 definition row unchanged \(not imported\); 0 problems\./,
    ),
  ).toBeInTheDocument();
  const table = within(panel).getByRole('table', { name: /definitions\.csv: 2 rows/ });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
    'Unchanged',
    'Ready',
  ]);
  expect(
    within(rows[0] ?? table).getByText('The same as the current definition: nothing to import.'),
  ).toBeInTheDocument();
  expect(within(panel).getByRole('button', { name: 'Import 1 row' })).toBeEnabled();
});

test('a template whose every Definitions row is unchanged has nothing ready to import', async () => {
  const { user } = renderApp(PAGE);
  const panel = await screen.findByRole('region', { name: 'Returns template' });
  // The indicator list is loaded (the reader checks codes against it) once the download is ready.
  await waitFor(() => {
    expect(within(panel).getByRole('button', { name: 'Download template (Excel)' })).toBeEnabled();
  });
  const input = await within(panel).findByLabelText('Filled template (Excel .xlsx or CSV)');
  const unchangedOnly = DEFINITIONS.split('\r\n').slice(0, 2).join('\r\n');
  await user.upload(input, new File([unchangedOnly], 'prefilled.csv', { type: 'text/csv' }));

  expect(
    await within(panel).findByText(
      /^0 rows ready to import \(0 figures, 0 definition rows\); 1 definition row unchanged \(not imported\); 0 problems\./,
    ),
  ).toBeInTheDocument();
  expect(within(panel).getByRole('button', { name: 'Import 0 rows' })).toBeDisabled();
});

test('a reader’s page asks for the whole indicator list only when the reader reaches for the template', async () => {
  resetMockSession(false);
  const listRequests: string[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.endsWith('/indicators')) listRequests.push(request.url);
  };
  server.events.on('request:start', onRequest);
  onTestFinished(() => {
    server.events.removeListener('request:start', onRequest);
  });
  const downloads = captureDownloads();
  const { user } = renderApp(PAGE);
  const panel = await screen.findByRole('region', { name: 'Returns template' });
  expect(
    await within(panel).findByText(/Importing a filled template needs a signed-in person/),
  ).toBeInTheDocument();
  const csvButton = within(panel).getByRole('button', { name: 'Download actuals template (CSV)' });
  expect(csvButton).toBeEnabled();
  expect(listRequests).toEqual([]);

  // By keyboard: focus on the buttons starts loading the list, Enter downloads once it is here.
  act(() => {
    csvButton.focus();
  });
  await user.keyboard('{Enter}');
  await waitFor(() => {
    expect(downloads.map((download) => download.fileName)).toEqual([
      expect.stringMatching(/^ragstone-returns-template-.*-actuals\.csv$/),
    ]);
  });
  expect(downloads[0]?.text).toContain('cc2012-grade-1-calls-answered,');
  expect(listRequests).toHaveLength(1);
});
