import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { chartColour, readChartTokens, seriesColours } from './chart-tokens';

const css = readFileSync(resolve(process.cwd(), 'src/ui/styles/chart-tokens.css'), 'utf8');

test('chart code draws the colours the stylesheet sets, from the same file', () => {
  const declared = readChartTokens(css);
  expect(chartColour.target).toBe(declared.get('target'));
  expect(chartColour.floor).toBe(declared.get('floor'));
  expect(seriesColours).toHaveLength(10);
  expect(seriesColours[0]).toBe(declared.get('series-1'));
});

test('every chart colour is a plain hex colour, so downloaded images need no stylesheet', () => {
  for (const value of [...Object.values(chartColour), ...seriesColours])
    expect(value).toMatch(/^#[0-9a-f]{6}$/i);
});

test('no chart component writes a hex colour of its own', () => {
  const files = import.meta.glob<string>(['/src/**/*.tsx', '!/src/**/*.test.tsx'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  expect(Object.keys(files).length).toBeGreaterThan(20);
  const offenders = Object.entries(files)
    .filter(([, source]) => /['"`]#[0-9a-fA-F]{3,6}\b/.test(source))
    .map(([path]) => path);
  expect(offenders).toEqual([]);
});
