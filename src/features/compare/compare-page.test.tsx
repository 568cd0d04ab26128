import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { currentLocation, renderApp } from '@test/render-app';
import { clearImportedFigures } from './imported-store';

// Before, not after: after a test the page is still mounted until cleanup, and emptying the store
// then re-renders it (and every chart in it) outside act.
beforeEach(async () => {
  await clearImportedFigures();
});

/** The table row whose row header matches: how a user finds an area's line. */
function rowFor(table: HTMLElement, name: string | RegExp): HTMLElement {
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader', { name }) !== null);
  if (!row) throw new Error(`no row for ${String(name)}`);
  return row;
}

const YJB_OVERALL = '/compare/cmp-yjb-overall-performance';

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
  renderApp('/compare/cmp-highways-bv223');
  const sentence = await screen.findByText(/^Kent County Council is .* of 7 in/);
  expect(sentence).toHaveTextContent(/top quartile \(counties\)/);
  expect(screen.getByLabelText('Compare with')).toHaveDisplayValue(/highways/i);
});

test('another period’s figures are fetched alone when chosen, and the heading and address follow', async () => {
  const { user } = renderApp('/compare/cmp-trading-standards-cost-per-head');
  // It opens on the latest period Kent reports with the most areas.
  expect(await screen.findByRole('heading', { level: 3, name: /, 2006\/07$/ })).toBeInTheDocument();
  await user.selectOptions(screen.getByLabelText('Period'), '2005/06');
  expect(await screen.findByRole('heading', { level: 3, name: /, 2005\/06$/ })).toBeInTheDocument();
  expect(screen.getByLabelText('Period')).toHaveDisplayValue('2005/06');
  expect(currentLocation().search).toMatchObject({ period: '2005/06' });
});

test('a user-defined group goes into the URL and the position is restated for it', async () => {
  const { user } = renderApp(YJB_OVERALL);
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
  expect(currentLocation().search).toMatchObject({
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

test('a CSV with bad rows previews the rest, reports each bad row by the file’s number, and joins only its own group', async () => {
  const { user } = renderApp(YJB_OVERALL);
  const input = await screen.findByLabelText('CSV file');
  const csv = [
    'Area name,2007/08 Q3',
    'Surrey,71.2',
    '',
    'Oxfordshire,abc',
    ',60.1',
    'Medway,72.5',
    'Suffolk,12..4',
    'Norfolk,..',
    'Devon,"70,5',
    'Essex,70,5',
  ].join('\n');
  await user.upload(input, new File([csv], 'lg-inform.csv', { type: 'text/csv' }));
  const preview = await screen.findByRole('region', { name: 'Preview of lg-inform.csv' });
  expect(preview).toHaveTextContent(/Areas as rows, periods as columns/);
  expect(preview).toHaveTextContent(/1 county and 1 unitary authority/);
  const problems = within(preview)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
  expect(problems).toEqual([
    'Row 4: the value "abc" is not a number (Oxfordshire, 2007/08 Q3)',
    'Row 5: the area has no name and no code',
    'Row 7: the value "12..4" is not a number (Suffolk, 2007/08 Q3)',
    'Row 9: a quote opens a cell and is never closed; the row is left out and reading goes on from the next line',
    'Row 10: the row has 3 cells but the heading has 2; it is left out rather than read with cells ignored',
  ]);
  await user.click(within(preview).getByRole('button', { name: 'Import 2 figures' }));
  expect(await screen.findByRole('status')).toHaveTextContent(
    /Imported 2 figures from lg-inform\.csv/,
  );

  // Surrey and Medway are not in the Youth Justice Board family: they do not join it.
  expect(screen.getAllByText(/^Kent County Council is 4th best of 10/)[0]).toBeInTheDocument();
  await user.selectOptions(
    screen.getByLabelText('Compare with'),
    screen.getByRole('option', { name: /^Counties in lg-inform\.csv/ }),
  );
  const table = await screen.findByRole('table', { name: /Counties in lg-inform.csv/ });
  expect(rowFor(table, 'Surrey')).toHaveTextContent(/71\.2.*Imported from lg-inform\.csv/);
  expect(within(table).queryByRole('rowheader', { name: 'Medway' })).not.toBeInTheDocument();

  await user.click(await screen.findByRole('button', { name: 'Remove lg-inform.csv' }));
  expect(screen.queryByRole('heading', { name: 'Imported files' })).not.toBeInTheDocument();
});

test('a file with decimal commas is refused until it is declared, then read without changing a number', async () => {
  const { user } = renderApp(YJB_OVERALL);
  const input = await screen.findByLabelText('CSV file');
  const csv = [
    'area;period;value',
    'Surrey;2007/08 Q3;70,5',
    'Surrey;2007/08 Q3;71,5',
    'Essex;2007/08 Q3;1.234,5',
  ].join('\n');
  await user.upload(input, new File([csv], 'comma.csv', { type: 'text/csv' }));
  const preview = await screen.findByRole('region', { name: 'Preview of comma.csv' });
  expect(preview).toHaveTextContent(/"70,5" looks like a decimal comma/);
  expect(within(preview).getByRole('button', { name: 'Import 0 figures' })).toBeDisabled();

  await user.click(within(preview).getByRole('radio', { name: 'Decimal comma: 1.234,5' }));
  expect(
    await within(preview).findByText(/Surrey, Q3 2007\/08: rows 2 and 3; row 2 is used/),
  ).toBeInTheDocument();
  await user.click(within(preview).getByRole('radio', { name: 'Use the last row' }));
  expect(await within(preview).findByText(/rows 2 and 3; row 3 is used/)).toBeInTheDocument();
  await user.click(within(preview).getByRole('button', { name: 'Import 2 figures' }));
  await user.selectOptions(
    screen.getByLabelText('Compare with'),
    screen.getByRole('option', { name: /^Counties in comma\.csv/ }),
  );
  const table = await screen.findByRole('table', { name: /Counties in comma.csv/ });
  expect(rowFor(table, 'Surrey')).toHaveTextContent(/71\.5/);
  expect(rowFor(table, 'Essex')).toHaveTextContent(/1,234\.5/);
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

test('the group choice lists groups with figures first, and a group with too few figures shows them without positions', async () => {
  const { user } = renderApp('/compare/paf-c32');
  const choice = await screen.findByLabelText('Compare with');
  const sections = within(choice).getAllByRole('group');
  expect(sections.map((section) => section.getAttribute('label'))).toEqual([
    'Groups with figures to rank',
    'Too few figures to rank',
    'No figures to compare with',
  ]);
  const [canRank, tooFew, none] = sections as [HTMLElement, HTMLElement, HTMLElement];
  expect(
    within(canRank).getByRole('option', {
      name: /^Adult social services comparator authorities \(2007\) \(7 with figures\)$/,
    }),
  ).toBeInTheDocument();
  const registration = within(tooFew).getByRole('option', {
    name: /^Registration service comparators.*\(2 with figures, too few to rank\)$/,
  });
  expect(within(none).getByRole('option', { name: /^South East region/ })).toBeInTheDocument();

  await user.selectOptions(choice, registration);
  expect(
    await screen.findByText(
      /^Only 2 of the 3 areas in Registration service comparators.* have a figure, too few to rank, so Kent County Council’s figure is shown without a position/,
    ),
  ).toBeInTheDocument();
  expect(currentLocation().search).toMatchObject({ group: 'registration-comparators' });
  const table = screen.getByRole('table', { name: /Registration service comparators/ });
  expect(within(table).queryByRole('columnheader', { name: /Position/ })).not.toBeInTheDocument();
  expect(rowFor(table, /Kent County Council/)).toHaveTextContent(/75/);
  expect(rowFor(table, 'Hampshire')).toHaveTextContent(/83\.5/);
  expect(screen.queryByText(/best of 2/)).not.toBeInTheDocument();
});
