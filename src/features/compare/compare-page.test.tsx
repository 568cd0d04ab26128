import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '@test/render-app';
import { clearImportedFigures } from './imported-store';

// Before, not after: after a test the page is still mounted until cleanup, and emptying the store
// then re-renders it (and every chart in it) outside act.
beforeEach(() => {
  clearImportedFigures();
});

/** The table row whose row header matches: how a user finds an area's line. */
function rowFor(table: HTMLElement, name: string | RegExp): HTMLElement {
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader', { name }) !== null);
  if (!row) throw new Error(`no row for ${String(name)}`);
  return row;
}

const YJB_OVERALL = '/compare?indicator=cmp-yjb-overall-performance';

test('the YJB overall performance comparison places Kent in its family group in words', async () => {
  renderApp(YJB_OVERALL);
  expect(
    await screen.findByText(
      /^Kent County Council is 4th best of 10 in its family group \(second quartile\); 1\.1 percentage points better than South East/,
    ),
  ).toBeInTheDocument();
  expect(screen.getByRole('img', { name: 'Bar chart of the figures' })).toHaveAccessibleDescription(
    /4th best of 10/,
  );
  expect(screen.getByLabelText('Compare with')).toHaveDisplayValue(
    /Youth Justice Board family group/,
  );
});

test('the figures table sorts and marks the lead authority and the source of each figure', async () => {
  const { user } = renderApp(YJB_OVERALL);
  const table = await screen.findByRole('table', {
    name: /Overall Performance: Youth Justice Board family group/,
  });
  const firstArea = () => {
    const row = within(table)
      .getAllByRole('row')
      .find((candidate) => within(candidate).queryAllByRole('cell').length > 0);
    return row ? within(row).getByRole('rowheader').textContent : null;
  };
  expect(firstArea()).toBe('Cheshire');
  await user.click(within(table).getByRole('button', { name: /Figure/ }));
  expect(within(table).getByRole('columnheader', { name: /Figure/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  expect(firstArea()).toBe('West Sussex');
  expect(rowFor(table, /Kent County Council \(lead authority\)/)).toHaveTextContent(
    /69\.4%.*line 21475/,
  );
});

test('the multi-measure YJB table gives Kent a position for each measure', async () => {
  renderApp(YJB_OVERALL);
  const table = await screen.findByRole('table', {
    name: /each area’s figure and position for each measure/,
  });
  expect(rowFor(table, /Kent County Council \(lead\)/)).toHaveTextContent(/64\.6%.*of 10/);
});

test('a highways benchmarking indicator compares Kent within its benchmarking club', async () => {
  renderApp('/compare?indicator=cmp-highways-bv223');
  const sentence = await screen.findByText(/^Kent County Council is .* of 7 in/);
  expect(sentence).toHaveTextContent(/top quartile \(counties\)/);
  expect(screen.getByLabelText('Compare with')).toHaveDisplayValue(/highways/i);
});

test('a user-defined group goes into the URL and the position is restated for it', async () => {
  const { user, router } = renderApp(YJB_OVERALL);
  await user.click(await screen.findByText('Choose your own group of authorities'));
  const group = screen.getByRole('group', { name: 'Authorities in your group' });
  for (const box of within(group).getAllByRole('checkbox')) {
    if ((box as HTMLInputElement).checked) await user.click(box);
  }
  await user.click(within(group).getByLabelText('Essex'));
  await user.click(within(group).getByLabelText('West Sussex'));
  await user.click(screen.getByRole('button', { name: /Compare with these 2 authorities/ }));
  expect(
    await screen.findByText(
      /^Kent County Council is 1st best of 3|^Kent County Council is best of 3 in the chosen group/,
    ),
  ).toBeInTheDocument();
  expect(router.state.location.search).toMatchObject({
    group: 'user',
    areas: ['essex', 'west-sussex'],
  });
});

test('searching finds an indicator by code or title', async () => {
  const { user } = renderApp('/compare');
  const search = await screen.findByLabelText('Find an indicator by code or title');
  await user.type(search, 'overall performance');
  const results = screen.getByRole('list', { name: 'Matching indicators' });
  await user.click(
    within(results).getByRole('link', { name: /Youth Justice Board: Overall Performance/ }),
  );
  expect(await screen.findByText(/4th best of 10/)).toBeInTheDocument();
});

test('a CSV with three bad rows imports the rest and reports each bad row by number', async () => {
  const { user } = renderApp(YJB_OVERALL);
  const input = await screen.findByLabelText('CSV file');
  const csv = [
    'Area name,2007/08 Q3',
    'Surrey,71.2',
    'Oxfordshire,abc',
    ',60.1',
    'Medway,72.5',
    'Suffolk,12..4',
    'Norfolk,..',
  ].join('\n');
  await user.upload(input, new File([csv], 'lg-inform.csv', { type: 'text/csv' }));
  expect(
    await screen.findByRole('radio', { name: 'Areas as rows, periods as columns' }),
  ).toBeChecked();
  await user.click(screen.getByRole('button', { name: 'Import figures' }));
  const report = await screen.findByRole('alert');
  expect(report).toHaveTextContent(
    /Imported 2 figures; 1 empty cell skipped; 3 rows have problems/,
  );
  const problems = within(report)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
  expect(problems).toEqual([
    'Row 3: value "abc" is not a number (Oxfordshire, Q3 2007/08)',
    'Row 4: the area name is empty',
    'Row 6: value "12..4" is not a number (Suffolk, Q3 2007/08)',
  ]);
  const table = screen.getByRole('table', {
    name: /Overall Performance: Youth Justice Board family group/,
  });
  expect(rowFor(table, 'Surrey')).toHaveTextContent(/71\.2%.*Imported from lg-inform\.csv/);
  expect(screen.getByText(/^Kent County Council is 6th best of 12/)).toBeInTheDocument();
});

test('a long list of matches says how many are hidden and shows more by keyboard', async () => {
  const { user } = renderApp('/compare');
  const count = await screen.findByText(/^Showing 20 of \d+ matches/);
  const total = Number(/of (\d+) matches/.exec(count.textContent)?.[1]);
  const results = screen.getByRole('list', { name: 'Matching indicators' });
  expect(within(results).getAllByRole('link')).toHaveLength(20);
  const more = screen.getByRole('button', { name: /^Show \d+ more of \d+ not shown$/ });
  more.focus();
  await user.keyboard('{Enter}');
  const links = within(results).getAllByRole('link');
  expect(links).toHaveLength(Math.min(40, total));
  expect(links[20]).toHaveFocus();
});
