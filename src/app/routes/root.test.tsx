import { screen } from '@testing-library/react';
import { renderApp } from '@test/render-app';

test('an address that matches no page says so and links to the overview', async () => {
  renderApp('/no/such/page');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Go to the overview' })).toBeInTheDocument();
});

test('every page has a skip link, the main navigation and a main region', async () => {
  renderApp('/no/such/page');
  expect(await screen.findByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
    'href',
    '#main',
  );
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  expect(screen.getByRole('main')).toBeInTheDocument();
});
