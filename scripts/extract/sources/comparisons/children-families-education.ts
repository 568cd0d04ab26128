/**
 * Children, Families & Education: the 'Service Comparisons' tables of the CFE unit plans
 * (looked-after children's outcomes, minority ethnic attainment, children's social services
 * PAF averages, Awards, surplus places, governors, CIS, capital allocations).
 */
import type { MeasureUnit } from '../../../../src/data/contract/dataset-schema';
import { slug } from '../../lib/source';
import { areaIdFor, KENT, printedAreaNote } from './area-registry';
import { measureId, units, type ComparisonBuilder } from './builder';
import { expectLine } from './guard';
import { areasByMeasures, measuresByAreas, rowTitle, tableLines, type Column } from './layouts';

export const STATISTICAL_NEIGHBOURS = 'kent-statistical-neighbours';

function lookedAfterOutcomes(b: ComparisonBuilder): void {
  const title = 5744;
  expectLine(b.doc, title, 'OC2 national outcome indicators for LAC');
  const header = b.doc.cells(title + 1);
  const years = ['2005', '2005', '2005', '2006', '2006', '2006', '2007'];
  const columns: Column[] = years.map((period, index) => {
    const printed = header[index + 1] ?? '';
    const note = printedAreaNote(printed);
    return { cell: index + 1, area: areaIdFor(printed), period, ...(note ? { note } : {}) };
  });
  const polarity: Record<
    string,
    { polarity: 'higher-is-better' | 'lower-is-better' | 'unknown'; reason: string }
  > = {
    statement: {
      polarity: 'unknown',
      reason: 'A share of children with a statement of SEN describes need, not performance.',
    },
    excluded: {
      polarity: 'lower-is-better',
      reason: 'Fewer looked-after children permanently excluded is better.',
    },
    missed: {
      polarity: 'lower-is-better',
      reason: 'Fewer looked-after children missing 25 or more days of school is better.',
    },
  };
  const rows = tableLines(b, title + 2, 5754).map((line) => {
    const printed = rowTitle(b, line);
    const kind = /statement/i.test(printed)
      ? 'statement'
      : /excluded/i.test(printed)
        ? 'excluded'
        : /missed/i.test(printed)
          ? 'missed'
          : undefined;
    const judged = kind ? polarity[kind] : undefined;
    return {
      line,
      indicatorId: b.measure({
        id: measureId('lac-outcomes', printed),
        title: `Looked-after children: ${printed}`,
        unit: units.percent,
        polarity: judged?.polarity ?? 'higher-is-better',
        polarityReason:
          judged?.reason ??
          'A higher share of looked-after children reaching this attainment is better.',
        line,
      }),
    };
  });
  measuresByAreas(
    b,
    {
      id: 'cmp-lac-outcomes-2005-2007',
      title:
        'OC2 national outcome indicators for looked-after children, 2005–2007 (Kent, South East, England)',
      periodNote: 'Years as printed (2005, 2006, 2007); 2007 gives Kent only.',
      headLines: [title, title + 1],
    },
    rows,
    columns,
  );
}

const ethnicTables: Array<{ title: string; from: number; to: number; label: string }> = [
  { title: 'Key Stage 2 English', from: 6761, to: 6787, label: 'ks2-english' },
  { title: 'Key Stage 2 Maths', from: 6789, to: 6815, label: 'ks2-maths' },
  { title: 'Key Stage 3 English', from: 6817, to: 6845, label: 'ks3-english' },
  { title: 'Key Stage 3 Maths', from: 6847, to: 6873, label: 'ks3-maths' },
  {
    title: 'KS4 5 A* to C (including English and Maths)',
    from: 6875,
    to: 6902,
    label: 'ks4-5-a-c-inc-english-maths',
  },
  { title: 'Key Stage 4 Any pass', from: 6904, to: 6930, label: 'ks4-any-pass' },
];

function minorityEthnicAttainment(b: ComparisonBuilder): void {
  expectLine(b.doc, 6759, "2006 Kent's Attainment for Minority Ethnic Group");
  for (const table of ethnicTables) {
    expectLine(b.doc, table.from, table.title);
    const lines = tableLines(b, table.from + 1, table.to);
    const header = lines.find((line) => b.doc.line(line).startsWith('Ethnic Group'));
    if (header === undefined) throw new Error(`no header for ${table.title}`);
    const rows = lines
      .filter((line) => !b.doc.line(line).startsWith('Ethnic Group'))
      .map((line) => {
        const group = rowTitle(b, line);
        return {
          line,
          indicatorId: b.measure({
            id: `cmp-mcas-${table.label}-${slug(group)}`,
            title: `${table.title} attainment, 2006: ${group} pupils (%)`,
            unit: units.percent,
            polarity: 'higher-is-better',
            polarityReason: 'A higher share of pupils attaining is better.',
            line,
          }),
        };
      });
    if (lines.filter((line) => b.doc.line(line).startsWith('Ethnic Group')).length > 1) {
      b.note(
        'other',
        `${table.title}: the table breaks across a page; its header is printed twice and the 'All pupils' row follows the second header.`,
        lines.filter((line) => b.doc.line(line).startsWith('Ethnic Group')),
      );
    }
    measuresByAreas(
      b,
      {
        id: `cmp-mcas-${table.label}-2006`,
        title: `Minority ethnic attainment 2006, Kent and England: ${table.title}`,
        periodNote: "Printed '2006 Kent (%)' and '2006 England (%)': the 2006 results.",
        headLines: [6759, table.from, header],
      },
      rows,
      [
        { cell: 1, area: KENT, period: '2006' },
        { cell: 2, area: 'england', period: '2006' },
      ],
    );
  }
}

/** PAF codes printed at the start of the children's social services rows, e.g. 'A1', 'C81'. */
function pafCode(line: string): string | undefined {
  return /^([A-D]\d{1,2})\s/.exec(line)?.[1];
}

function childrensSocialServicesPaf(b: ComparisonBuilder): void {
  const headers = [7141, 7149, 7155];
  for (const header of headers)
    expectLine(b.doc, header, 'Indicator\tActual performance 2006/2007');
  const rows = [
    ...tableLines(b, 7142, 7147),
    ...tableLines(b, 7150, 7153),
    ...tableLines(b, 7156, 7161),
  ];
  const indicatorIds: string[] = [];
  for (const line of rows) {
    const code = pafCode(b.doc.line(line));
    if (!code) continue;
    const id = b.external(`paf-${code.toLowerCase()}`);
    indicatorIds.push(id);
    const cells = b.doc.cells(line);
    for (const [cell, area] of [
      [3, 'national'],
      [4, 'comparator-group-average'],
    ] as const) {
      const printed = cells[cell] ?? '';
      const figure = /^([\d.]+)\s*(●+.*)?$/.exec(printed);
      b.cell(id, area, '2007', printed, line, {
        ...(figure ? { value: Number(figure[1]) } : {}),
        note: `column '${area === 'national' ? 'National Average (2007)' : 'Comparator Group Average (2007)'}'${figure?.[2] ? `; band printed "${figure[2]}"` : ''}`,
      });
    }
  }
  b.note(
    'ambiguous',
    "Children's social services PAF table: the national and comparator group averages are headed '(2007)' without saying whether that is the 2006/07 year or another; they are kept as 2007 beside Kent's 2006/07 actual and 2007/08 estimate.",
    headers,
    indicatorIds,
  );
  b.note(
    'other',
    "Children's social services: the last row ('% of children with a disability, aged 14 and who had a transition plan…') has no code and '~' for the national and comparator averages, so no comparison figure is taken from it.",
    [7162],
  );
  b.table({
    id: 'cmp-childrens-social-services-paf-2007',
    title:
      "Children's social services PAF indicators: Kent, national average and comparator group average",
    indicatorIds,
    areaIds: [KENT, 'national', 'comparator-group-average'],
    periodNote:
      "Kent: actual 2006/07 and estimate 2007/08 (in the business-plans bundle); averages headed '(2007)'.",
    lines: [7139, ...headers, ...rows],
  });

  // The Strategy, Policy and Performance plan reprints three of these rows.
  const spp = [13332, 13333, 13334];
  expectLine(b.doc, 13331, 'Indicator\tDescription\tExisting Performance\tNational Average');
  const sppIds: string[] = [];
  for (const line of spp) {
    const cells = b.doc.cells(line);
    const id = b.external(`paf-${(cells[0] ?? '').toLowerCase()}`);
    sppIds.push(id);
    for (const [cell, area] of [
      [3, 'national'],
      [4, 'comparator-group-average'],
    ] as const) {
      const printed = cells[cell] ?? '';
      const figure = /^([\d.]+)/.exec(printed);
      b.cell(id, area, '2007', printed, line, figure ? { value: Number(figure[1]) } : {});
    }
  }
  b.note(
    'contradiction',
    "PAF C24: Kent's 15.6 is banded '●● Ask Questions' in the Children's Social Services plan but '●● Inadequate' in the Strategy, Policy and Performance plan.",
    [7156, 13334],
    ['paf-c24'],
  );
  b.table({
    id: 'cmp-spp-paf-2007',
    title:
      'Strategy, Policy and Performance provisional indicators: Kent, national average and comparator group',
    indicatorIds: sppIds,
    areaIds: [KENT, 'national', 'comparator-group-average'],
    periodNote:
      "Kent's 'Existing Performance' is its 2007/08 estimate; the national and comparator figures repeat the '(2007)' averages of the Children's Social Services plan.",
    lines: [13331, ...spp],
  });
  b.note(
    'other',
    "Strategy, Policy and Performance table: NI 66, NI 69, NI 88 and NI 116 are printed as 'New Indicator' for Kent, the national average and the comparator group, so there is nothing to compare yet.",
    [13335, 13339, 13340, 13341],
  );
}

function awardsUnit(b: ComparisonBuilder): void {
  const header = 11081;
  expectLine(b.doc, header, 'Indicator\tComparator\tHE Student Numbers across the UK');
  const students = b.measure({
    id: 'cmp-awards-he-student-support-numbers',
    title: 'Higher education student support: students assessed by the local authority awards unit',
    unit: units.count,
    polarity: 'no-judgement',
    polarityReason: 'A count of students describes demand, not performance.',
    line: header + 1,
    description: "Printed under 'HE Student Numbers across the UK' / 'Student Support'.",
  });
  const cases = b.measure({
    id: 'cmp-awards-cases-per-staff-member',
    title: 'Awards unit cases per staff member',
    unit: units.count,
    polarity: 'unknown',
    polarityReason:
      'More cases per member of staff may mean efficiency or overload; the paper does not say.',
    line: header + 1,
  });
  const note = 'no period printed; shown as 2007/08, the year the 2008/09 plan reviews';
  const rows = tableLines(b, 11083, 11095);
  const group = b.namedGroup(
    'awards-unit-comparators',
    'Other local authority awards units (Awards Unit benchmarking)',
    rows.map((line) => areaIdFor(b.doc.cells(line)[2] ?? '')).filter((area) => area !== KENT),
    11083,
  );
  areasByMeasures(
    b,
    {
      id: 'cmp-awards-unit-benchmarking',
      title: 'Awards Unit benchmarking with other local authority awards units',
      periodNote:
        'No period is printed; the figures are shown as 2007/08, the year the plan reviews.',
      groupId: group,
      headLines: [11079, header, header + 1],
    },
    rows,
    [
      { cell: 3, indicatorId: students, period: '2007/08', note },
      { cell: 4, indicatorId: cases, period: '2007/08', note },
    ],
    2,
  );
  b.note(
    'ambiguous',
    'Awards Unit benchmarking table prints no year; the figures are filed under 2007/08 (the year under review) and should be read as undated.',
    [11079, header],
    [students, cases],
  );
}

function surplusPlaces(b: ComparisonBuilder): void {
  const title = 11739;
  expectLine(b.doc, title, 'School Organisation: Comparison of Primary Surplus Places');
  const period = '2007-01';
  const m = (
    id: string,
    name: string,
    unit: MeasureUnit,
    polarity: 'lower-is-better' | 'no-judgement',
    reason: string,
  ) =>
    b.measure({
      id: `cmp-primary-surplus-${id}`,
      title: name,
      unit,
      polarity,
      polarityReason: reason,
      line: title + 3,
    });
  const columns: Column[] = [
    {
      cell: 1,
      indicatorId: m(
        'capacity-places',
        'Primary schools: capacity (number of places)',
        units.count,
        'no-judgement',
        'Capacity describes size.',
      ),
      period,
    },
    {
      cell: 2,
      indicatorId: m(
        'rural-schools-percent',
        'Primary schools: rural schools maintained by the LA as a percentage',
        units.percent,
        'no-judgement',
        'The share of rural schools describes the area.',
      ),
      period,
    },
    {
      cell: 3,
      indicatorId: m(
        'surplus-places',
        'Primary schools: actual surplus (number of places)',
        units.count,
        'lower-is-better',
        'Fewer surplus places means capacity better matched to need.',
      ),
      period,
    },
    {
      cell: 4,
      indicatorId: m(
        'surplus-percent',
        'Primary schools: surplus as a percentage of total places',
        units.percent,
        'lower-is-better',
        'Fewer surplus places means capacity better matched to need.',
      ),
      period,
    },
    {
      cell: 5,
      indicatorId: m(
        'schools-maintained',
        'Primary schools maintained by the LA',
        units.count,
        'no-judgement',
        'A count of schools describes size.',
      ),
      period,
    },
    {
      cell: 6,
      indicatorId: m(
        'schools-25-percent-surplus',
        'Primary schools with 25% or more surplus places',
        units.count,
        'lower-is-better',
        'Fewer schools with large surpluses is better.',
      ),
      period,
    },
    {
      cell: 7,
      indicatorId: m(
        'schools-25-percent-surplus-percent',
        'Primary schools with 25% or more surplus places as a percentage of schools maintained',
        units.percent,
        'lower-is-better',
        'Fewer schools with large surpluses is better.',
      ),
      period,
      note: 'column has no printed heading; read as the percentage of schools with 25% or more surplus (e.g. Kent 87 of 466 = 19%)',
    },
  ];
  const rows = tableLines(b, title + 4, 11753);
  areasByMeasures(
    b,
    {
      id: 'cmp-primary-surplus-places-2007',
      title: 'Primary surplus places compared with statistical neighbours (January 2007)',
      periodNote: "Printed 'based on Jan 07 figures'.",
      groupId: STATISTICAL_NEIGHBOURS,
      headLines: [title, title + 2, title + 3],
    },
    rows,
    columns,
  );
  b.note(
    'garbled',
    "Primary surplus places: the two header rows are shifted against the figures ('Number of schools maintained by the LA' sits over the schools-with-25%-surplus count and the last column has no heading). Columns are read by position and checked by arithmetic: surplus ÷ capacity gives the printed surplus %, and schools with 25% surplus ÷ schools maintained gives the last column.",
    [title + 2, title + 3],
    columns.map((column) => column.indicatorId ?? ''),
  );
  b.note(
    'garbled',
    "Secondary surplus places compared with statistical neighbours (based on Jan 07 figures): only the table's headings survived the conversion; no figures are printed.",
    [11755, 11757, 11758],
  );
}

function governors(b: ComparisonBuilder): void {
  const header = 11770;
  expectLine(b.doc, header, 'Indicator\tKent\tEssex\tHampshire\tSurrey');
  const columns: Column[] = [1, 2, 3, 4].map((cell) => ({
    cell,
    area: areaIdFor(b.doc.cells(header)[cell] ?? ''),
    period: '2007',
  }));
  const specs = [
    {
      line: 11771,
      title: 'Number of school governors',
      unit: units.count,
      polarity: 'no-judgement' as const,
      reason: 'A count of governors describes size.',
    },
    {
      line: 11772,
      title: 'School governors from BME backgrounds (%)',
      unit: units.percent,
      polarity: 'unknown' as const,
      reason: 'The paper sets no direction for this share.',
    },
    {
      line: 11773,
      title: 'LA governor vacancies (%)',
      unit: units.percent,
      polarity: 'lower-is-better' as const,
      reason: 'Fewer vacancies is better.',
    },
  ];
  const rows = specs.map((s) => {
    const line = s.line;
    return {
      line,
      indicatorId: b.measure({
        id: measureId('governors', rowTitle(b, line)),
        title: s.title,
        unit: s.unit,
        polarity: s.polarity,
        polarityReason: s.reason,
        line,
      }),
    };
  });
  const group = b.namedGroup(
    'governor-services-comparators',
    'National Co-ordinators of Governor Services benchmarking: Essex, Hampshire, Surrey',
    columns.map((column) => column.area ?? '').filter((area) => area !== KENT),
    header,
  );
  measuresByAreas(
    b,
    {
      id: 'cmp-school-governance-benchmarking-2007',
      title: 'School governance national benchmarking (NCOGS), 2007 data',
      periodNote: "Printed 'A portion of the 2007 data'; collected in March each year.",
      groupId: group,
      headLines: [11768, header],
    },
    rows,
    columns,
  );
}

function childrensInformationService(b: ComparisonBuilder): void {
  const lines = [11626, 11627, 11628];
  expectLine(b.doc, 11624, "Children's Information Service (CIS)");
  const titles = ['Overall performance', 'Call handling', 'Response to scenarios'];
  const ids: string[] = [];
  lines.forEach((line, index) => {
    const text = b.doc.line(line);
    const figures = [...text.matchAll(/(\d+)%/g)].map((match) => match[1] ?? '');
    const id = b.measure({
      id: `cmp-cis-mystery-shopper-${slug(titles[index] ?? '')}`,
      title: `Children's Information Service mystery shopper (DCSF): ${titles[index] ?? ''}`,
      unit: units.percent,
      polarity: 'higher-is-better',
      polarityReason: 'A higher mystery-shopper score is better.',
      line,
    });
    ids.push(id);
    const note = 'stated in prose; "this year" in the 2008/09 plan, taken as 2007/08';
    b.cell(id, KENT, '2007/08', `${figures[0] ?? ''}%`, line, { note });
    b.cell(id, 'national', '2007/08', `${figures[1] ?? ''}%`, line, { note });
  });
  b.table({
    id: 'cmp-cis-mystery-shopper-2007-08',
    title: "Children's Information Service: DCSF mystery shopper scores, Kent and national average",
    indicatorIds: ids,
    areaIds: [KENT, 'national'],
    periodNote: "The plan says 'this year' (the 2007/08 year it reviews).",
    lines: [11624, ...lines],
  });
}

function capitalAllocation(b: ComparisonBuilder): void {
  const header = 12572;
  expectLine(b.doc, header, 'Comparative Local Authorities');
  const id = b.measure({
    id: 'cmp-dcsf-total-capital-allocation',
    title: 'Total capital allocation by DCSF (excluding BSF)',
    unit: { type: 'currency', label: '£ (printed in £m)' },
    polarity: 'no-judgement',
    polarityReason: 'A funding allocation describes resources, not performance.',
    line: 12569,
  });
  const rows = tableLines(b, 12573, 12576);
  const areaIds: string[] = [];
  const periods = ['2008/09', '2009/10', '2010/11'];
  for (const line of rows) {
    const cells = b.doc.cells(line);
    const area = areaIdFor(cells[0] ?? '');
    areaIds.push(area);
    periods.forEach((period, index) => {
      const printed = cells[index + 1] ?? '';
      const millions = Number(printed);
      b.cell(id, area, period, printed, line, {
        ...(Number.isFinite(millions) && printed !== ''
          ? { value: Math.round(millions * 1e6) }
          : {}),
        note: `column headed '${b.doc.cells(header)[index + 1] ?? ''}': £m expanded`,
      });
    });
  }
  const group = b.namedGroup(
    'dcsf-capital-comparators',
    'Comparative local authorities for DCSF capital allocation: Essex, Hampshire, Lancashire',
    areaIds.filter((area) => area !== KENT),
    header,
  );
  b.table({
    id: 'cmp-dcsf-capital-allocation-2008-2011',
    title: 'Comparison of total capital allocation by DCSF, 2008–09 to 2010–11 (excluding BSF)',
    groupId: group,
    indicatorIds: [id],
    areaIds,
    periodNote: 'Allocations for 2008-09, 2009-10 and 2010-11 as printed.',
    lines: [12569, 12570, header, ...rows],
  });
}

/** Attainment comparisons stated in prose in the Learning Group plan (2007 results). */
function attainmentProse(b: ComparisonBuilder): void {
  expectLine(
    b.doc,
    8924,
    'In 2007, there was improvement in all 13 areas of the Foundation Stage Profile',
  );
  expectLine(b.doc, 8936, 'At Key Stage 3, the average point score per pupil');
  expectLine(b.doc, 8938, 'The percentage of pupils achieving 5+A*-C GCSEs');
  const rankAmong = (of: string) => units.rank(`${of} (1 = best)`);
  const higher = 'higher-is-better' as const;
  const fspGap = b.measure({
    id: 'cmp-fsp-equality-gap-rank-among-statistical-neighbours',
    title:
      'Foundation Stage Profile equality (achievement gap for the lowest 20%): rank among 11 statistical neighbours',
    unit: rankAmong('of 11 statistical neighbours, Kent included'),
    polarity: 'lower-is-better',
    polarityReason: 'Rank 1 is the best placed authority.',
    line: 8924,
  });
  const ks3Neighbours = b.measure({
    id: 'cmp-ks3-aps-rank-among-statistical-neighbours',
    title: 'Key Stage 3 average point score per pupil: rank among 11 statistical neighbours',
    unit: rankAmong('of 11 statistical neighbours, Kent included'),
    polarity: 'lower-is-better',
    polarityReason: 'Rank 1 is the best placed authority.',
    line: 8936,
  });
  const ks3All = b.measure({
    id: 'cmp-ks3-aps-rank-among-all-las',
    title: 'Key Stage 3 average point score per pupil: rank among 149 local authorities',
    unit: rankAmong('of 149 local authorities'),
    polarity: 'lower-is-better',
    polarityReason: 'Rank 1 is the best placed authority.',
    line: 8936,
  });
  const valueAdded = b.measure({
    id: 'cmp-ks2-4-value-added-score',
    title: 'Key Stage 2–4 value-added score',
    unit: units.score('value-added score (national average 1000)'),
    polarity: higher,
    polarityReason: 'A value-added score above 1000 means pupils progress more than nationally.',
    line: 8938,
  });
  const prose = 'stated in prose about the 2007 results';
  b.cell(fspGap, KENT, '2007', '3', 8924, {
    note: `${prose}: 'ranks Kent 3 out of 11 statistical neighbours'`,
  });
  b.cell(ks3Neighbours, KENT, '2007', '5', 8936, {
    note: `${prose}: 'Kent is ranked 5 out of 11 for this measure'`,
  });
  b.cell(ks3Neighbours, KENT, '2006', '5', 8936, { note: "stated in prose: '(the same as 2006)'" });
  b.cell(ks3All, KENT, '2007', '59', 8936, { note: `${prose}: 'Kent is ranked 59 out of 149'` });
  b.cell(valueAdded, KENT, '2007', '1007.1', 8938, {
    note: `${prose}: 'value-added score of 1007.1 (Key Stage 2-4)'`,
  });
  b.cell(valueAdded, 'national', '2007', '1000', 8938, {
    note: `${prose}: 'above the national average (1000)'`,
  });
  b.note(
    'other',
    "Learning Group: GCSE results for 2007 are compared with the national average only as differences ('2.9% above the national average' for 5+ A*-C at 64.9%; 1.8% above for 5 A*-C including English and mathematics; 0.8% above for 5 A*-G; average point score 392.5, 14.4 points above). The national figures are not printed, so they are not worked out here.",
    [4925, 8938],
  );
}

function proseOnly(b: ComparisonBuilder): void {
  b.note(
    'ambiguous',
    "Attendance & Behaviour Service: overall absence for statistical neighbours (primary 5.01%, secondary 7.68%) and national statistics (primary 5.26%, secondary 7.76%) is printed with no year (the text adds '2006/7 comparators still to be finalised by DCSF'), and Kent's own figure is not in the table, so no figures are filed.",
    [5715, 5716, 5717, 5718, 5722],
  );
  b.note(
    'ambiguous',
    "Additional Educational Needs: 'Kent's rate of placements per 10,000 children is 8.5 compared with 9.6 nationally. The average cost of a child placed is £35,237 for Kent compared with a national average of £46,429.' No year is given for these figures, so they are kept as this note.",
    [5730],
  );
}

export function childrenFamiliesEducation(b: ComparisonBuilder): void {
  lookedAfterOutcomes(b);
  minorityEthnicAttainment(b);
  childrensSocialServicesPaf(b);
  awardsUnit(b);
  surplusPlaces(b);
  governors(b);
  childrensInformationService(b);
  capitalAllocation(b);
  attainmentProse(b);
  proseOnly(b);
}
