/**
 * Environment & Regeneration: Kent Highway Services' quantitative comparisons with South East
 * counties and county quartiles, and Waste Management's county averages and quartile ratings.
 */
import type { MeasureUnit } from '../../../../src/data/contract/dataset-schema';
import { KENT } from './area-registry';
import { units, type ComparisonBuilder } from './builder';
import { expectLine } from './guard';
import { areasByMeasures, tableLines, type Column } from './layouts';

export const HIGHWAYS_GROUP = 'highways-benchmarking-counties';

interface HighwaysTable {
  code: string;
  title: string;
  /** Line carrying the 'Indicator:-' title. */
  titleLine: number;
  /** Line of the '2005/06 2006/07' header. */
  header: number;
  last: number;
  unit: MeasureUnit;
  polarityReason: string;
}

const casualties = 'A larger reduction (more negative change) in casualties is better.';
const condition = 'A smaller share of the network needing maintenance is better.';

const highwaysTables: HighwaysTable[] = [
  {
    code: '215a',
    title: 'Average number of days taken to repair street lighting fault (KHS control)',
    titleLine: 25446,
    header: 25447,
    last: 25456,
    unit: units.days,
    polarityReason: 'Fewer days to repair a fault is better.',
  },
  {
    code: '215b',
    title: 'Average number of days taken to repair streetlighting fault (EDF control)',
    titleLine: 25459,
    header: 25460,
    last: 25469,
    unit: units.days,
    polarityReason: 'Fewer days to repair a fault is better.',
  },
  {
    code: '99aii',
    title: '% reduction in casualties – killed or seriously injured (KSI)',
    titleLine: 25457,
    header: 25471,
    last: 25480,
    unit: units.percent,
    polarityReason: casualties,
  },
  {
    code: '99bii',
    title: '% reduction in casualties – children KSI',
    titleLine: 25482,
    header: 25483,
    last: 25492,
    unit: units.percent,
    polarityReason: casualties,
  },
  {
    code: '99cii',
    title: '% reduction in casualties – slight injuries',
    titleLine: 25494,
    header: 25495,
    last: 25504,
    unit: units.percent,
    polarityReason: casualties,
  },
  {
    code: '100',
    title:
      'No days traffic control put out on traffic sensitive streets at traffic sensitive times (peak hrs) Utility & KHS work per 100km traffic sensitive highway',
    titleLine: 25506,
    header: 25507,
    last: 25516,
    unit: units.per(100, 'km of traffic-sensitive highway'),
    polarityReason: 'Fewer days of traffic control at peak times is better.',
  },
  {
    code: '187',
    title: '% high use footways that are in need of repair',
    titleLine: 25518,
    header: 25519,
    last: 25528,
    unit: units.percent,
    polarityReason: 'A smaller share of footways needing repair is better.',
  },
  {
    code: '224a',
    title: 'Condition of B & C roads - % of KHS network to consider for maintenance',
    titleLine: 25530,
    header: 25531,
    last: 25540,
    unit: units.percent,
    polarityReason: condition,
  },
  {
    code: '223',
    title: 'Condition of principal roads - % of KHS network to consider for maintenance',
    titleLine: 25542,
    header: 25543,
    last: 25552,
    unit: units.percent,
    polarityReason: condition,
  },
  {
    code: '224b',
    title: 'Condition of unclassified roads - % of KHS network to consider for maintenance',
    titleLine: 25554,
    header: 25555,
    last: 25564,
    unit: units.percent,
    polarityReason: condition,
  },
];

function highways(b: ComparisonBuilder): void {
  expectLine(b.doc, 25442, '3. Quantitative comparisons (Sorted in 2006/7 rank order)');
  const members = new Set<string>();
  for (const table of highwaysTables) {
    expectLine(b.doc, table.titleLine, `Indicator:- BV${table.code} `);
    expectLine(b.doc, table.header, '2005/06\t2006/07');
    const indicatorId = b.measure({
      id: `cmp-highways-bv${table.code}`,
      title: `BV${table.code} ${table.title}`,
      codes: [{ framework: 'BVPI', code: table.code }],
      unit: table.unit,
      polarity: 'lower-is-better',
      polarityReason: table.polarityReason,
      line: table.titleLine,
    });
    const columns: Column[] = [
      { cell: 1, indicatorId, period: '2005/06' },
      { cell: 2, indicatorId, period: '2006/07' },
    ];
    const areas = areasByMeasures(
      b,
      {
        id: `cmp-highways-bv${table.code}-2005-2007`,
        title: `Highways benchmarking: BV${table.code} ${table.title}`,
        periodNote:
          '2005/06 and 2006/07, sorted in 2006/07 rank order; county quartiles for reference.',
        groupId: HIGHWAYS_GROUP,
        headLines: [25442, table.titleLine, table.header],
      },
      tableLines(b, table.header + 1, table.last),
      columns,
    );
    for (const area of areas) {
      if (area !== KENT && !area.startsWith('counties-')) members.add(area);
    }
  }
  b.groups.push({
    id: HIGHWAYS_GROUP,
    name: 'Highways benchmarking: South East counties in Kent Highway Services’ quantitative comparisons',
    kind: 'benchmark-club',
    leadArea: KENT,
    members: [...members],
    provenance: [b.doc.at(25438), b.doc.at(25442)],
  });
  b.note(
    'ambiguous',
    "Highways: the title 'BV99aii % reduction in casualties – killed or seriously injured (KSI)' is printed between the BV215a and BV215b tables, and the table after BV215b has no title; that untitled table (percentage changes, as for BV99bii and BV99cii) is read as BV99aii.",
    [25457, 25471],
    ['cmp-highways-bv99aii'],
  );
  b.note(
    'contradiction',
    'Highways BV215a (days to repair street lighting, lower is better): for 2006/07 the top quartile is printed as 7.9 days and the bottom quartile as 3.9 days, the wrong way round for a lower-is-better measure (2005/06 reads 4.3 and 7.4). Figures kept as printed.',
    [25448, 25449],
    ['cmp-highways-bv215a'],
  );
  b.note(
    'garbled',
    "Highways BV215a and BV215b: Surrey's 2006/07 cell is printed '#' with no footnote to explain it; kept as no value.",
    [25456, 25469],
    ['cmp-highways-bv215a', 'cmp-highways-bv215b'],
  );
}

function waste(b: ComparisonBuilder): void {
  const header = 26217;
  expectLine(
    b.doc,
    header,
    'Indicator\tActual performance 2006/2007\tAverage result for Counties\tRating (Quartile)',
  );
  const footnotes: Record<string, string> = {
    '#': "marked '#': excludes hardcore (footnote at line 26228)",
    '*': "marked '*': includes hardcore but excludes costs for Abandoned vehicle service (footnote at line 26230)",
  };
  const rows: Array<{ line: number; indicatorId: string }> = [];
  const own = (
    code: string,
    title: string,
    polarity: 'higher-is-better' | 'lower-is-better' | 'unknown',
    reason: string,
    line: number,
  ) =>
    b.measure({
      id: `cmp-waste-bvpi-${code}`,
      title: `BVPI ${code} ${title}`,
      codes: [{ framework: 'BVPI', code }],
      unit: units.percent,
      polarity,
      polarityReason: reason,
      line,
    });
  rows.push({
    line: 26219,
    indicatorId: own(
      '82a',
      '% Household waste recycled',
      'higher-is-better',
      'More household waste recycled is better.',
      26219,
    ),
  });
  rows.push({
    line: 26220,
    indicatorId: own(
      '82b',
      '% Household waste composted',
      'higher-is-better',
      'More household waste composted is better.',
      26220,
    ),
  });
  rows.push({
    line: 26221,
    indicatorId: own(
      '82c',
      '% Household waste used to recover heat, power and other energy sources',
      'unknown',
      'The paper rates a high share Upper quartile but sets no direction for energy recovery.',
      26221,
    ),
  });
  rows.push({
    line: 26222,
    indicatorId: own(
      '82d',
      'Household waste landfilled (printed as total tonnage; figures are percentages)',
      'lower-is-better',
      'Less household waste sent to landfill is better.',
      26222,
    ),
  });
  rows.push({ line: 26223, indicatorId: b.external('bvpi-84') });
  rows.push({ line: 26224, indicatorId: b.external('bvpi-87') });
  rows.push({ line: 26226, indicatorId: b.external('bvpi-178') });
  const kpiQuartiles: string[] = [];
  for (const row of rows) {
    const cells = b.doc.cells(row.line);
    const marker = /(#|\*)\s*$/.exec(cells[0] ?? '')?.[1];
    const markerNote = marker ? footnotes[marker] : undefined;
    const quartile = cells[3] ?? '';
    if (b.externalIndicatorIds.has(row.indicatorId)) {
      // Kent's figure is the same cell as the unit's KPI table (line 26164 on), which the
      // business-plans bundle files; only the quartile rating is new here.
      kpiQuartiles.push(`${row.indicatorId.toUpperCase().replace('-', ' ')}: ${quartile}`);
    } else {
      b.cell(row.indicatorId, KENT, '2006/07', cells[1] ?? '', row.line, {
        note: [markerNote, `quartile rating printed: ${quartile}`].filter(Boolean).join('; '),
      });
    }
    b.cell(row.indicatorId, 'county-average', '2006/07', cells[2] ?? '', row.line, {
      ...(markerNote ? { note: markerNote } : {}),
    });
  }
  b.note(
    'other',
    `Waste and rights of way: Kent's 2006/07 quartile rating among counties, as printed — ${kpiQuartiles.join('; ')}. Kent's figures for these rows are the unit's KPI figures, filed once in the business plans.`,
    [26217, 26223, 26224, 26226],
    rows.map((row) => row.indicatorId).filter((id) => b.externalIndicatorIds.has(id)),
  );
  b.note(
    'ambiguous',
    "Waste: BVPI 82d is titled 'Total tonnage of household waste landfilled' but its figures (55.48%, 59.67%) are percentages; read as the percentage of household waste landfilled, as in the unit's KPI table.",
    [26222, 26163],
    ['cmp-waste-bvpi-82d'],
  );
  b.table({
    id: 'cmp-waste-and-rights-of-way-2006-07',
    title:
      'Waste Management and Public Rights of Way: Kent against the average for counties, with quartile ratings (2006/07)',
    indicatorIds: rows.map((row) => row.indicatorId),
    areaIds: [KENT, 'county-average'],
    periodNote:
      "Actual performance 2006/2007 against the 'Average result for Counties'; Kent's quartile rating is kept in each figure's provenance note.",
    lines: [header, ...rows.map((row) => row.line), 26228, 26230],
  });
}

export function environmentRegeneration(b: ComparisonBuilder): void {
  highways(b);
  waste(b);
}
