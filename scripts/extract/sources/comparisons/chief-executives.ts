/**
 * Chief Executive's Department: HR benchmarking (IPF/CIPFA), the CIPFA HR good practice
 * questionnaire, FOI benchmarking (UCL survey), and comparisons given only in prose.
 */
import { slug } from '../../lib/source';
import { areaIdFor, KENT } from './area-registry';
import { measureId, units, type ComparisonBuilder } from './builder';
import { expectLine } from './guard';
import { measuresByAreas, rowTitle, tableLines, type Column } from './layouts';

const costReason =
  'A unit cost compared across councils; the paper does not say whether lower or higher is the aim.';

function hrBenchmark(b: ComparisonBuilder): void {
  const header = 17326;
  expectLine(b.doc, 17324, 'Benchmark Summary Data from Peer Review');
  const columns: Column[] = [1, 2, 3, 4, 5].map((cell) => {
    const printed = b.doc.cells(header)[cell] ?? '';
    return {
      cell,
      area: areaIdFor(printed),
      period: '2006/07',
      note: `data as at 31 March 2007; area printed as "${printed}"`,
    };
  });
  const rows = tableLines(b, header + 1, 17332).map((line) => {
    const title = rowTitle(b, line);
    const unit = /per 1000/i.test(title)
      ? units.per(1000, 'employees')
      : /turnover/i.test(title)
        ? units.percent
        : units.pounds;
    return {
      line,
      indicatorId: b.measure({
        id: measureId('hr-benchmark', title),
        title: `HR benchmark: ${title}`,
        unit,
        polarity: 'unknown',
        polarityReason: /turnover/i.test(title)
          ? 'Some staff turnover is healthy; the paper does not set a direction.'
          : costReason,
        line,
      }),
    };
  });
  const group = b.namedGroup(
    'hr-peer-review-comparators',
    'HR peer review (IPF benchmark verified by CIPFA, July 2007): Essex, Hampshire, Lancashire, Leeds',
    columns.map((column) => column.area ?? '').filter((area) => area !== KENT),
    header,
  );
  measuresByAreas(
    b,
    {
      id: 'cmp-hr-peer-review-2007',
      title: 'Personnel: benchmark summary data from peer review (verified by CIPFA, July 2007)',
      periodNote: "Printed 'data as at 31 March 2007': the 2006/07 financial year.",
      groupId: group,
      headLines: [17320, 17324, header],
    },
    rows,
    columns,
  );
}

function hrGoodPractice(b: ComparisonBuilder): void {
  expectLine(b.doc, 17334, 'Summary Scores from the Good Practice Questionnaire');
  const note = 'CIPFA Human Resources Group 2007; average of 74 comparative organisations';
  const rows: Array<{ line: number; title: string; kent: string; average: string }> = [];
  // Row 1 lost its layout: the heading, the column names and the figures sit on three lines.
  const first = b.doc.cells(17339);
  rows.push({
    line: 17339,
    title: 'Human Resources Staff',
    kent: first[0] ?? '',
    average: first[1] ?? '',
  });
  for (const line of tableLines(b, 17341, 17352)) {
    const cells = b.doc.cells(line);
    rows.push({ line, title: cells[1] ?? '', kent: cells[2] ?? '', average: cells[4] ?? '' });
  }
  const ids: string[] = [];
  for (const row of rows) {
    const title = row.title.replace(/\.$/, '');
    const id = b.measure({
      id: measureId('hr-good-practice', title),
      title: `CIPFA HR good practice questionnaire score: ${title}`,
      unit: units.percent,
      polarity: 'higher-is-better',
      polarityReason: 'A higher good-practice score is better.',
      line: row.line,
    });
    ids.push(id);
    b.cell(id, KENT, '2007', row.kent, row.line, { note });
    b.cell(id, 'cipfa-hr-average', '2007', row.average, row.line, { note });
  }
  b.note(
    'garbled',
    "HR good practice questionnaire: the first row ('1 Human Resources Staff') is split over three lines with the column names between; its figures (Kent 83%, average 86%) are read from line 17339.",
    [17336, 17338, 17339],
    ids.slice(0, 1),
  );
  b.table({
    id: 'cmp-hr-good-practice-2007',
    title:
      'Personnel: summary scores from the CIPFA Human Resources Group good practice questionnaire (2007)',
    indicatorIds: ids,
    areaIds: [KENT, 'cipfa-hr-average'],
    periodNote: 'CIPFA Human Resources Group 2007; the average is of 74 comparative organisations.',
    lines: [17320, 17334, ...rows.map((row) => row.line)],
  });
}

function foiBenchmark(b: ComparisonBuilder): void {
  const header = 16927;
  expectLine(b.doc, 16921, 'FOI BENCHMARKING');
  const areaColumns = [
    { cell: 1, area: 'district-councils-average', period: '2006' },
    { cell: 2, area: 'upper-tier-average', period: '2006' },
    { cell: 3, area: KENT, period: '2006' },
    { cell: 4, area: KENT, period: '2007', note: "column 'KCC (2007)'" },
  ];
  const received = b.measure({
    id: 'cmp-foi-requests-received',
    title: 'Freedom of Information and EIR requests received (average per council)',
    unit: units.count,
    polarity: 'no-judgement',
    polarityReason: 'The number of requests is demand, not performance.',
    line: 16928,
  });
  const ids = [received];
  const receivedCells = b.doc.cells(16928);
  for (const column of areaColumns) {
    b.cell(received, column.area, column.period, receivedCells[column.cell] ?? '', 16928, {
      ...(column.note ? { note: column.note } : {}),
    });
  }
  const paired = [
    {
      line: 16929,
      label: 'released in full',
      polarity: 'higher-is-better' as const,
      reason: 'Releasing more information in full is the aim of the Act.',
    },
    {
      line: 16930,
      label: 'resulting in internal review',
      polarity: 'lower-is-better' as const,
      reason: 'Fewer challenged responses is better.',
    },
  ];
  for (const pair of paired) {
    const count = b.measure({
      id: `cmp-foi-requests-${slug(pair.label)}`,
      title: `FOI/EIR requests ${pair.label} (average number)`,
      unit: units.count,
      polarity: 'no-judgement',
      polarityReason: 'A count depends on the number of requests received.',
      line: pair.line,
    });
    const share = b.measure({
      id: `cmp-foi-requests-${slug(pair.label)}-percent`,
      title: `FOI/EIR requests ${pair.label} (% of requests)`,
      unit: units.percent,
      polarity: pair.polarity,
      polarityReason: pair.reason,
      line: pair.line,
    });
    ids.push(count, share);
    const cells = b.doc.cells(pair.line);
    for (const column of areaColumns) {
      const printed = cells[column.cell] ?? '';
      const match = /^(\d+)\s*\(([\d.]+)%\)$/.exec(printed);
      const note = [column.note, 'printed as "number (percentage)"'].filter(Boolean).join('; ');
      b.cell(count, column.area, column.period, printed, pair.line, {
        value: match ? Number(match[1]) : null,
        note,
      });
      b.cell(share, column.area, column.period, printed, pair.line, {
        value: match ? Number(match[2]) : null,
        note,
      });
    }
  }
  b.note(
    'ambiguous',
    "FOI benchmarking: the first row is headed 'Average number of requests received in 2006' but its last column is 'KCC (2007)'; that column is filed under 2007.",
    [header, 16928],
    [received],
  );
  b.table({
    id: 'cmp-foi-benchmarking-2006',
    title:
      'Freedom of Information benchmarking (UCL Constitution Unit survey): KCC against district and upper-tier councils',
    indicatorIds: ids,
    areaIds: [KENT, 'district-councils-average', 'upper-tier-average'],
    periodNote:
      "Survey statistics relate to 2006; KCC's own 2007 figures are added in a separate column.",
    lines: [16923, 16925, header, 16928, 16929, 16930],
  });
}

function proseOnly(b: ComparisonBuilder): void {
  b.note(
    'other',
    "Information Services Group: CIO 100 ranking (no year printed beyond 'the current year'): ISG 38th overall; local government peers Surrey 85th, West Sussex 67th, Essex 62nd, Birmingham 58th. Kept as a note because no period is given.",
    [15897, 15902],
  );
  b.note(
    'garbled',
    'Information Services Group: the SOCITM KPI figures (support cost per data connection, support cost per workstation, workstations supported per support specialist) were charts; only their titles survive in the text.',
    [15905, 15910, 15914, 15918],
  );
  b.note(
    'other',
    'Property Group: the NaPPMI performance indicator comparisons are referred to Appendix 1, which is not among the papers.',
    [14541],
  );
  b.note(
    'other',
    'Finance: CIPFA benchmarking club results (accountancy, debtors/creditors, internal audit, pensions administration, treasury management) are reported to committees and not printed in the plan.',
    [14240],
  );
}

export function chiefExecutives(b: ComparisonBuilder): void {
  hrBenchmark(b);
  hrGoodPractice(b);
  foiBenchmark(b);
  proseOnly(b);
}
