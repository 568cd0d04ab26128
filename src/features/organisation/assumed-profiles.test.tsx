import { screen, waitFor, within } from '@testing-library/react';
import { currentLocation, renderApp } from '@test/render-app';

const SWITCH = { name: /use assumed target profiles/i };

/** The scorecard's own heading: the overview's cards carry the same summary names. */
function scorecardHeading() {
  return screen.findByRole(
    'heading',
    { level: 1, name: 'Customer & Communities' },
    { timeout: 15_000 },
  );
}

function summaryOf(name: string) {
  return screen.findByRole('list', { name: `${name}: indicators by status` }, { timeout: 15_000 });
}

test('the choice made on the overview follows a manager to the directorate’s scorecard, whose counts and switch agree with it', async () => {
  const { user } = renderApp('/?profiles=paper');
  const mix = await summaryOf('Customer & Communities');
  expect(await within(mix).findByRole('link', { name: /^9 Green/ })).toBeInTheDocument();

  await user.click(screen.getByRole('link', { name: 'Customer & Communities' }));
  await waitFor(() => {
    expect(currentLocation().pathname).toMatch(/^\/organisation\//);
  });
  expect(currentLocation().search).toMatchObject({ profiles: 'paper' });
  await scorecardHeading();
  const scorecard = await summaryOf('Customer & Communities');
  expect(
    await within(scorecard).findByRole('link', { name: '9 Green indicators' }),
  ).toBeInTheDocument();
  const toggle = screen.getByRole('checkbox', SWITCH);
  expect(toggle).not.toBeChecked();

  await user.click(toggle);
  await waitFor(() => {
    expect(currentLocation().search).not.toHaveProperty('profiles');
  });
  expect(
    await within(await summaryOf('Customer & Communities')).findByRole('link', {
      name: '12 Green indicators',
    }),
  ).toBeInTheDocument();
  // Rogue traders, vulnerable consumers and athletes rest on assumed profiles.
  expect(
    await screen.findAllByText('Assumed profile; the paper’s figures alone: Not rated', {
      exact: false,
    }),
  ).not.toHaveLength(0);
});

test('a scorecard opened without assumed profiles keeps the choice on its way to the dashboard and the exceptions', async () => {
  const { user } = renderApp('/?profiles=paper');
  await summaryOf('Customer & Communities');
  await user.click(screen.getByRole('link', { name: 'Customer & Communities' }));
  await scorecardHeading();
  await summaryOf('Customer & Communities');
  expect(screen.queryByText(/Assumed profile; the paper’s figures alone/)).not.toBeInTheDocument();

  await user.click(
    within(screen.getByRole('navigation', { name: /breadcrumb/i })).getByRole('link', {
      name: 'Dashboard',
    }),
  );
  await waitFor(() => {
    expect(currentLocation().pathname).toBe('/dashboard');
  });
  expect(currentLocation().search).toMatchObject({ profiles: 'paper' });

  await user.click(await screen.findByRole('link', { name: /See the exceptions/ }));
  await waitFor(() => {
    expect(currentLocation().pathname).toBe('/exceptions');
  });
  expect(currentLocation().search).toMatchObject({ profiles: 'paper' });
  expect(await screen.findByRole('checkbox', SWITCH)).not.toBeChecked();
});
