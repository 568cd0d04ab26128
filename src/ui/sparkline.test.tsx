import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { Sparkline, sparklineDomain } from './sparkline';

test('72 to 73 is drawn as the small change it is, not as a fall from top to bottom', () => {
  const [low, high] = sparklineDomain([72, 73]);
  // The line moves 1 in a range of at least a quarter of the figure (18), not 1 in 1.
  expect(high - low).toBeGreaterThanOrEqual(18);
  expect(low).toBeLessThanOrEqual(72);
  expect(high).toBeGreaterThanOrEqual(73);
});

test('figures at or above zero are never drawn against a range below zero', () => {
  expect(sparklineDomain([0, 1, 2])[0]).toBe(0);
});

test('a sparkline says its figures in words for screen readers', () => {
  render(<Sparkline values={[72, 70, 73]} format={(v) => `${v}%`} />);
  expect(
    screen.getByText('Last 3 figures: from 72% to 73% (lowest 70%, highest 73%).'),
  ).toBeInTheDocument();
});
