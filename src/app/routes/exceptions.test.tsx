import { screen, within } from '@testing-library/react';
import { currentLocation, renderApp } from '@test/render-app';

const GRADE_1_IN_20 =
  'Percentage of Grade 1 priority calls to the Contact Centre answered in 20 seconds';

test('the exceptions view lists red indicators with their commentary and owner', async () => {
  renderApp('/exceptions');
  const red = await screen.findByRole('region', { name: /^Red \d+$/ });
  const item = within(red)
    .getAllByRole('listitem')
    .find((entry) => within(entry).queryByRole('link', { name: GRADE_1_IN_20 }));
  expect(item).toBeDefined();
  const entry = within(item as HTMLElement);
  expect(entry.getByText('Red')).toBeInTheDocument();
  expect(entry.getByText('Customer Relationship Unit')).toBeInTheDocument();
  expect(
    await entry.findByText(/increased call volumes notably on the Adult Social Care/),
  ).toBeInTheDocument();
});

test('one kind of exception can be shown on its own, and the choice is in the address', async () => {
  const { user } = renderApp('/exceptions');
  const nav = await screen.findByRole('navigation', { name: 'Exception types' });
  await user.click(within(nav).getByRole('link', { name: /^No data or overdue/ }));
  expect(
    await screen.findByRole('region', { name: /^No data or overdue \d+$/ }),
  ).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: /^Red \d+$/ })).not.toBeInTheDocument();
  expect(currentLocation().search).toMatchObject({ show: 'missing-data' });
});
