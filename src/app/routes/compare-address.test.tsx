import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { server } from '@mocks/node';
import { queryKeys } from '@/data/api/queries';
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

/** An indicator's title as its picker link shows it (the link also holds its codes and count). */
function titleIn(link: HTMLElement): string {
  return link.querySelector('span:not(.indicator-picker__code):not(.muted)')?.textContent ?? '';
}

/** Whether the region holding an element is marked busy, as a screen reader is told. */
function busyAround(element: HTMLElement): string | null | undefined {
  return element.closest('[aria-busy]')?.getAttribute('aria-busy');
}

test('choosing another indicator keeps the last comparison on the page, marked as loading, until the next is drawn', async () => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const { user, queryClient } = renderApp('/compare/paf-c32?group=all');
  await screen.findByLabelText('Compare with', undefined, loaded);
  const links = within(screen.getByRole('list', { name: 'Matching indicators' })).getAllByRole(
    'link',
  );
  const idOf = (candidate: HTMLElement) =>
    new URL(candidate.getAttribute('href') ?? '', 'http://localhost').pathname.split('/')[2] ?? '';
  const shown = links.find((candidate) => candidate.getAttribute('aria-current') === 'true');
  // One the page has not loaded already (the measures of its printed tables are).
  const link = links.find(
    (candidate) =>
      candidate !== shown &&
      queryClient.getQueryData(queryKeys.comparison(idOf(candidate))) === undefined,
  );
  if (!shown || !link) throw new Error('the picker lists no other indicator');
  const firstTitle = screen.getByRole('heading', { level: 2, name: titleIn(shown) });
  const nextId = idOf(link);
  // The next comparison's answer waits until released; then the usual handler gives it.
  server.use(
    http.get(`*/api/compare/${nextId}`, async () => {
      await held;
    }),
  );
  await user.click(link);

  expect(
    await screen.findByText(`Loading the comparison for ${nextId}…`, undefined, loaded),
  ).toHaveAttribute('role', 'status');
  expect(firstTitle).toBeInTheDocument();
  expect(busyAround(firstTitle)).toBe('true');

  release();
  expect(
    await screen.findByRole('heading', { level: 2, name: titleIn(link) }, loaded),
  ).toBeInTheDocument();
  expect(screen.queryByText(/^Loading the comparison for/)).not.toBeInTheDocument();
  expect(busyAround(firstTitle)).toBe('false');
  expect(link).toHaveAttribute('aria-current', 'true');
});

test('the indicator page links to the comparison at its own address', async () => {
  renderApp('/indicators/paf-c32');
  const link = await screen.findByRole('link', { name: 'Compare with other authorities' }, loaded);
  expect(link).toHaveAttribute('href', '/compare/paf-c32');
});
