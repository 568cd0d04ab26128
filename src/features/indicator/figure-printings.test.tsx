import { screen, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import type { Observation } from '@/data/contract/dataset-schema';
import { renderApp } from '@test/render-app';
import { figuresWithPrintings } from './figure-printings';

const printed = (line: number, value: number | null = 73): Observation => ({
  indicatorId: 'paf-c72',
  area: 'kent',
  period: '2005/06',
  basis: 'period',
  measure: 'actual',
  value,
  printed: String(value),
  provenance: { document: 'business-plans-2008', line, row: `C72 ${value}` },
});

test('a figure printed in several places is one figure with every printing', () => {
  const figures = figuresWithPrintings([printed(633), printed(1612), printed(633), printed(2553)]);

  expect(figures).toHaveLength(1);
  expect(figures[0]?.printings.map((p) => p.line)).toEqual([633, 1612, 2553]);
});

test('two different values for the same slot stay two figures, with different keys', () => {
  const figures = figuresWithPrintings([printed(633), printed(1612, 74)]);

  expect(figures.map((figure) => figure.observation.value)).toEqual([73, 74]);
  expect(new Set(figures.map((figure) => figure.key)).size).toBe(2);
});

const consoleErrors: string[] = [];
afterEach(() => {
  consoleErrors.length = 0;
});

test('the table view shows a figure the papers printed three times once, with its three printings', async () => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
  });
  renderApp('/indicators/paf-c72?view=table');
  const table = await screen.findByRole('table', { name: /every figure held for/i });
  const rows = within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryByRole('rowheader', { name: '2005/06' }) !== null)
    .filter((row) => within(row).queryByRole('cell', { name: 'Actual' }) !== null);
  expect(rows).toHaveLength(1);
  const [row] = rows;
  if (!row) throw new Error('no 2005/06 actual row');
  expect(within(row).getByText('Printed 3 times')).toBeInTheDocument();
  expect(within(row).getAllByText(/line (633|1612|2553)$/, { selector: 'summary' })).toHaveLength(
    3,
  );
  expect(consoleErrors.filter((message) => /same key/i.test(message))).toEqual([]);
});
