import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@test/render-app';

test('a service head drills from the directorate to a unit and back up by the breadcrumb', async () => {
  const { user, router } = renderApp('/organisation/cc-2012/customer-and-communities');
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
  expect(router.state.location.pathname).toBe('/organisation/cc-2012/customer-and-communities');
});

test("a unit's status counts filter its own indicator table", async () => {
  const { user, router } = renderApp('/organisation/cc-2012/customer-relationship-unit');
  const summary = await screen.findByRole('list', {
    name: 'Customer Relationship Unit: indicators by status',
  });
  await user.click(within(summary).getByRole('link', { name: /^2 Red indicators$/ }));
  await waitFor(() => {
    expect(router.state.location.search).toMatchObject({ status: 'red' });
  });
  expect(await screen.findByText(/^2 of \d+ indicators, status Red$/)).toBeInTheDocument();
  expect(
    screen.queryByRole('link', {
      name: 'Percentage of Grade 1 calls to the Contact Centre answered',
    }),
  ).not.toBeInTheDocument();
});

test('an unknown unit shows an error naming what failed, with Retry', async () => {
  renderApp('/organisation/cc-2012/no-such-unit');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Sorry, this scorecard could not be loaded.');
  expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
});
