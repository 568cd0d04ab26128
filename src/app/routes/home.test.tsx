import { screen, waitFor, within } from '@testing-library/react';
import { currentLocation, renderApp } from '@test/render-app';

vi.setConfig({ testTimeout: 30_000 });
const loaded = { timeout: 15_000 };

test('the home is an authority overview: when the figures are from, each directorate, what needs attention', async () => {
  renderApp('/');
  expect(
    await screen.findByRole(
      'heading',
      {
        level: 1,
        name: 'Kent County Council: performance overview',
      },
      loaded,
    ),
  ).toBeInTheDocument();
  expect(
    await screen.findByText('Figures as at May 2012, published 6 July 2012.', {}, loaded),
  ).toBeInTheDocument();
  expect(
    await screen.findByRole(
      'list',
      { name: 'Customer & Communities: indicators by status' },
      loaded,
    ),
  ).toBeInTheDocument();
  for (const directorate of ['Adult Social Services', 'Children, Families & Education']) {
    expect(
      await screen.findByRole('list', { name: `${directorate}: indicators by status` }, loaded),
    ).toBeInTheDocument();
  }
  const attention = screen.getByRole('region', { name: 'Needs attention' });
  expect(
    await within(attention).findByRole(
      'link',
      { name: 'Percentage of Grade 1 priority calls to the Contact Centre answered in 20 seconds' },
      loaded,
    ),
  ).toBeInTheDocument();
  const changes = screen.getByRole('region', { name: 'What changed since the last period' });
  expect(await within(changes).findByText(/^Since April 2012, /, {}, loaded)).toBeInTheDocument();
});

test('an old dashboard permalink at / still opens the dashboard with its filters', async () => {
  renderApp('/?structure=kcc-2008&status=green');
  await waitFor(() => {
    expect(currentLocation().pathname).toBe('/dashboard/kcc-2008');
  });
  expect(currentLocation().search).toMatchObject({ status: 'green' });
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Performance dashboard' }, loaded),
  ).toBeInTheDocument();
});

test('searching from the home finds a code across both structures, and keeps it in the address', async () => {
  const { user } = renderApp('/');
  const box = await screen.findByRole('searchbox', {
    name: 'Search all indicators by code, title or owner',
  });
  await user.type(box, 'NI 111');
  await user.click(screen.getByRole('button', { name: 'Search' }));
  await waitFor(() => {
    expect(currentLocation().pathname).toBe('/search');
  });
  expect(currentLocation().search).toMatchObject({ q: 'NI 111' });
  expect(
    await screen.findByRole('heading', { name: /match(es)? “NI 111”\.$/ }, loaded),
  ).toBeInTheDocument();
  const results = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole(
    'listitem',
  );
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) expect(result).toHaveTextContent(/NI 111(?!\d)/);
});

test('“NI” finds National Indicators, not titles that merely contain the letters', async () => {
  renderApp('/search?q=NI');
  await screen.findByRole('heading', { name: /“NI”\.$/ }, loaded);
  expect(screen.queryByRole('link', { name: /Pakistani/ })).not.toBeInTheDocument();
  const results = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole(
    'listitem',
  );
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) expect(result).toHaveTextContent(/NI \d/);
});

test('the glossary explains each term, quoting the rules the app uses', async () => {
  renderApp('/help');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Help and glossary' }, loaded),
  ).toBeInTheDocument();
  for (const term of ['Floor standard', 'YTD (year to date)', 'Direction of travel', 'Polarity'])
    expect(screen.getByText(term)).toBeInTheDocument();
  expect(
    screen.getByText(
      /Green when the target is met or exceeded; Amber when below target but at or above the floor/,
    ),
  ).toBeInTheDocument();
});
