import { screen, within } from '@testing-library/react';
import { renderApp } from '@test/render-app';
import { setMockGrants } from '@mocks/session-handlers';

test('a person who is not an administrator gets a page saying so, and no Administration link', async () => {
  setMockGrants([{ role: 'viewer' }]);
  renderApp('/admin/people');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'You need to be an administrator' }),
  ).toBeInTheDocument();
  expect(screen.getByText(/does not have the administrator role/)).toBeInTheDocument();
  expect(
    within(screen.getByRole('banner')).queryByRole('link', { name: 'Administration' }),
  ).not.toBeInTheDocument();
});

test('an administrator adds a contributor for a unit chosen from the organisation tree', async () => {
  const { user } = renderApp('/admin/people');
  await user.click(
    await within(await screen.findByRole('banner')).findByRole('link', { name: 'Administration' }),
  );
  const add = await screen.findByRole('region', { name: 'Add a person' });
  await user.type(within(add).getByLabelText('Name'), 'Libby Contributor');
  await user.type(within(add).getByLabelText('Email address'), 'libby@council.example');
  await user.click(within(add).getByRole('button', { name: 'Add person' }));
  expect(
    await within(add).findByText('A password needs at least 12 characters.'),
  ).toBeInTheDocument();

  await user.type(within(add).getByLabelText(/Initial password/), 'a long enough password');
  await user.click(within(add).getByLabelText(/^Viewer/));
  await user.selectOptions(
    within(add).getByLabelText('Unit'),
    'cc-2012/libraries-archives-and-registration-services',
  );
  await user.click(within(add).getByRole('button', { name: 'Add this role' }));
  await user.click(within(add).getByRole('button', { name: 'Add person' }));
  expect(await within(add).findByRole('status')).toHaveTextContent('libby@council.example');
  const roles = await screen.findByRole('list', { name: 'Roles of Libby Contributor' });
  expect(roles).toHaveTextContent(/^Contributor for Libraries, Archives and Registration/);
});

test('changing a target mid-year needs a reason, then the indicator page shows the change', async () => {
  const { user } = renderApp('/admin/indicators/cc2012-deaths-registered-within-5-days');
  await screen.findByRole('heading', { name: /^Targets and floors:/ });
  await user.type(screen.getByLabelText(/^New target/), '76');
  await user.click(screen.getByRole('button', { name: 'Save target' }));
  expect(
    await screen.findByText(/2012\/13 has already started: say why the target is changing/),
  ).toBeInTheDocument();
  await user.type(screen.getAllByLabelText(/^Reason/)[0] as HTMLElement, 'Re-based');
  await user.click(screen.getByRole('button', { name: 'Save target' }));
  expect(await screen.findByRole('status')).toHaveTextContent('target for 2012/13 is now 76%');
  expect(screen.getByRole('cell', { name: '76%' })).toBeInTheDocument();

  await user.click(screen.getByRole('link', { name: 'See the indicator page' }));
  expect(
    await screen.findByText(/Target for 2012\/13 changed on .+ from 80% to 76% by .+: Re-based/),
  ).toBeInTheDocument();
  expect(window.location.pathname).toBe('/indicators/cc2012-deaths-registered-within-5-days');
});

test('the audit log filters by kind in the address and links the CSV of those entries', async () => {
  const { user } = renderApp('/admin/settings');
  await user.click(await screen.findByLabelText(/Anyone can read published figures/));
  await user.click(screen.getByRole('button', { name: 'Save settings' }));
  expect(await screen.findByRole('status')).toHaveTextContent(/only people who sign in/);

  await user.click(screen.getByRole('link', { name: 'Audit log' }));
  await user.selectOptions(await screen.findByLabelText('Kind of change'), 'settings');
  await user.click(screen.getByRole('button', { name: 'Show entries' }));
  expect(window.location.search).toContain('action=settings');
  const table = await screen.findByRole('table');
  expect(within(table).getByText(/settings\.public-read/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /Download CSV of these entries/ })).toHaveAttribute(
    'href',
    expect.stringContaining('/admin/audit.csv?action=settings'),
  );

  await user.selectOptions(screen.getByLabelText('Kind of change'), 'target');
  await user.click(screen.getByRole('button', { name: 'Show entries' }));
  expect(await screen.findByText('No entries match these filters.')).toBeInTheDocument();
});

test('disabling a person asks why, and the audit log shows the reason', async () => {
  const { user } = renderApp('/admin/people');
  const add = await screen.findByRole('region', { name: 'Add a person' });
  await user.type(within(add).getByLabelText('Name'), 'Dana Leaver');
  await user.type(within(add).getByLabelText('Email address'), 'dana@council.example');
  await user.type(within(add).getByLabelText(/Initial password/), 'a long enough password');
  await user.click(within(add).getByRole('button', { name: 'Add person' }));
  expect(await within(add).findByRole('status')).toHaveTextContent('dana@council.example');

  await user.click(await screen.findByRole('button', { name: 'Disable: Dana Leaver' }));
  const form = screen.getByRole('form', { name: 'Disable: Dana Leaver' });
  await user.click(within(form).getByRole('button', { name: 'Disable' }));
  expect(within(form).getByRole('alert')).toHaveTextContent('Say why, for the audit log.');
  await user.type(within(form).getByLabelText(/^Reason/), 'Left the council in May.');
  await user.click(within(form).getByRole('button', { name: 'Disable' }));
  expect(
    await screen.findByText('Dana Leaver is disabled and signed out everywhere.'),
  ).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Sign out everywhere: Dana Leaver' }));
  const signOut = screen.getByRole('form', { name: 'Sign out everywhere: Dana Leaver' });
  await user.type(within(signOut).getByLabelText(/^Reason/), 'Laptop reported stolen.');
  await user.click(within(signOut).getByRole('button', { name: 'Sign out everywhere' }));
  expect(await screen.findByText(/Dana Leaver is signed out everywhere/)).toBeInTheDocument();

  await user.click(screen.getByRole('link', { name: 'Audit log' }));
  expect(await screen.findByRole('cell', { name: 'Left the council in May.' })).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: 'Laptop reported stolen.' })).toBeInTheDocument();
});
