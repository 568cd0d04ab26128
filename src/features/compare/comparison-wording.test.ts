import { expect, test } from 'vitest';
import { rankAreas } from '@/domain/compare';
import type { ComparisonView } from './comparison-model';
import { chartHeading, importNote, mixedYearsNote, tableCaption } from './comparison-wording';

const view = (patch: Partial<ComparisonView> = {}): ComparisonView => ({
  period: '2019',
  group: { id: 'g', name: 'Counties in pm25.csv', kind: 'imported', members: [], provenance: [] },
  ranked: [],
  references: [],
  ranking: rankAreas({
    figures: [],
    leadAreaId: 'kent',
    polarity: 'no-judgement',
    groupPhrase: 'x',
  }),
  periods: ['2019'],
  unit: { type: 'count', label: 'GBP (000)' },
  polarity: 'no-judgement',
  ...patch,
});

test('a view built from a file names the file, its measure and its unit', () => {
  const fromFile = view({ source: { fileName: 'pm25.csv', title: 'Air pollution' } });
  expect(chartHeading(fromFile)).toBe('Counties in pm25.csv, 2019');
  expect(tableCaption(fromFile, 'Indicator on screen')).toMatch(
    /^Air pollution, GBP \(000\): Counties in pm25.csv, 2019/,
  );
  expect(importNote(fromFile, ['pm25.csv'])).toBe(
    'Every figure here comes from pm25.csv (Air pollution) in GBP (000), imported in this browser; none is from the council’s papers.',
  );
});

test('imports in a group from the data only fill gaps, and mixed years are flagged', () => {
  expect(importNote(view(), [])).toBeNull();
  expect(importNote(view(), ['a.csv'])).toMatch(
    /^Figures imported in this browser \(a.csv\) fill gaps for this group’s members only/,
  );
  expect(mixedYearsNote(view())).toBeNull();
  expect(mixedYearsNote(view({ periods: ['2018', '2019'] }))).toMatch(
    /^Figures from different years: 2018, 2019\./,
  );
});
