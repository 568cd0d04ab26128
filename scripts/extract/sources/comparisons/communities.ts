/**
 * Communities: youth service audit (NYA), Youth Justice Board performance summary,
 * trading standards costs and BVPI 166, registration figures from Surrey and Hampshire.
 */
import { areaIdFor, KENT, printedAreaNote } from './area-registry';
import { measureId, units, type ComparisonBuilder } from './builder';
import { expectLine } from './guard';
import { areasByMeasures, measuresByAreas, rowTitle, tableLines, type Column } from './layouts';

export const YJB_FAMILY_2007 = 'yjb-family-group-2007';
export const YOUTH_SERVICE_NEIGHBOURS = 'youth-service-statistical-neighbours';

function youthServiceAudit(b: ComparisonBuilder): void {
  expectLine(b.doc, 21154, 'Indicator\tComparator\tPerformance in 2004/05');
  const blocks = [
    {
      from: 21156,
      to: 21162,
      title: 'Youth Service as a % of overall Education budget',
      unit: units.percent,
      slug: 'budget-share',
    },
    {
      from: 21163,
      to: 21169,
      title: '13 to 19 spending per head',
      unit: units.pounds,
      slug: 'spend-per-head',
    },
  ];
  const years = [
    { period: '2004/05', data: 2, rank: 3, area: 4 },
    { period: '2005/06', data: 5, rank: 6, area: 7 },
  ];
  const ids: string[] = [];
  const areaIds = new Set<string>();
  for (const block of blocks) {
    const value = b.measure({
      id: `cmp-youth-audit-${block.slug}`,
      title: `Youth service: ${block.title} (NYA annual audit)`,
      unit: block.unit,
      polarity: 'no-judgement',
      polarityReason: 'A spending level describes resources, not performance.',
      line: block.from,
    });
    const rank = b.measure({
      id: `cmp-youth-audit-${block.slug}-rank`,
      title: `Youth service: national rank for ${block.title} (1 = highest)`,
      unit: units.rank('among authorities in the NYA audit (1 = highest)'),
      polarity: 'no-judgement',
      polarityReason: 'A rank of spending describes resources, not performance.',
      line: block.from,
    });
    ids.push(value, rank);
    for (const line of tableLines(b, block.from, block.to)) {
      const cells = b.doc.cells(line);
      for (const year of years) {
        const printedArea = cells[year.area] ?? '';
        const area = areaIdFor(printedArea);
        areaIds.add(area);
        const areaNote = printedAreaNote(printedArea);
        b.cell(value, area, year.period, cells[year.data] ?? '', line, {
          ...(areaNote ? { note: areaNote } : {}),
        });
        const printedRank = cells[year.rank] ?? '';
        if (printedRank === '') continue;
        const match = /^(\d+)\s*(?:\(\/(\d+)\))?$/.exec(printedRank);
        b.cell(rank, area, year.period, printedRank, line, {
          value: match ? Number(match[1]) : null,
          ...(match?.[2] ? { note: `ranked out of ${match[2]}` } : {}),
        });
      }
    }
  }
  b.note(
    'other',
    "Youth service audit: each year's column is sorted by rank, so the authority named in the 'Comparator' column differs between 2004/05 and 2005/06 on the same printed row; each figure is filed under the authority printed beside it. Ranks are out of 130 and 134 (2004/05) and 133 and 143 (2005/06), as printed on the first row of each block.",
    [21154, 21155, 21156, 21163],
    ids,
  );
  b.note(
    'contradiction',
    "Youth service audit: the paper calls these authorities 'our statistical neighbours' (Nottinghamshire, Lancashire, Gloucestershire, West Sussex, Essex), but the Children, Families & Education list of Kent's statistical neighbours does not include Nottinghamshire or Gloucestershire. They are kept as a separate group.",
    [21152, 9004],
  );
  b.table({
    id: 'cmp-youth-service-audit-2004-2006',
    title:
      'Youth service benchmarking against statistical neighbours (NYA Annual Audit of Local Authority Youth Services)',
    groupId: YOUTH_SERVICE_NEIGHBOURS,
    indicatorIds: ids,
    areaIds: [...areaIds],
    periodNote: "2004/05 and 2005/06 ('latest available figures').",
    lines: [21152, 21154, 21155, ...tableLines(b, 21156, 21169)],
  });
}

function yjbSummary(b: ComparisonBuilder): void {
  const header = 21474;
  expectLine(b.doc, 21472, 'YJB Performance Summary April to December 2007');
  const headings = b.doc.cells(header);
  const columns: Column[] = [1, 2, 3, 4, 5, 6].map((cell) => {
    const title = headings[cell] ?? '';
    const isLevel = /Level/.test(title);
    return {
      cell,
      period: '2007/08 Q3',
      indicatorId: b.measure({
        id: measureId('yjb', title),
        title: `Youth Justice Board: ${title}`,
        unit: isLevel ? units.score('YJB performance level (1–4)') : units.percent,
        polarity: 'higher-is-better',
        polarityReason: isLevel
          ? 'YJB performance levels run from 1 to 4; the highest overall scores in the table carry Level 4.'
          : 'A YJB performance score: higher is better.',
        line: header,
      }),
    };
  });
  const rows = tableLines(b, header + 1, 21486);
  areasByMeasures(
    b,
    {
      id: 'cmp-yjb-performance-summary-2007',
      title:
        'YJB performance summary, April to December 2007: Kent YOS, family group, South East and national',
      periodNote: 'April to December 2007 (the first three quarters of 2007/08, cumulative).',
      groupId: YJB_FAMILY_2007,
      headLines: [21470, 21472, header],
    },
    rows,
    columns,
  );
  // The builder stores 'period' basis by default; these are cumulative April–December figures.
  for (const observation of b.observations) {
    if (
      observation.period === '2007/08 Q3' &&
      columns.some((column) => column.indicatorId === observation.indicatorId)
    ) {
      observation.basis = 'ytd';
    }
  }
  for (const observation of b.observations) {
    if (
      observation.printed &&
      /^Level \d$/.test(observation.printed) &&
      observation.value === null
    ) {
      observation.value = Number(observation.printed.slice(-1));
      delete observation.missing;
    }
  }
}

function tradingStandards(b: ComparisonBuilder): void {
  expectLine(b.doc, 22531, 'Cost per head of Trading Standards Service');
  const cost = b.measure({
    id: 'cmp-trading-standards-cost-per-head',
    title: 'Cost per head of Trading Standards Service',
    unit: units.pounds,
    polarity: 'unknown',
    polarityReason:
      'A unit cost compared across councils; the paper does not say whether lower is the aim.',
    line: 22531,
  });
  const checklist = b.measure({
    id: 'cmp-trading-standards-bvpi-166',
    title: 'BVPI 166: score against a checklist of enforcement best practice for trading standards',
    codes: [{ framework: 'BVPI', code: '166' }],
    unit: units.percent,
    polarity: 'higher-is-better',
    polarityReason: 'A higher score against the best-practice checklist is better.',
    line: 22544,
  });
  const columns = (indicatorId: string): Column[] => [
    { cell: 1, indicatorId, period: '2005/06' },
    { cell: 2, indicatorId, period: '2006/07' },
  ];
  const costAreas = areasByMeasures(
    b,
    {
      id: 'cmp-trading-standards-cost-per-head-2005-2007',
      title: 'Cost per head of Trading Standards Service, 2005–06 and 2006–07',
      periodNote: 'Actual 2005-2006 and Actual 2006-2007, £.',
      groupId: 'trading-standards-comparators',
      headLines: [22531, 22532],
    },
    tableLines(b, 22533, 22542),
    columns(cost),
  );
  areasByMeasures(
    b,
    {
      id: 'cmp-trading-standards-bvpi-166-2005-2007',
      title: 'BVPI 166 trading standards enforcement best practice score, 2005–06 and 2006–07',
      periodNote: 'Actual 2005-2006 and Actual 2006-2007, %.',
      groupId: 'trading-standards-comparators',
      headLines: [22544, 22545],
    },
    tableLines(b, 22546, 22556),
    columns(checklist),
  );
  b.namedGroup(
    'trading-standards-comparators',
    'Trading standards comparators (cost per head and BVPI 166 tables)',
    costAreas.filter((area) => area !== KENT),
    22531,
  );
}

function registration(b: ComparisonBuilder): void {
  const header = 23391;
  expectLine(b.doc, header, 'Indicator\tKent Actual Performance 2006-07');
  const columns: Column[] = [
    { cell: 1, area: KENT, period: '2006/07' },
    { cell: 2, area: 'surrey', period: '2006/07' },
    { cell: 3, area: 'hampshire', period: '2006/07' },
  ];
  const rows = tableLines(b, header + 1, 23409)
    .filter((line) => !/^<u>/.test(b.doc.line(line)))
    .map((line) => {
      const title = rowTitle(b, line);
      return {
        line,
        indicatorId: b.measure({
          id: measureId('registration', title),
          title: `Registration and coroners: ${title}`,
          unit: /^Income/.test(title) ? units.pounds : units.count,
          polarity: 'no-judgement',
          polarityReason: 'A count of registrations and ceremonies is activity, not performance.',
          line,
        }),
      };
    });
  const group = b.namedGroup(
    'registration-comparators',
    'Registration service comparators: Surrey and Hampshire County Councils',
    ['surrey', 'hampshire'],
    23389,
  );
  measuresByAreas(
    b,
    {
      id: 'cmp-registration-surrey-hampshire-2006-07',
      title: 'Registration and coroners: Kent, Surrey and Hampshire actual performance 2006-07',
      periodNote: 'Actual performance 2006-07 for all three councils.',
      groupId: group,
      headLines: [23389, header],
    },
    rows,
    columns,
  );
}

function proseOnly(b: ComparisonBuilder): void {
  b.note(
    'ambiguous',
    'Kent Employment (KEY): the LSC league placings for work-based learning (e.g. Health, Public Services and Care: 2nd from 8 providers for 16-18; Retail: 13th from 16) compare KEY with other providers in Kent and Medway, not with other councils, and print no year; kept as this note.',
    [20557, 20559, 20561, 20562, 20563],
  );
  b.note(
    'other',
    'KEY Entry to Employment: 63% positive progression placed KEY 1st locally and regionally and 2nd nationally in both 2005/06 and 2006/07 contract years (a comparison with other training providers, not councils).',
    [20555],
  );
  b.note(
    'other',
    'Kent Drug and Alcohol Action Team: the number of individuals retained in treatment is stated to be below other councils in the South East region; no figures are printed.',
    [21772],
  );
  b.note(
    'other',
    'Sports, Leisure & Olympics: Quest score stated as the top score of any county council in England; no figure is printed.',
    [19666],
  );
}

export function communities(b: ComparisonBuilder): void {
  youthServiceAudit(b);
  yjbSummary(b);
  tradingStandards(b);
  registration(b);
  proseOnly(b);
}
