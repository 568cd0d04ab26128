import { screen, waitFor, within } from '@testing-library/react';
import { server } from '@mocks/node';
import { captureDownloads, parseCsvDownload as parse } from '@test/capture-downloads';
import { currentLocation, renderApp } from '@test/render-app';

/** The list requests the page makes, counted at the HTTP boundary. */
function countListRequests() {
  const seen = { lists: 0 };
  const onRequest = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.endsWith('/indicators')) seen.lists += 1;
  };
  server.events.on('request:start', onRequest);
  onTestFinished(() => {
    server.events.removeListener('request:start', onRequest);
  });
  return seen;
}

/** The innermost fold (a `details` group) whose heading has this name, and that heading. */
async function foldNamed(name: RegExp, scope: HTMLElement = document.body) {
  const heading = await within(scope).findByText(name, { selector: '.fold__name' });
  const fold = within(scope)
    .getAllByRole('group')
    .filter((group) => within(group).queryByText(name, { selector: '.fold__name' }))
    .at(-1);
  if (!fold) throw new Error(`no fold named ${name.source}`);
  return { heading, fold };
}

test('the 2008 view shows its folds with their counts, and a unit’s table once it is opened', async () => {
  const seen = countListRequests();
  const { user } = renderApp('/dashboard/kcc-2008');
  const adults = await foldNamed(/^Adult Social Services$/);
  expect(within(adults.fold).getByText(/^\d+ indicators:$/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /^Exceptions/ })).toBeInTheDocument();
  expect(screen.queryByRole('table', { name: /^Annual performance indicators/ })).toBeNull();
  const listsBeforeOpening = seen.lists;

  await user.click(adults.heading);
  const headquarters = await foldNamed(/Headquarters/, adults.fold);
  await user.click(headquarters.heading);
  expect(
    await within(headquarters.fold).findByRole('table', {
      name: /^Annual performance indicators/,
    }),
  ).toBeInTheDocument();
  await waitFor(() => {
    expect(currentLocation().search).toMatchObject({ open: 'kass,kass-headquarters' });
  });
  // The rows came with the opening: the first view asked only for what it draws.
  expect(seen.lists).toBeGreaterThan(listsBeforeOpening);
});

test('a folded list downloads every row it holds, though its first view holds none', async () => {
  const downloads = captureDownloads();
  const { user } = renderApp('/dashboard/kcc-2008');
  await foldNamed(/^Adult Social Services$/);
  const [resultsLine] = await screen.findAllByText(/^\d+ indicators$/, {
    selector: '[role="status"]',
  });
  const total = Number.parseInt(resultsLine?.textContent ?? '', 10);
  const button = screen.getByRole('button', { name: 'Download these figures (CSV)' });
  await waitFor(() => {
    expect(button).toBeEnabled();
  });
  await user.click(button);
  await waitFor(() => {
    expect(downloads).toHaveLength(1);
  });
  expect(parse(downloads[0]?.text ?? '')).toHaveLength(total);
  expect(total).toBeGreaterThan(150);
});
