import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { currentLocation, renderApp } from '@test/render-app';

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
  // One result is not a trend: the figure is listed beside its target and floor, not charted.
  expect(screen.queryByRole('img', { name: 'Trend chart' })).not.toBeInTheDocument();
  const few = screen.getByRole('table', { name: /one result so far: too few to draw a trend/i });
  expect(few).toHaveAccessibleDescription(summary.textContent);
  const floorRow = within(few).getByRole('row', { name: /floor standard/i });
  expect(floorRow).toHaveTextContent('75%');
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
  const { user } = renderApp(GRADE_1);
  await user.click(await screen.findByRole('button', { name: 'Table' }));
  const table = await screen.findByRole('table', { name: /every figure held for/i });
  expect(currentLocation().search).toMatchObject({ view: 'table' });
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
  const notes = screen.getByRole('region', { name: 'Data-quality notes' });
  // A plain sentence for the manager; the conversion details (garbled glyphs) one click away.
  expect(
    within(notes).getByText(/The paper’s direction arrows could not be read/),
  ).toBeInTheDocument();
  expect(within(notes).getByText('Conversion details')).toBeInTheDocument();
  expect(within(notes).getByText(/print as the same glyph/)).not.toBeVisible();
});

test('recording a figure reports each bad field, then saves a good one', async () => {
  const { user } = renderApp(GRADE_1);
  const form = await screen.findByRole('region', { name: 'Record a figure' });
  // The form appears once the app knows someone (the mock's development person) is signed in.
  await user.type(await within(form).findByLabelText('Period'), 'soon');
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

test('a decimal comma in the value is refused with a reason, never saved as a bigger number', async () => {
  const { user } = renderApp(GRADE_1);
  const form = await screen.findByRole('region', { name: 'Record a figure' });
  await user.type(within(form).getByLabelText('Period'), 'June 2012');
  await user.type(within(form).getByLabelText('Value'), '1,5');
  await user.click(within(form).getByRole('button', { name: 'Save figure' }));
  expect(within(form).getByLabelText('Value')).toHaveAccessibleDescription(
    /"1,5" looks like a decimal comma/,
  );
  expect(within(form).queryByText(/Saved:/)).not.toBeInTheDocument();
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
  expect(panel).toHaveTextContent(
    /figures for 11 other areas \(authorities, districts, teams or averages\)/,
  );
  await user.click(within(panel).getByRole('link', { name: 'Compare with other authorities' }));
  expect(await screen.findByText(/^Kent County Council is 4th best of 10/)).toBeInTheDocument();
});

test('an indicator no other authority reports has no comparator panel', async () => {
  renderApp(GRADE_1);
  await screen.findByRole('region', { name: 'Definition and status' });
  expect(screen.queryByRole('region', { name: 'Other authorities' })).not.toBeInTheDocument();
});

test('three or more results are drawn as a trend chart with its key, the target named on the line, and downloads', async () => {
  renderApp('/indicators/paf-c32');
  const chart = await screen.findByRole('img', { name: 'Trend chart' });
  const summary = screen.getByText(/higher is better\.$|lower is better\.$|polarity/i, {
    selector: '.indicator-summary',
  });
  expect(chart).toHaveAccessibleDescription(summary.textContent);
  const key = screen.getByRole('list', { name: 'Chart key' });
  expect(within(key).getByText('Actual')).toBeInTheDocument();
  expect(within(key).getByText('Target')).toBeInTheDocument();
  // The target's level written on the line is checked in Chromium (test/e2e/journeys/charts.ts):
  // Recharts draws nothing in jsdom, which has no layout.
  expect(screen.getByRole('button', { name: /^Download chart \(PNG\)/ })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /^Download chart \(SVG\)/ })).toBeInTheDocument();
});

test('saving over a figure shows both values, and a confirmed correction appears in the history', async () => {
  const { user } = renderApp(GRADE_1);
  const form = await screen.findByRole('region', { name: 'Record a figure' });
  const record = async (value: string) => {
    // user-event keeps its own idea of a field's text, which form.reset() does not change.
    await user.clear(within(form).getByLabelText('Period'));
    await user.type(within(form).getByLabelText('Period'), 'June 2012');
    await user.clear(within(form).getByLabelText('Value'));
    await user.type(within(form).getByLabelText('Value'), value);
    await user.click(within(form).getByRole('button', { name: 'Save figure' }));
  };
  await record('71');
  expect(
    await within(form).findByText(/Saved: the figure for June 2012 is 71%/),
  ).toBeInTheDocument();
  const history = screen.getByRole('region', { name: 'History of changes' });
  expect(
    await within(history).findByText(/recorded the figure for June 2012: 71%/),
  ).toBeInTheDocument();

  expect(within(form).getByLabelText('Period')).toHaveValue('');
  await record('74');
  expect(await within(form).findByRole('alert')).toHaveTextContent(
    /June 2012 is already 71\. To replace it with 74/,
  );
  const [stored, yours] = within(form).getAllByRole('definition');
  expect(stored).toHaveTextContent(/^71% \(Development person \(mock service\), /);
  expect(yours).toHaveTextContent('74%');
  await user.click(within(form).getByRole('button', { name: 'Replace 71% with 74%' }));
  expect(within(form).getByLabelText('Reason for the correction')).toHaveAccessibleDescription(
    /Say why/,
  );
  await user.type(within(form).getByLabelText('Reason for the correction'), 'Late return');
  await user.click(within(form).getByRole('button', { name: 'Replace 71% with 74%' }));
  expect(
    await within(history).findByText(/corrected the figure for June 2012 from 71% to 74%/),
  ).toBeInTheDocument();
  expect(within(history).getByText(/Reason: Late return/)).toBeInTheDocument();
});

test('a business-plan row whose only target is for next year shows the gap to it, not a status', async () => {
  // 001_23223e66fe6ffd0f.txt line 3752: "Occupancy Rate	96%	98%	98%"
  renderApp('/indicators/bp2008-kent-wide-services-occupancy-rate');
  const gap = await screen.findByRole('region', { name: 'Gap to the next target' });
  expect(gap).toHaveTextContent(
    'Gap to the 2008/09 target of 98%: no change from the 2007/08 estimate of 98%. Not a status: the figure and the target are for different periods.',
  );
  const definition = screen.getByRole('region', { name: 'Definition and status' });
  expect(
    within(definition).getAllByText(
      /no target for 2006\/07 is set; the next target is 98% for 2008\/09/,
    ).length,
  ).toBeGreaterThan(0);
});

test('a status resting on an assumed profile says so, and the URL-held switch shows it without', async () => {
  // 004_02ef8f1cbe0338b4.txt line 493: rogue traders 3 GREEN … target 30, floor 20.
  const { user } = renderApp('/indicators/cc2012-rogue-traders-disrupted');
  const definition = await screen.findByRole('region', { name: 'Definition and status' });
  expect(
    within(definition).getByText(/3 is above the 2\.5 assumed flat-profile target for May 2012/),
  ).toBeInTheDocument();
  expect(within(definition).getAllByText(/Ragstone assumes a flat profile/).length).toBeGreaterThan(
    0,
  );
  const toggle = within(definition).getByRole('checkbox', { name: /use assumed target profiles/i });
  expect(toggle).toBeChecked();
  await user.click(toggle);
  expect(currentLocation().search).toMatchObject({ profiles: 'paper' });
  expect(
    await within(definition).findByText(/3 for May 2012, but there is no phased target for it/),
  ).toBeInTheDocument();
  expect(within(definition).queryByText(/Ragstone assumes a flat profile/)).toBeNull();
  expect(within(definition).getAllByText(/The paper printed/).length).toBeGreaterThan(0);
});
