import { screen, waitFor } from '@testing-library/react';
import { currentLocation, renderApp } from '@test/render-app';

vi.setConfig({ testTimeout: 30_000 });
const loaded = { timeout: 15_000 };

async function structureBox() {
  return screen.findByRole('combobox', { name: 'Organisation structure' }, loaded);
}

test('a structure view has an address of its own: /dashboard/kcc-2008', async () => {
  renderApp('/dashboard/kcc-2008?status=green');
  await waitFor(async () => {
    expect(await structureBox()).toHaveValue('kcc-2008');
  });
  expect(screen.getByLabelText('Status')).toHaveValue('green');
  expect(currentLocation().href).toBe('/dashboard/kcc-2008?status=green');
});

test('the old address /dashboard?structure=kcc-2008 is sent to the view’s own address, filters kept', async () => {
  renderApp('/dashboard?structure=kcc-2008&status=green');
  await waitFor(() => {
    expect(currentLocation().pathname).toBe('/dashboard/kcc-2008');
  });
  expect(currentLocation().search).toEqual({ status: 'green' });
  await waitFor(async () => {
    expect(await structureBox()).toHaveValue('kcc-2008');
  });
  expect(screen.getByLabelText('Status')).toHaveValue('green');
});

test('the default structure named in the old form is plain /dashboard', async () => {
  renderApp('/dashboard?structure=cc-2012&status=red');
  await waitFor(() => {
    expect(currentLocation().href).toBe('/dashboard?status=red');
  });
  expect(await structureBox()).toHaveValue('cc-2012');
});

test('choosing a structure moves to its address; filters stay on it; the default goes back to /dashboard', async () => {
  const { user } = renderApp('/dashboard');
  await user.selectOptions(await structureBox(), 'kcc-2008');
  await waitFor(() => {
    expect(currentLocation().href).toBe('/dashboard/kcc-2008');
  });
  await user.selectOptions(screen.getByLabelText('Status'), 'red');
  await waitFor(() => {
    expect(currentLocation().href).toBe('/dashboard/kcc-2008?status=red');
  });
  await user.selectOptions(await structureBox(), 'cc-2012');
  await waitFor(() => {
    expect(currentLocation().href).toBe('/dashboard?status=red');
  });
});

test('the home links to the 2008 view at its own address', async () => {
  renderApp('/');
  const link = await screen.findByRole('link', { name: /^Open the .* view$/ }, loaded);
  expect(link).toHaveAttribute('href', '/dashboard/kcc-2008');
});
