import { screen, waitFor, within } from '@testing-library/react';
import { currentLocation, renderApp } from '@test/render-app';

const ROGUE_TRADERS = /^Number of rogue traders disrupted by Trading Standards/;

function authoritySummary() {
  return screen.findByRole('list', { name: 'Customer & Communities: indicators by status' });
}

/** The table row holding an indicator's link: how a manager finds its status. */
function rowOf(name: RegExp): HTMLElement {
  const row = screen
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('link', { name }) !== null);
  if (!row) throw new Error(`no row for ${String(name)}`);
  return row;
}

test('a manager switches assumed target profiles off: the counts and the rows show the paper’s own statuses, and the choice is in the address', async () => {
  const { user } = renderApp('/dashboard');
  const summary = await authoritySummary();
  expect(within(summary).getByRole('link', { name: '12 Green indicators' })).toBeInTheDocument();
  expect(await screen.findByRole('link', { name: ROGUE_TRADERS })).toBeInTheDocument();
  expect(rowOf(ROGUE_TRADERS)).toHaveTextContent(
    /Green.*Assumed profile; the paper’s figures alone: Not rated/,
  );

  const toggle = screen.getByRole('checkbox', { name: /use assumed target profiles/i });
  expect(toggle).toBeChecked();
  await user.click(toggle);

  await waitFor(() => {
    expect(currentLocation().search).toMatchObject({ profiles: 'paper' });
  });
  expect(
    await within(await authoritySummary()).findByRole('link', { name: '9 Green indicators' }),
  ).toBeInTheDocument();
  expect(
    within(await authoritySummary()).getByRole('link', { name: '62 Not rated indicators' }),
  ).toBeInTheDocument();
  await waitFor(() => {
    expect(rowOf(ROGUE_TRADERS)).not.toHaveTextContent(/Assumed profile/);
  });
  expect(rowOf(ROGUE_TRADERS)).toHaveTextContent(/Not rated/);
  expect(screen.getByRole('checkbox', { name: /use assumed target profiles/i })).not.toBeChecked();
});

test('a permalink without assumed profiles opens with the paper’s statuses, and filters by them', async () => {
  renderApp('/dashboard?profiles=paper&status=green');
  const summary = await authoritySummary();
  expect(
    await within(summary).findByRole('link', { name: '9 Green indicators' }),
  ).toBeInTheDocument();
  expect(await screen.findByText(/^9 indicators/)).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: ROGUE_TRADERS })).not.toBeInTheDocument();
});

test('the authority overview has the same switch: its directorate counts follow it and the address keeps it', async () => {
  const { user } = renderApp('/');
  const mix = await screen.findByRole('list', {
    name: 'Customer & Communities: indicators by status',
  });
  expect(within(mix).getByRole('link', { name: /^12 Green/ })).toBeInTheDocument();
  await user.click(screen.getByRole('checkbox', { name: /use assumed target profiles/i }));
  await waitFor(() => {
    expect(currentLocation().pathname).toBe('/');
  });
  expect(currentLocation().search).toMatchObject({ profiles: 'paper' });
  expect(
    await within(
      await screen.findByRole('list', { name: 'Customer & Communities: indicators by status' }),
    ).findByRole('link', { name: /^9 Green/ }),
  ).toBeInTheDocument();
});
