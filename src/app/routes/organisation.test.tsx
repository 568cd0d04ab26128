import { screen, waitFor, within } from '@testing-library/react';
import { setScenario } from '@mocks/scenarios';
import { currentLocation, renderApp } from '@test/render-app';

test('a service head drills from the directorate to a unit and back up by the breadcrumb', async () => {
  const { user } = renderApp('/organisation/cc-2012/customer-and-communities');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Customer & Communities' }),
  ).toBeInTheDocument();

  const divisions = screen.getByRole('region', {
    name: 'Divisions and units of Customer & Communities',
  });
  await user.click(within(divisions).getByRole('link', { name: 'Customer Services Division' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Customer Services Division' }),
  ).toBeInTheDocument();

  // A new page starts screen readers at its main region, as a full page load would.
  expect(screen.getByRole('main')).toHaveFocus();
  const units = screen.getByRole('region', { name: 'Units of Customer Services Division' });
  await user.click(within(units).getByRole('link', { name: 'Customer Relationship Unit' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Customer Relationship Unit' }),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('link', {
      name: 'Percentage of Grade 1 priority calls to the Contact Centre answered in 20 seconds',
    }),
  ).toBeInTheDocument();
  expect(
    screen.getByRole('list', { name: 'Customer Relationship Unit: indicators by status' }),
  ).toBeInTheDocument();

  const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
  expect(within(breadcrumb).getByText('Customer Relationship Unit')).toHaveAttribute(
    'aria-current',
    'page',
  );
  await user.click(within(breadcrumb).getByRole('link', { name: 'Customer & Communities' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Customer & Communities' }),
  ).toBeInTheDocument();
  expect(currentLocation().pathname).toBe('/organisation/cc-2012/customer-and-communities');
});

test("a unit's status counts filter its own indicator table", async () => {
  const { user } = renderApp('/organisation/cc-2012/customer-relationship-unit');
  const summary = await screen.findByRole('list', {
    name: 'Customer Relationship Unit: indicators by status',
  });
  await user.click(within(summary).getByRole('link', { name: /^2 Red indicators$/ }));
  await waitFor(() => {
    expect(currentLocation().search).toMatchObject({ status: 'red' });
  });
  expect(await screen.findByText(/^2 of \d+ indicators, status Red$/)).toBeInTheDocument();
  expect(
    screen.queryByRole('link', {
      name: 'Percentage of Grade 1 calls to the Contact Centre answered',
    }),
  ).not.toBeInTheDocument();
});

test('an unknown unit is a page not found, with a heading, a way back and no Retry', async () => {
  renderApp('/organisation/cc-2012/no-such-unit');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Go to the overview' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  expect(screen.queryByText(/no-such-unit/)).not.toBeInTheDocument();
});

test('when the service fails a unit says so in words, with Retry', async () => {
  setScenario('server-error');
  renderApp('/organisation/cc-2012/customer-relationship-unit');
  const heading = await screen.findByRole('heading', { level: 1 });
  expect(heading).toHaveTextContent('Sorry, this part of the council could not be loaded');
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('The service failed to answer.');
  expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  expect(within(alert).getByText('Technical details')).toBeInTheDocument();
});
