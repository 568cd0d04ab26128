/**
 * The home page drawn ahead of time (ADR 0086, 0092) carries the data its first view shows, not
 * the lists it is worked out from (ADR 0098): the browser hydrates with it and asks for nothing more.
 */
import type { DehydratedState } from '@tanstack/react-query';
import { prerenderPage } from '@/app/prerender-entry';

vi.setConfig({ testTimeout: 60_000 });

async function drawn(address: string) {
  const view = await prerenderPage(address);
  if ('redirect' in view) throw new Error(`${address} redirected to ${view.redirect}`);
  return view;
}

const keysOf = (state: DehydratedState) => state.queries.map((query) => query.queryKey);

test('the drawn home page says what needs attention and what changed, without carrying the lists', async () => {
  const page = await drawn('/');
  expect(page.failed).toBe(0);
  const markup = new DOMParser().parseFromString(page.html, 'text/html');
  const text = markup.body.textContent;
  expect(text).toContain('Figures as at May 2012, published 6 July 2012.');
  expect(text).toContain('3 indicators need attention: red, or amber and getting worse.');
  expect(markup.querySelectorAll('.attention-list li')).toHaveLength(3);
  // Twelve changes, the first eight listed and the rest a link away.
  expect(text).toContain('Since April 2012, 12 indicators were rated for the first time.');
  expect(markup.querySelectorAll('.change-list li')).toHaveLength(8);
  expect(text).toContain('See every indicator as at May 2012');
  // Nothing left loading: every section was drawn with its figures.
  expect(markup.querySelector('[aria-busy="true"]')).toBeNull();
  expect(keysOf(page.state)).not.toContainEqual(expect.arrayContaining(['indicators', 'list']));
  // The three lists were about 350 KB; what the overview draws of them is a few KB.
  const listData = page.state.queries
    .filter((query) => query.queryKey[0] === 'indicators')
    .map((query) => JSON.stringify(query.state.data).length);
  expect(listData).toHaveLength(2);
  for (const size of listData) expect(size).toBeLessThan(10_000);
});
