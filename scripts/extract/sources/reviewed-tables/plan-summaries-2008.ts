/**
 * Summary tables in the 2008/9 business plans (001) that list one measure per row: the PAF band
 * summary four adult social services plans reprint, Legal & Democratic Services' freedom of
 * information statistics, and KEY Training Services' inspection grades.
 */
import type { FigureSpec, GridLayout, IndicatorShape, RowSpec } from './grid';
import { slug } from '../../lib/source';

const DOCUMENT = '001_23223e66fe6ffd0f.txt';
const kent = 'kent';
const planOwner = (nodeId: string) => ({ nodeId, role: 'lead' as const, structureId: 'kcc-2008' });

type Shape = Omit<IndicatorShape, 'id' | 'title' | 'description'>;

const countOf = (kind: IndicatorShape['kind']): Shape => ({
  unit: { type: 'count' },
  kind,
  rule: { type: 'not-rated', reason: kind === 'activity' ? 'activity' : 'context' },
  frequency: 'annual',
  polarity: 'no-judgement',
  polarityReason:
    'A count the plan reports for information (demand or a profile): more or fewer is not better or worse in itself.',
});

const row = (
  line: number,
  label: string,
  id: string,
  title: string,
  shape: Shape,
  description: string,
  figures?: FigureSpec[],
): RowSpec => ({
  line,
  label,
  area: kent,
  indicator: { id, title, description, ...shape },
  ...(figures ? { figures } : {}),
});

// PAF band summary (KASS HQ plan, lines 642–650), reprinted in three more plans.
const PAF_ROWS: Array<[label: string, band: string]> = [
  ['BAND 1', '1 (investigate urgently)'],
  ['BAND 2', '2 (ask questions about performance)'],
  ['BAND 3', '3 (acceptable)'],
  ['BAND 4', '4 (good)'],
  ['BAND 5', '5 (optimum)'],
  ['CSCI not banded', 'not banded by CSCI'],
  ['TOTAL', 'all bands (the 21 comparable indicators)'],
];

/** The first row of each reprint of the band summary (East Kent, West Kent, Mental Health plans). */
const PAF_REPRINTS = [1623, 2566, 3313];

export const pafBandSummary: GridLayout = {
  document: DOCUMENT,
  headerLine: 643,
  header: '2005/06 | 2006/07',
  owner: planOwner('kass-headquarters'),
  columns: [
    { cell: 1, measure: 'actual', period: '2005/06', column: '2005/06' },
    { cell: 2, measure: 'actual', period: '2006/07', column: '2006/07' },
  ],
  rows: PAF_ROWS.map(([label, band], index) => ({
    ...row(
      644 + index,
      label,
      `kass2008-paf-indicators-${slug(label)}`,
      `PAF indicators in band ${band}`,
      countOf('context'),
      "The number of Kent's 21 directly comparable Performance Assessment Framework indicators in each band of the national 2006-7 performance ratings (Band 5 optimum … Band 1 investigate urgently), as the adult social services business plans print it.",
    ),
    reprints: PAF_REPRINTS.map((first) => first + index),
  })),
  reading:
    'The band summary is printed four times, identically, in the KASS Headquarters (lines 642–650), East Kent (1621–1629), West Kent (2564–2572) and Mental Health (3311–3319) plans. It is filed once, from the first printing; the reprints are cited on each indicator.',
};

const inYear = (cell: number, period = '2007'): FigureSpec => ({
  cell,
  measure: 'actual',
  period,
  column: period === '2007' ? 'requests received in 2007' : `in ${period}`,
});
/** "73% (80% in 2006)": this year's share and last year's, in one cell. */
const shareNowAndBefore = (cell: number): FigureSpec[] => [
  { cell, match: /^(\d+(?:\.\d+)?%)/, measure: 'actual', period: '2007', column: 'share in 2007' },
  {
    cell,
    match: /\((\d+(?:\.\d+)?%) in 2006\)/,
    measure: 'actual',
    period: '2006',
    column: 'share in 2006',
  },
];
const APPLICANTS: Array<[line: number, label: string, who: string, garbled?: string]> = [
  [16865, 'Private Citizens', 'private citizens'],
  [
    16866,
    'Commercial Companies',
    'commercial companies',
    'a percentage ("92%") is printed where the column holds counts',
  ],
  [16867, 'Journalists/Media', 'journalists and media'],
  [
    16868,
    'Public Sector/Voluntary Organisations/Other',
    'public sector, voluntary organisations and others',
  ],
];

const FOI =
  'Summary of Freedom of Information and Environmental Information Regulation requests received in 2007 (Legal & Democratic Services plan)';
const foiCount = (line: number, label: string, what: string, figures: FigureSpec[] = [inYear(2)]) =>
  row(
    line,
    label,
    `foi2007-${slug(what)}`,
    `FOI and EIR requests: ${what}`,
    countOf('activity'),
    `${FOI}: ${what}.`,
    figures,
  );
const foiShare = (
  line: number,
  label: string,
  what: string,
  shape: Shape,
  figures = shareNowAndBefore(3),
) =>
  row(
    line,
    label,
    `foi2007-${slug(what)}-percent`,
    `FOI and EIR requests: ${what} (%)`,
    shape,
    `${FOI}: ${what}, as a share of requests.`,
    figures,
  );
const contextShare: Shape = { ...countOf('context'), unit: { type: 'percent' } };

export const foiStatistics: GridLayout = {
  document: DOCUMENT,
  headerLine: 16832,
  header: 'SUMMARY OF FREEDOM OF INFORMATION AND ENVIRONMENTAL INFORMATION REGULATION REQUESTS',
  owner: planOwner('legal-and-democratic-services'),
  rows: [
    foiCount(16833, 'Status as at 23/1/08', 'in hand at 23/1/08'),
    foiCount(
      16834,
      'Awaiting clarification/approval',
      'awaiting clarification or approval at 23/1/08',
    ),
    foiCount(16835, 'Lapsed', 'lapsed'),
    foiCount(16836, 'Withdrawn', 'withdrawn'),
    foiCount(16837, 'Complete', 'complete at 23/1/08'),
    {
      ...foiCount(16838, 'Total', 'received', [
        inYear(2),
        {
          cell: 3,
          match: /\((\d+) in 2006\)/,
          measure: 'actual',
          period: '2006',
          column: 'requests received in 2006',
        },
      ]),
      // The applicants table totals the same 702 requests.
      reprints: [16869],
    },
    foiCount(16840, 'Same day', 'completed the same day'),
    foiCount(16841, '1 - 19 days', 'completed in 1 to 19 days'),
    foiCount(16842, 'Day 20', 'completed on day 20'),
    foiCount(
      16843,
      'Total handled within statutory timescale',
      'handled within the statutory timescale',
    ),
    foiShare(
      16843,
      'Total handled within statutory timescale',
      'handled within the statutory timescale',
      percent(
        'higher-is-better',
        'The statutory timescale is a legal duty; the table sets "handled within" against "exceeded".',
      ),
    ),
    foiCount(16844, 'Day 21', 'completed on day 21'),
    foiCount(16845, '22 - 25 days', 'completed in 22 to 25 days'),
    foiCount(16846, '26 days +', 'completed in 26 days or more'),
    foiCount(16847, 'Exceeded statutory timescale', 'exceeding the statutory timescale'),
    foiShare(
      16847,
      'Exceeded statutory timescale',
      'exceeding the statutory timescale',
      percent('lower-is-better', 'Exceeding the statutory timescale breaks a legal duty.'),
    ),
    foiCount(16850, 'Fees requested', 'fees requested'),
    row(
      16851,
      'Amount received',
      'foi2007-fees-received',
      'FOI and EIR requests: fees received',
      { ...countOf('activity'), unit: { type: 'currency', decimals: 2 } },
      `${FOI}: the amount received in fees.`,
      [inYear(2)],
    ),
    foiCount(16854, 'Information not held', 'information not held'),
    foiCount(16855, 'Exceed £450/18 hours', 'refused as over £450 or 18 hours to collate'),
    foiCount(16856, 's14 vexatious/repeat', 'refused as vexatious or repeated (s14)'),
    foiCount(16857, 's21 & s22', 'refused as already or soon to be accessible (s21, s22)'),
    foiCount(16858, 's40 personal information', 'refused as personal information (s40)'),
    foiCount(16859, 'Other exemptions', 'refused under other exemptions'),
    // The total of the refusals prints no label: its only cells are the count and the share.
    foiCount(16860, '277', 'denied in full or part'),
    foiShare(16860, '277', 'denied in full or part', contextShare),
    foiCount(16861, 'COMPLAINTS/REQUEST FOR REVIEWS', 'complaints and requests for review'),
    foiShare(
      16861,
      'COMPLAINTS/REQUEST FOR REVIEWS',
      'complaints and requests for review',
      percent(
        'lower-is-better',
        'A complaint or review request says a requester was not satisfied.',
      ),
    ),
    foiCount(16862, 'REFERRALS TO ICO', 'referred to the Information Commissioner'),
    foiShare(
      16862,
      'REFERRALS TO ICO',
      'referred to the Information Commissioner',
      percent(
        'lower-is-better',
        'A referral to the Information Commissioner appeals against the council’s answer.',
      ),
    ),
    row(
      16863,
      'TIME TO DEAL IN HOURS',
      'foi2007-time-to-deal-hours',
      'FOI and EIR requests: time to deal with, in hours',
      countOf('activity'),
      `${FOI}: the time spent dealing with requests, where known.`,
      [inYear(2)],
    ),
    ...APPLICANTS.flatMap(([line, label, who, garbled]) => [
      foiCount(line, label, `from ${who}`, [{ ...inYear(2), ...(garbled ? { garbled } : {}) }]),
      foiShare(line, label, `from ${who}`, contextShare, [
        { cell: 3, measure: 'actual', period: '2007', column: 'share of requests in 2007' },
      ]),
    ]),
    ...subjectAccess(),
  ],
  reading:
    'The FOI/EIR summary prints counts with, in a third column, a share and last year’s share in one cell ("73% (80% in 2006)"): each is filed as a figure of its own with the same provenance. "Commercial Companies | 92% | 13%" prints a percentage where every other row prints a count; the count is left out as garbled and the 13% share kept. The subject access table below it prints 2006 and 2007 by calendar year.',
};

function percent(polarity: IndicatorShape['polarity'], polarityReason: string): Shape {
  return {
    unit: { type: 'percent' },
    kind: 'performance',
    rule: { type: 'target-floor' },
    frequency: 'annual',
    polarity,
    polarityReason,
  };
}

function subjectAccess(): RowSpec[] {
  const columns: Array<[cell: number, what: string, id: string]> = [
    [1, 'subject access requests received', 'dpa-subject-access-requests-received'],
    [
      2,
      'subject access requests completed within the statutory 40 days',
      'dpa-subject-access-requests-within-40-days',
    ],
    [
      3,
      'enquiries about accessing personal information',
      'dpa-enquiries-about-personal-information',
    ],
    [4, 'complaints to KCC about subject access', 'dpa-subject-access-complaints'],
  ];
  return [16873, 16874].flatMap((line, index) => {
    const year = index === 0 ? '2006' : '2007';
    return columns.map(([cell, what, id]) =>
      row(
        line,
        year,
        `foi2007-${id}`,
        `Data Protection Act: ${what}`,
        countOf('activity'),
        `Requests for personal information under the Data Protection Act 1998, by calendar year (Legal & Democratic Services plan): ${what}.`,
        [{ cell, measure: 'actual', period: year, column: year }],
      ),
    );
  });
}

const GRADES: Array<[line: number, label: string]> = [
  [20534, 'Equality of Opportunity'],
  [20535, 'Quality Improvement'],
  [20536, 'Health, Public Services and Care'],
  [20537, 'Social Care'],
  [20538, 'Public Services'],
  [20539, 'Early Years'],
  [20540, 'Retail and Commercial Enterprise'],
  [20541, 'Hairdressing'],
  [20542, 'Hospitality and Catering'],
  [20543, 'Preparation for Life and Work'],
  [20544, 'Employability Training'],
  [20545, 'Business Administration and Law'],
  [20546, 'Administration'],
  [20547, 'Customer Service'],
];

const gradeShape: Shape = {
  unit: { type: 'score', label: 'inspection grade' },
  kind: 'context',
  rule: { type: 'not-rated', reason: 'context' },
  frequency: 'irregular',
  polarity: 'no-judgement',
  polarityReason:
    'Context, not rated: the plan prints the grades without the inspectorate’s scale, so which end is better is not stated on the page.',
};
const gradeRow = (line: number, label: string, area: string, figures?: FigureSpec[]) =>
  row(
    line,
    label,
    `key2005-ali-grade-${slug(area)}`,
    `KEY Training Services, Adult Learning Inspectorate grade: ${area}`,
    gradeShape,
    `KEY Training Services business plan 2008/9: the grade the Adult Learning Inspectorate awarded for ${area} at its inspection in September 2005.`,
    figures,
  );
const INSPECTION: FigureSpec = {
  cell: 1,
  measure: 'actual',
  period: '2005-09',
  column: 'grade awarded, inspection of September 2005',
};

export const adultLearningGrades: GridLayout = {
  document: DOCUMENT,
  headerLine: 20528,
  header: 'KEY underwent an inspection from the Adult learning Inspectorate in September 2005',
  owner: planOwner('key-training-services'),
  columns: [INSPECTION],
  rows: [
    // "Leadership and Management" and its grade "3" are printed on lines of their own (20530, 20532).
    gradeRow(20532, '3', 'Leadership and Management', [{ ...INSPECTION, cell: 0 }]),
    ...GRADES.map(([line, label]) => gradeRow(line, label, label)),
  ],
  reading:
    'The grades follow the sentence "KEY underwent an inspection from the Adult learning Inspectorate in September 2005. The grades awarded were as follows". The first, Leadership and Management, lost its table cell in conversion: the label (line 20530) and the grade 3 (line 20532) are on lines of their own.',
};

/*
 * "Review of Performance 2007-08" in the Finance and Corporate Services Division plan (lines
 * 11003–11017): tasks with results mostly stated in words. Only the Teachers' Pensions row prints a
 * bare figure; the rows around it are sentences ("All payments made") or shares of schools written
 * into a sentence, so they are not figures and are not filed.
 */
export const financeReview2007: GridLayout = {
  document: DOCUMENT,
  headerLine: 11005,
  header: 'Task | Performance',
  owner: planOwner('cfe-finance-and-corporate-services-division'),
  columns: [{ cell: 1, measure: 'actual', period: '2007/08', column: 'performance 2007-08' }],
  rows: [
    row(
      11014,
      'Teachers Pensions Annual Return',
      'cfe-finance2008-teachers-pensions-annual-return',
      'Teachers’ Pensions annual return completed',
      {
        unit: { type: 'percent' },
        kind: 'performance',
        rule: { type: 'not-rated', reason: 'no-target' },
        frequency: 'annual',
        polarity: 'higher-is-better',
        polarityReason:
          'The return is a statutory submission; the share completed can only fall short of 100%.',
      },
      'Finance and Corporate Services Division business plan 2008/9, review of performance 2007-08: the Teachers’ Pensions annual return, as a share completed. The review prints no target beside it.',
    ),
  ],
  reading:
    'The 2007-08 review of performance (under "Review of Performance 2007-08 (to key indicators 2007-08)") states most results in words; only "Teachers Pensions Annual Return | 100%" is a bare figure, filed as the 2007/08 actual. The review prints no target, so it is not rated.',
};
