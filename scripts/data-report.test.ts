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
  expect(buildReport(dataset).publishedRag).toEqual({
    checked: 2,
    reproduced: 2,
    reproducedWithoutAssumptions: 2,
    mismatches: [],
  });

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
  expect(formatReport(report)).toContain(
    'Published RAG reproduced: 1 of 2 (50%) with assumed target profiles, 1 (50%) without',
  );
});

test('reports the rated share, why the rest are not rated, and statuses that rest on an assumed profile', () => {
  const dataset = exampleDataset();
  const traders = {
    id: 'traders',
    title: 'Rogue traders disrupted (cumulative)',
    codes: [],
    kind: 'performance' as const,
    polarity: 'higher-is-better' as const,
    unit: { type: 'count' as const },
    frequency: 'monthly' as const,
    rule: { type: 'target-floor' as const },
    profile: { shape: 'flat' as const, source: 'assumed' as const, reason: 'assumed: flat' },
    owners: [],
    provenance: [],
  };
  const figure = (measure: 'actual' | 'target' | 'floor', period: string, value: number) => ({
    indicatorId: 'traders',
    area: dataset.manifest.authority.id,
    period,
    basis: 'period' as const,
    measure,
    value,
    ...(measure === 'actual' ? { publishedRag: 'green' as const } : {}),
  });
  const withProfile: Dataset = {
    ...dataset,
    indicators: [...dataset.indicators, traders],
    observations: [
      ...dataset.observations,
      figure('actual', '2012-05', 3),
      figure('target', '2012/13', 30),
      figure('floor', '2012/13', 20),
    ],
  };
  const report = buildReport(withProfile);
  expect(report.publishedRag).toMatchObject({ checked: 3, reproduced: 3 });
  expect(report.publishedRag.reproducedWithoutAssumptions).toBe(2);
  expect(report.ratings.assessed).toBe(5);
  expect(report.ratings.ratedByAssumption).toBe(1);
  const lines = formatReport(report);
  expect(lines).toContain(
    'Published RAG reproduced: 3 of 3 (100%) with assumed target profiles, 2 (67%) without',
  );
  expect(
    lines.some((line) =>
      /^Rated: \d+ of 5 indicators .*\(1 only with an assumed target profile\)$/.test(line),
    ),
  ).toBe(true);
  expect(lines.some((line) => line.startsWith('  not rated, by reason: activity measure 1'))).toBe(
    true,
  );
});
