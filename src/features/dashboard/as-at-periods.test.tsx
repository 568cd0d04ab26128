import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@test/render-app';

test('the as-at list offers only periods in which the chosen structure has figures, in words', async () => {
  renderApp('/dashboard');
  const asAt = await screen.findByRole('combobox', { name: 'As at' });
  await waitFor(() => {
    expect(within(asAt).getByRole('option', { name: 'May 2012' })).toBeInTheDocument();
  });
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
  const asAt = await screen.findByRole('combobox', { name: 'As at' });
  await waitFor(() => {
    expect(within(asAt).getByRole('option', { name: '2006/07' })).toBeInTheDocument();
  });
  expect(within(asAt).queryByRole('option', { name: 'May 2012' })).not.toBeInTheDocument();
});

test.each(['2012/99', 'AY 2011/13', '9999'])(
  'an impossible period in the address (%s) is never offered as a choice',
  async (period) => {
    renderApp(`/dashboard?period=${encodeURIComponent(period)}`);
    const asAt = await screen.findByRole('combobox', { name: 'As at' });
    await waitFor(() => {
      expect(within(asAt).getByRole('option', { name: 'May 2012' })).toBeInTheDocument();
    });
    const names = within(asAt)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(names.join('|')).not.toMatch(/2012\/99|2011\/13|9999/);
    expect(asAt).toHaveDisplayValue('Latest figures');
  },
);
