/**
 * Youth Justice Plan 2012/13 performance framework (Communities Cabinet Committee, 6 July 2012):
 * Kent's 2010/11 actual beside the YJB family, regional and national 2010-11 outturn, with
 * Kent's 2011/12 outturn, 2012/13 target and floor.
 */
import type { MeasureUnit } from '../../../src/data/contract/dataset-schema';
import type { ExtractSource } from '../lib/source';
import { KENT } from './comparisons/area-registry';
import { ComparisonBuilder, measureId, units } from './comparisons/builder';
import { expectLine } from './comparisons/guard';

export const COMMITTEE_2012 = '004_02ef8f1cbe0338b4.txt';

interface Row {
  line: number;
  /** How the row starts in the paper. */
  starts: string;
  title: string;
  unit: MeasureUnit;
  polarity: 'higher-is-better' | 'lower-is-better' | 'no-judgement';
  reason: string;
}

const lower = (what: string) => `Fewer ${what} is better; the 2012/13 target is below the floor.`;

const rows: Row[] = [
  {
    line: 1306,
    starts: 'Number of offences per person',
    title: 'Re-offending: number of offences per person included in the cohort',
    unit: units.ratio,
    polarity: 'lower-is-better',
    reason: lower('offences per person'),
  },
  {
    line: 1308,
    starts: 'Number\t1421',
    title: 'First time entrants: number',
    unit: units.count,
    polarity: 'lower-is-better',
    reason:
      'Fewer first time entrants to the youth justice system is better; the 2012/13 target (1178) is below the 2010/11 actual.',
  },
  {
    line: 1309,
    starts: "FTE's per 100,000",
    title: "First time entrants: FTE's per 100,000 of population",
    unit: units.per(100000, 'population'),
    polarity: 'lower-is-better',
    reason: lower('first time entrants'),
  },
  {
    line: 1311,
    starts: 'Number full time & part time ETE',
    title: 'Education, training & employment: number full time & part time ETE',
    unit: units.count,
    polarity: 'no-judgement',
    reason: 'A count that depends on the size of the cohort.',
  },
  {
    line: 1312,
    starts: 'Percentage full time & part time ETE',
    title: 'Education, training & employment: percentage full time & part time ETE',
    unit: units.percent,
    polarity: 'higher-is-better',
    reason:
      'More young people in education, training or employment is better; the target is above the 2010/11 actual.',
  },
  {
    line: 1313,
    starts: 'The numbers of NEET',
    title: 'Education, training & employment: the numbers of NEET',
    unit: units.count,
    polarity: 'no-judgement',
    reason: 'A count that depends on the size of the cohort.',
  },
  {
    line: 1314,
    starts: 'Percentage: NEET',
    title: 'Education, training & employment: percentage NEET',
    unit: units.percent,
    polarity: 'lower-is-better',
    reason:
      'Fewer young people not in education, employment or training is better; the target is below the 2010/11 actual.',
  },
  {
    line: 1316,
    starts: '% of 16 / 17 year olds in suitable',
    title: 'Accommodation: % of 16 / 17 year olds in suitable accommodation',
    unit: units.percent,
    polarity: 'higher-is-better',
    reason: 'More young people in suitable accommodation is better.',
  },
  {
    line: 1317,
    starts: '% of 16 / 17 year olds leaving custody',
    title: 'Accommodation: % of 16 / 17 year olds leaving custody in suitable accommodation',
    unit: units.percent,
    polarity: 'higher-is-better',
    reason: 'More young people leaving custody into suitable accommodation is better.',
  },
  {
    line: 1319,
    starts: 'Number of referrals by YOS',
    title: 'Substance misuse: number of referrals by YOS to substance misuse provider',
    unit: units.count,
    polarity: 'no-judgement',
    reason: 'Referrals are activity.',
  },
  {
    line: 1320,
    starts: 'Number taking up treatment',
    title: 'Substance misuse: number taking up treatment',
    unit: units.count,
    polarity: 'no-judgement',
    reason: 'A count of activity.',
  },
  {
    line: 1321,
    starts: 'Number completing treatment',
    title: 'Substance misuse: number completing treatment',
    unit: units.count,
    polarity: 'no-judgement',
    reason: 'A count of activity.',
  },
];

function youthJusticeFramework(b: ComparisonBuilder): void {
  expectLine(b.doc, 1301, 'YJ Plan – Performance Framework');
  expectLine(b.doc, 1304, 'Performance Indicator\tActual 2010/11\tFamily\tRegional\tNational');
  const ids: string[] = [];
  for (const row of rows) {
    expectLine(b.doc, row.line, row.starts);
    const cells = b.doc.cells(row.line);
    const hasFloor = (cells[7] ?? '') !== '';
    const id = b.measure({
      id: measureId('yj-2012', row.title),
      title: `Youth justice: ${row.title}`,
      unit: row.unit,
      polarity: row.polarity,
      polarityReason: row.reason,
      line: row.line,
      ratedOnTargetAndFloor: hasFloor,
    });
    ids.push(id);
    const comparator = "under 'Statistical Neighbour 2010-11 Outturn'";
    const cellsToRead: Array<{
      cell: number;
      area: string;
      period: string;
      measure: 'actual' | 'target' | 'floor';
      note?: string;
    }> = [
      { cell: 1, area: KENT, period: '2010/11', measure: 'actual' },
      {
        cell: 2,
        area: 'yjb-family',
        period: '2010/11',
        measure: 'actual',
        note: `column 'Family' ${comparator}`,
      },
      {
        cell: 3,
        area: 'south-east',
        period: '2010/11',
        measure: 'actual',
        note: `column 'Regional' ${comparator}; Kent's region is the South East`,
      },
      {
        cell: 4,
        area: 'national',
        period: '2010/11',
        measure: 'actual',
        note: `column 'National' ${comparator}`,
      },
      {
        cell: 5,
        area: KENT,
        period: '2011/12',
        measure: 'actual',
        note: "column 'Outturn 2011/12'",
      },
      {
        cell: 6,
        area: KENT,
        period: '2012/13',
        measure: 'target',
        note: "column 'Target 2012/13*' (the '*' has no footnote in the text)",
      },
      {
        cell: 7,
        area: KENT,
        period: '2012/13',
        measure: 'floor',
        note: "column 'Floor Performance Standard in 2012/13**' (the '**' has no footnote in the text)",
      },
    ];
    for (const read of cellsToRead) {
      const printed = cells[read.cell] ?? '';
      // Blank cells in the comparator and target columns mean nothing was set or given.
      if (printed === '') continue;
      b.cell(id, read.area, read.period, printed, row.line, {
        measure: read.measure,
        ...(read.note ? { note: read.note } : {}),
      });
    }
  }
  b.note(
    'garbled',
    "Youth Justice performance framework: the heading 'Statistical Neighbour 2010-11 Outturn' is split across three cells ('Statistica', 'l Neighbour 2010-', '11 Outturn') and spans the Family, Regional and National columns; the columns are read from the second header row.",
    [1303, 1304],
    ids,
  );
  b.note(
    'ambiguous',
    "Youth Justice performance framework: Kent's 2010/11 actual equals the Family figure in both the ETE row (69.9 and 69.9) and the NEET row (30.1% and 30.1); possibly a copying slip in the paper. Kept as printed.",
    [1312, 1314],
    [ids[4] ?? '', ids[6] ?? ''],
  );
  b.note(
    'other',
    'Youth Justice performance framework: for counts (first time entrants, ETE and NEET numbers) the Family, Regional and National figures are totals for those areas, not averages, so they are not comparable with Kent’s count.',
    [1308, 1311, 1313],
    [ids[1] ?? '', ids[3] ?? '', ids[5] ?? ''],
  );
  b.note(
    'garbled',
    "Youth Justice performance framework, restorative justice rows: the repeated header is garbled ('Towart', and the column names shifted by one), so 'Victims contacted 832' cannot be placed in a column with confidence; not filed.",
    [1326, 1327, 1328],
  );
  b.note(
    'other',
    "First time entrants 2011/12 outturn printed '1088*'; the asterisk has no footnote in the text.",
    [1308],
    [ids[1] ?? ''],
  );
  b.table({
    id: 'cmp-youth-justice-plan-2012-13',
    title:
      'Youth Justice Plan 2012/13 performance framework: Kent against the YJB family, regional and national 2010-11 outturn',
    indicatorIds: ids,
    areaIds: [KENT, 'yjb-family', 'south-east', 'national'],
    periodNote:
      'Comparators are the 2010-11 outturn; Kent also shows its 2011/12 outturn, 2012/13 target and floor.',
    lines: [1301, 1303, 1304, ...rows.map((row) => row.line)],
  });
}

function prose(b: ComparisonBuilder): void {
  b.note(
    'other',
    "Community Safety Framework: 'In the last 5 years, Kent has seen a 27% reduction in crime compared to 23% from the South East region.' No years are given, so the figures are kept as this note.",
    [1435],
  );
  b.note(
    'other',
    'Customer & Communities achievements: Kent was the only place in the South East Region to achieve a significant increase in adult participation in sport and active recreation; the council website is rated in the top quartile nationally by SOCITM. No figures are printed.',
    [630, 665],
  );
}

export const comparisons2012Source: ExtractSource = {
  file: 'comparisons-2012.json',
  extract(open) {
    const b = new ComparisonBuilder(open(COMMITTEE_2012));
    youthJusticeFramework(b);
    prose(b);
    return b.bundle(
      'Youth Justice Plan 2012/13: Kent against the Youth Justice Board family, regional and national outturn, with Kent’s outturn, target and floor.',
    );
  },
};
