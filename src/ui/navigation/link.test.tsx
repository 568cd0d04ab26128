import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link } from './link';
import { NavigationContext } from './navigation-context';

function at(url: string) {
  window.history.replaceState(null, '', url);
}

test('a link is a real address, with its names encoded and its query written as before', () => {
  at('/');
  render(
    <Link
      to="/organisation/$structureId/$nodeId"
      params={{ structureId: 'kcc-2008', nodeId: 'a b' }}
      search={{ status: 'red', period: '2012', open: undefined }}
      hash="units"
    >
      A unit
    </Link>,
  );
  expect(screen.getByRole('link', { name: 'A unit' })).toHaveAttribute(
    'href',
    '/organisation/kcc-2008/a%20b?status=red&period=%222012%22#units',
  );
});

test('a plain click changes the address in place, and the link then says it is the current page', async () => {
  at('/dashboard?status=red');
  const user = userEvent.setup();
  render(
    <nav aria-label="Main">
      <Link to="/dashboard" activeOptions={{ includeSearch: false }}>
        Dashboard
      </Link>
      <Link to="/compare" search={(current) => ({ ...current, q: 'NI' })}>
        Compare
      </Link>
    </nav>,
  );
  expect(screen.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  expect(screen.getByRole('link', { name: 'Compare' })).toHaveAttribute(
    'href',
    '/compare?status=red&q=NI',
  );
  await user.click(screen.getByRole('link', { name: 'Compare' }));
  expect(window.location.pathname + window.location.search).toBe('/compare?status=red&q=NI');
  expect(screen.getByRole('link', { name: 'Compare' })).toHaveAttribute('aria-current', 'page');
  expect(screen.getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute('aria-current');
});

test('focusing a link starts loading the page it leads to', async () => {
  at('/');
  const user = userEvent.setup();
  const prefetch = vi.fn();
  render(
    <NavigationContext value={{ prefetch }}>
      <Link to="/indicators/$indicatorId" params={{ indicatorId: 'ni-111' }}>
        NI 111
      </Link>
    </NavigationContext>,
  );
  await user.tab();
  expect(prefetch).toHaveBeenCalledWith('/indicators/ni-111');
});
