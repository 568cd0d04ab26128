import { act, screen, waitFor, within } from '@testing-library/react';
import { setScenario } from '@mocks/scenarios';
import { currentLocation, renderApp } from '@test/render-app';

const GRADE_1_IN_20 =
  'Percentage of Grade 1 priority calls to the Contact Centre answered in 20 seconds';
const GRADE_1_ANSWERED = 'Percentage of Grade 1 calls to the Contact Centre answered';

async function authoritySummary() {
  return screen.findByRole('list', { name: 'Customer & Communities: indicators by status' });
}

test('the dashboard shows how many indicators are at each status', async () => {
  renderApp('/dashboard');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Performance dashboard' }),
  ).toBeInTheDocument();
  const summary = await authoritySummary();
  expect(within(summary).getByRole('link', { name: '2 Red indicators' })).toBeInTheDocument();
  expect(within(summary).getByRole('link', { name: /Amber indicators?$/ })).toBeInTheDocument();
  expect(within(summary).getByRole('link', { name: /Green indicators?$/ })).toBeInTheDocument();
  expect(within(summary).getByRole('link', { name: /Not rated indicators?$/ })).toBeInTheDocument();
  expect(await screen.findByRole('link', { name: GRADE_1_IN_20 })).toBeInTheDocument();
});

test('clicking Red lists only red indicators and puts the filter in the address', async () => {
  const { user } = renderApp('/dashboard');
  const summary = await authoritySummary();
  await user.click(within(summary).getByRole('link', { name: '2 Red indicators' }));

  await waitFor(() => {
    expect(currentLocation().search).toMatchObject({ status: 'red' });
  });
  expect(await screen.findByText('2 indicators: status Red')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: GRADE_1_IN_20 })).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: GRADE_1_ANSWERED })).not.toBeInTheDocument();
  expect(screen.getByLabelText('Status')).toHaveValue('red');
});

test('a filtered address opens the filtered view, and Back returns to it from an indicator', async () => {
  const { user } = renderApp('/dashboard?status=red');
  expect(await screen.findByText('2 indicators: status Red')).toBeInTheDocument();
  await user.click(await screen.findByRole('link', { name: GRADE_1_IN_20 }));
  await waitFor(() => {
    expect(currentLocation().pathname).toBe(
      '/indicators/cc2012-grade-1-calls-answered-in-20-seconds',
    );
  });
  act(() => {
    window.history.back();
  });
  expect(await screen.findByText('2 indicators: status Red')).toBeInTheDocument();
  expect(currentLocation().search).toMatchObject({ status: 'red' });
});

test('searching codes and titles narrows the list', async () => {
  const { user } = renderApp('/dashboard');
  await screen.findByRole('link', { name: GRADE_1_IN_20 });
  await user.type(screen.getByRole('searchbox', { name: 'Search codes and titles' }), 'libraries');

  await waitFor(() => {
    expect(screen.queryByRole('link', { name: GRADE_1_IN_20 })).not.toBeInTheDocument();
  });
  expect(
    await screen.findByRole('link', { name: 'Books issued from libraries' }),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('link', { name: 'Number of physical visits to Kent libraries' }),
  ).toBeInTheDocument();
  expect(currentLocation().search).toMatchObject({ q: 'libraries' });
});

test('a search that matches nothing says so', async () => {
  renderApp('/dashboard?q=zzzz-no-such-indicator');
  expect(await screen.findByText('No indicators match these filters.')).toBeInTheDocument();
});

test('when the service fails the page says what could not be loaded and Retry recovers', async () => {
  setScenario('server-error');
  const { user } = renderApp('/dashboard');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Sorry, the organisation structure could not be loaded');
  expect(alert).toHaveTextContent('The service failed to answer.');

  setScenario('normal');
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  expect(await authoritySummary()).toBeInTheDocument();
  expect(await screen.findByRole('link', { name: GRADE_1_IN_20 })).toBeInTheDocument();
});

test('while data loads the page shows a loading message, not a blank', async () => {
  setScenario('slow', { latencyMs: 300 });
  renderApp('/dashboard');
  expect(await screen.findByText('Loading the organisation structure…')).toBeInTheDocument();
  expect(await authoritySummary()).toBeInTheDocument();
});

test('figures already on screen stay when a refresh fails, with the time they are from', async () => {
  const { queryClient } = renderApp('/dashboard');
  await screen.findByRole('link', { name: GRADE_1_IN_20 });
  setScenario('server-error');
  await queryClient.refetchQueries();
  expect(
    (await screen.findAllByText(/^Showing data from \d{2}:\d{2}: the service is not responding\./))
      .length,
  ).toBeGreaterThan(0);
  expect(screen.getByRole('link', { name: GRADE_1_IN_20 })).toBeInTheDocument();
});

test('one indicator sent in a broken shape is named, and the rest of the table still shows', async () => {
  setScenario('malformed', { indicatorId: 'cc2012-grade-1-calls-answered' });
  renderApp('/dashboard');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(
    'One indicator could not be shown because its figures are in an unexpected form.',
  );
  // The schema detail is there for whoever fixes the data, behind a disclosure.
  const details = within(alert).getByRole('group');
  expect(details).not.toHaveAttribute('open');
  expect(details).toHaveTextContent(/^Technical details/);
  expect(details).toHaveTextContent('cc2012-grade-1-calls-answered');
  expect(screen.getByRole('link', { name: GRADE_1_IN_20 })).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: GRADE_1_ANSWERED })).not.toBeInTheDocument();
});

test('a column heading sorts the table and says which way it is sorted', async () => {
  const { user } = renderApp('/dashboard?status=red');
  expect(await screen.findByText('2 indicators: status Red')).toBeInTheDocument();
  const table = screen.getByRole('table', {
    name: /^Monthly and quarterly performance indicators/,
  });
  const header = within(table).getByRole('columnheader', { name: /Latest result/ });
  expect(header).toHaveAttribute('aria-sort', 'none');

  await user.click(within(header).getByRole('button'));
  expect(header).toHaveAttribute('aria-sort', 'ascending');
  expect(within(table).getAllByRole('link')[0]).toHaveTextContent(
    /^Percentage of Grade 2 priority calls/,
  );

  await user.click(within(header).getByRole('button'));
  expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(within(table).getAllByRole('link')[0]).toHaveTextContent(
    /^Percentage of Grade 1 priority calls/,
  );
});

test('an empty dataset says so, rather than blaming the filters', async () => {
  setScenario('empty');
  renderApp('/dashboard');
  expect(
    await screen.findByText('This dataset has no indicators to show yet.'),
  ).toBeInTheDocument();
  expect(screen.queryByText('No indicators match these filters.')).not.toBeInTheDocument();
});
