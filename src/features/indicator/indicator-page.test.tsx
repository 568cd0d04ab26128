import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '@test/render-app';

const GRADE_1 = '/indicators/cc2012-grade-1-calls-answered-in-20-seconds';

test('the indicator page states the latest figure, its status and why, in one sentence', async () => {
  renderApp(GRADE_1);
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: /grade 1 priority calls .* answered in 20 seconds/i,
    }),
  ).toBeInTheDocument();
  const summary = screen.getByText(
    / was 67% in May 2012\. It is rated Red: 67% is below the 75% floor/,
  );
  expect(summary).toHaveTextContent(/Higher is better\.$/);
  // The chart is described by that sentence for screen readers.
  expect(screen.getByRole('img', { name: 'Trend chart' })).toHaveAccessibleDescription(
    summary.textContent,
  );
  const definition = screen.getByRole('region', { name: 'Definition and status' });
  expect(within(definition).getAllByText(/Red: 67% is below the 75% floor/).length).toBeGreaterThan(
    0,
  );
  expect(within(definition).getByText('higher is better')).toBeInTheDocument();
  expect(
    await within(definition).findByRole('link', { name: 'Customer Relationship Unit' }),
  ).toHaveAttribute('href', expect.stringMatching(/^\/organisation\/cc-2012\//));
});

test('the table view lists every figure with the row of the paper it came from, and is kept in the URL', async () => {
  const { user, router } = renderApp(GRADE_1);
  await user.click(await screen.findByRole('button', { name: 'Table' }));
  const table = await screen.findByRole('table', { name: /every figure held for/i });
  expect(router.state.location.search).toMatchObject({ view: 'table' });
  const may = within(table)
    .getAllByRole('row')
    .find(
      (row) =>
        /May 2012/.test(row.textContent) &&
        /Actual/.test(row.textContent) &&
        !/year to date/.test(row.textContent),
    );
  expect(may).toBeDefined();
  if (!may) return;
  expect(
    within(may)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(expect.arrayContaining(['Actual', '67%', 'Red']));
  await user.click(within(may).getByText(/, line \d+/, { selector: 'summary' }));
  expect(within(may).getByText('The row as printed:')).toBeVisible();
  expect(within(may).getByText(/Grade 1/)).toBeInTheDocument();
});

test('opening the page in table view shows the table straight away', async () => {
  renderApp(`${GRADE_1}?view=table`);
  expect(await screen.findByRole('table', { name: /every figure held for/i })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
});

test('commentary and data-quality notes are shown with their sources', async () => {
  renderApp(GRADE_1);
  const commentary = await screen.findByRole('region', { name: 'Commentary' });
  expect(within(commentary).getAllByText(/call volumes/i).length).toBeGreaterThan(0);
  expect(screen.getByRole('region', { name: 'Data-quality notes' })).toHaveTextContent(
    /direction of travel/i,
  );
});

test('recording a figure reports each bad field, then saves a good one', async () => {
  const { user } = renderApp(GRADE_1);
  const form = await screen.findByRole('region', { name: 'Record a figure' });
  await user.type(within(form).getByLabelText('Period'), 'soon');
  await user.type(within(form).getByLabelText('Value'), 'abc');
  await user.click(within(form).getByRole('button', { name: 'Save figure' }));
  expect(within(form).getByLabelText('Period')).toHaveAccessibleDescription(
    /"soon" is not a period/,
  );
  expect(within(form).getByLabelText('Value')).toHaveAccessibleDescription(/"abc" is not a number/);

  await user.clear(within(form).getByLabelText('Period'));
  await user.type(within(form).getByLabelText('Period'), 'June 2012');
  await user.clear(within(form).getByLabelText('Value'));
  await user.type(within(form).getByLabelText('Value'), '78.5');
  await user.click(within(form).getByRole('button', { name: 'Save figure' }));
  expect(await within(form).findByText(/Saved: the figure for June 2012/)).toBeInTheDocument();
});

test('an unknown indicator is a page not found, with a way back and no Retry', async () => {
  renderApp('/indicators/no-such-indicator');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Go to the overview' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
});

test('where the papers compare authorities, the page links to the comparison', async () => {
  const { user } = renderApp('/indicators/cmp-yjb-overall-performance');
  const panel = await screen.findByRole('region', { name: 'Other authorities' });
  expect(panel).toHaveTextContent(/figures for 11 other authorities and averages/);
  await user.click(within(panel).getByRole('link', { name: 'Compare with other authorities' }));
  expect(await screen.findByText(/^Kent County Council is 4th best of 10/)).toBeInTheDocument();
});

test('an indicator no other authority reports has no comparator panel', async () => {
  renderApp(GRADE_1);
  await screen.findByRole('region', { name: 'Definition and status' });
  expect(screen.queryByRole('region', { name: 'Other authorities' })).not.toBeInTheDocument();
});
