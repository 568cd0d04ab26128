import { screen, waitFor, within } from '@testing-library/react';
import { currentLocation, renderApp } from '@test/render-app';

vi.setConfig({ testTimeout: 30_000 });
const loaded = { timeout: 15_000 };

test('a comparison has an address of its own: /compare/<indicator>, its choices in the query', async () => {
  renderApp('/compare/paf-c32?group=registration-comparators');
  expect(await screen.findByLabelText('Compare with', undefined, loaded)).toHaveValue(
    'registration-comparators',
  );
  expect(currentLocation().href).toBe('/compare/paf-c32?group=registration-comparators');
});

test('the old address /compare?indicator=… is sent to the comparison’s own address, choices kept', async () => {
  renderApp('/compare?indicator=paf-c32&group=registration-comparators');
  await waitFor(() => {
    expect(currentLocation().pathname).toBe('/compare/paf-c32');
  });
  expect(currentLocation().search).toEqual({ group: 'registration-comparators' });
  expect(await screen.findByLabelText('Compare with', undefined, loaded)).toHaveValue(
    'registration-comparators',
  );
});

test('choosing another indicator moves to its address and keeps the group', async () => {
  const { user } = renderApp('/compare/paf-c32?group=all');
  await screen.findByLabelText('Compare with', undefined, loaded);
  const results = screen.getByRole('list', { name: 'Matching indicators' });
  const link = within(results).getAllByRole('link')[0];
  if (!link) throw new Error('the picker lists no indicator');
  const target = new URL(link.getAttribute('href') ?? '', 'http://localhost');
  expect(target.pathname).toMatch(/^\/compare\/[^/?]+$/);
  expect(target.searchParams.get('group')).toBe('all');
  await user.click(link);
  await waitFor(() => {
    expect(currentLocation().pathname).toBe(target.pathname);
  });
});

test('the indicator page links to the comparison at its own address', async () => {
  renderApp('/indicators/paf-c32');
  const link = await screen.findByRole('link', { name: 'Compare with other authorities' }, loaded);
  expect(link).toHaveAttribute('href', '/compare/paf-c32');
});
