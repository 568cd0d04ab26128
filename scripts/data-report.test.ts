// @vitest-environment node
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import type { Dataset } from '../src/data/contract/assemble-dataset';
import { checkDatasetFolder } from './lib/check-dataset';
import { buildReport, formatReport } from './lib/dataset-report';

function exampleDataset(): Dataset {
  const { dataset } = checkDatasetFolder(resolve('docs/example-dataset'));
  if (!dataset) throw new Error('the example dataset did not load');
  return dataset;
}

test('counts indicators by framework, by directorate and by kind', () => {
  const report = buildReport(exampleDataset());

  expect(report.indicators).toEqual({ total: 4, byKind: { performance: 3, activity: 1 } });
  expect(report.byFramework).toMatchObject({ BVPI: 1, NI: 1, PAF: 0, none: 2 });
  expect(report.byStructure).toEqual([
    {
      id: 'ecc-2012',
      name: 'Exampleshire County Council, 2012',
      nodes: [
        { id: 'communities', name: 'Communities', indicators: 3 },
        { id: 'human-resources', name: 'Human Resources', indicators: 1 },
      ],
      unowned: 0,
    },
  ]);
});

test('counts figures, unknown polarity and data-quality notes', () => {
  const report = buildReport(exampleDataset());

  expect(report.figures).toMatchObject({
    total: 14,
    withValue: 13,
    missingByReason: { 'reported-less-often': 1 },
    authority: 12,
    otherAreas: 2,
  });
  expect(report.unknownPolarity).toEqual({ total: 1, performance: 1, ids: ['ni-9'] });
  expect(report.notes).toEqual({ total: 1, byKind: { garbled: 1 } });
});

test('reproduces the published RAG and explains any it cannot', () => {
  const dataset = exampleDataset();
  expect(buildReport(dataset).publishedRag).toEqual({ checked: 2, reproduced: 2, mismatches: [] });

  const misreported: Dataset = {
    ...dataset,
    observations: dataset.observations.map((observation) =>
      observation.period === '2012-05' && observation.basis === 'period' && observation.publishedRag
        ? { ...observation, publishedRag: 'green' }
        : observation,
    ),
  };
  const report = buildReport(misreported);

  expect(report.publishedRag).toMatchObject({
    checked: 2,
    reproduced: 1,
    mismatches: [
      {
        indicatorId: 'ecc-calls-answered-in-20-seconds',
        period: '2012-05',
        figure: 'latest',
        published: 'green',
        computed: 'amber',
      },
    ],
  });
  expect(formatReport(report)).toContain('Published RAG reproduced: 1 of 2 (50%)');
});
