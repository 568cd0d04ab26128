import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@test/render-app';

vi.setConfig({ testTimeout: 30_000 });
const loaded = { timeout: 15_000 };

test('the as-at list offers only periods in which the chosen structure has figures, in words', async () => {
  renderApp('/dashboard');
  const asAt = await screen.findByRole('combobox', { name: 'As at' }, loaded);
  await waitFor(() => {
    expect(within(asAt).getByRole('option', { name: 'May 2012' })).toBeInTheDocument();
  }, loaded);
  const names = within(asAt)
    .getAllByRole('option')
    .map((option) => option.textContent);
  // The 2012 dashboard has no figures for the 2008 business plans' years.
  expect(names).not.toContain('2007/08');
  expect(names.every((name) => name === 'Latest figures' || !/^\d{4}-\d{2}$/.test(name))).toBe(
    true,
  );
});

test('the 2008 structure offers its own years', async () => {
  renderApp('/dashboard?structure=kcc-2008');
  const asAt = await screen.findByRole('combobox', { name: 'As at' }, loaded);
  await waitFor(() => {
    expect(within(asAt).getByRole('option', { name: '2006/07' })).toBeInTheDocument();
  }, loaded);
  expect(within(asAt).queryByRole('option', { name: 'May 2012' })).not.toBeInTheDocument();
});
