import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '@test/render-app';

test('the exceptions Red list says which figure is red, and the dashboard counts it apart', async () => {
  // 004_02ef8f1cbe0338b4.txt line 486: deaths registered within 5 days, 77% AMBER for May,
  // 71% RED for the year to date.
  renderApp('/exceptions?show=red');
  const red = await screen.findByRole('region', { name: /^Red \d+$/ });
  const deaths = within(red)
    .getAllByRole('listitem')
    .find((item) => /deaths registered within 5 days/i.test(item.textContent));
  expect(deaths).toBeDefined();
  if (!deaths) return;
  expect(deaths).toHaveTextContent(
    /Red For the year to date to May 2012: the year-to-date figure of 71% is below the 75% floor.* so the dashboard counts this indicator under Amber\./,
  );
});

test('the dashboard names the year-to-date reds it counts under another status', async () => {
  renderApp('/');
  expect(await screen.findAllByText('Red for the year to date only 1', undefined)).not.toHaveLength(
    0,
  );
});
