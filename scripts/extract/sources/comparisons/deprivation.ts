/**
 * Indices of Deprivation 2004 and 2007 in the East Kent and West Kent adult social services
 * plans: each Kent district's average score, national rank (of 354) and rank within Kent,
 * and Kent's own rank among county councils and unitary authorities.
 */
import { KENT } from './area-registry';
import { units, type ComparisonBuilder } from './builder';
import { expectLine } from './guard';
import { areasByMeasures, tableLines, type Column } from './layouts';

export function deprivation(b: ComparisonBuilder): void {
  const context = {
    polarity: 'no-judgement' as const,
    polarityReason: 'Deprivation describes the area served, not the council’s performance.',
  };
  const score = b.measure({
    id: 'cmp-imd-average-score',
    title: 'Index of Deprivation: average score',
    unit: units.score('index of deprivation average score (higher = more deprived)'),
    ...context,
    line: 1559,
  });
  const nationalRank = b.measure({
    id: 'cmp-imd-national-rank',
    title: 'Index of Deprivation: national rank of 354 local authorities (1 = most deprived)',
    unit: units.rank('of 354 local authorities (1 = most deprived)'),
    ...context,
    line: 1559,
  });
  const kentRank = b.measure({
    id: 'cmp-imd-kent-rank',
    title: 'Index of Deprivation: rank among Kent districts (1 = most deprived)',
    unit: units.rank('among Kent districts (1 = most deprived)'),
    ...context,
    line: 1559,
  });
  const columns: Column[] = [
    { cell: 1, indicatorId: score, period: '2004', note: '2004 Index of Deprivation' },
    { cell: 2, indicatorId: nationalRank, period: '2004', note: '2004 Index of Deprivation' },
    { cell: 3, indicatorId: kentRank, period: '2004', note: '2004 Index of Deprivation' },
    { cell: 4, indicatorId: score, period: '2007', note: '2007 Index of Deprivation' },
    { cell: 5, indicatorId: nationalRank, period: '2007', note: '2007 Index of Deprivation' },
    { cell: 6, indicatorId: kentRank, period: '2007', note: '2007 Index of Deprivation' },
  ];
  for (const table of [
    { header: 1558, last: 1565, name: 'East Kent', id: 'east-kent' },
    { header: 2509, last: 2516, name: 'West Kent', id: 'west-kent' },
  ]) {
    expectLine(b.doc, table.header, 'District\t2004 Index of Deprivation');
    areasByMeasures(
      b,
      {
        id: `cmp-deprivation-${table.id}-districts-2004-2007`,
        title: `Indices of Deprivation 2004 and 2007: the ${table.name} districts`,
        periodNote: 'The 2004 and 2007 Indices of Deprivation (published December 2007).',
        headLines: [table.header, table.header + 1],
      },
      tableLines(b, table.header + 2, table.last),
      columns,
    );
  }

  const line = 2503;
  expectLine(
    b.doc,
    line,
    'In December 2007 the Department of Communities and Local Government published',
  );
  const upperTier = b.measure({
    id: 'cmp-imd-rank-among-county-and-unitary-authorities',
    title:
      'Index of Deprivation: Kent (excluding Medway) rank among 149 county councils and unitary authorities (1 = most deprived)',
    unit: units.rank('of 149 county councils and unitary authorities (1 = most deprived)'),
    ...context,
    line,
  });
  const note = 'stated in prose';
  b.cell(upperTier, KENT, '2004', '106', line, { note: `${note}: 'ranked 106 out of 149'` });
  b.cell(upperTier, KENT, '2007', '104', line, { note: `${note}: 'In 2007 Kent is ranked 104'` });
  b.table({
    id: 'cmp-deprivation-kent-upper-tier-rank-2004-2007',
    title:
      'Indices of Deprivation: Kent among county councils and unitary authorities, 2004 and 2007',
    indicatorIds: [upperTier],
    areaIds: [KENT],
    periodNote: 'Index years 2004 and 2007, as stated.',
    lines: [line],
  });
}
