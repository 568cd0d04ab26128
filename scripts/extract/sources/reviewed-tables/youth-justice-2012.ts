/**
 * The Youth Justice Plan 2012/13's "Key Activity Data & other Management Information" (004,
 * lines 1332–1372): the youth offending service's caseload, two outturns and a forecast. The
 * row labels are long descriptions; each indicator's title is a short form of it, and its
 * description quotes the label's start.
 */
import type { FigureSpec, GridLayout, IndicatorShape, RowSpec } from './grid';

const DOCUMENT = '004_02ef8f1cbe0338b4.txt';

const OUTTURN_2010: FigureSpec = {
  cell: 1,
  measure: 'actual',
  period: '2010/11',
  column: '2010/11 Outturn',
};
const OUTTURN_2011: FigureSpec = {
  cell: 2,
  measure: 'actual',
  period: '2011/12',
  column: '2011/12 Outturn',
};
const FORECAST_2012: FigureSpec = {
  cell: 3,
  measure: 'forecast',
  period: '2012/13',
  column: '2012/13 Forecast',
};
const COLUMNS = [OUTTURN_2010, OUTTURN_2011, FORECAST_2012];

const shape = (id: string, title: string, label: string): IndicatorShape => ({
  id: `yj2012-${id}`,
  title,
  unit: { type: 'count' },
  kind: 'activity',
  rule: { type: 'not-rated', reason: 'activity' },
  frequency: 'annual',
  polarity: 'no-judgement',
  polarityReason:
    'Activity (demand) the service plans for: more or fewer is not better or worse in itself.',
  description: `Youth Justice Plan 2012/13 (Communities Cabinet Committee, 6 July 2012), key activity data: "${label}".`,
});

const ROWS: Array<
  [line: number, label: string, id: string, title: string, figures?: FigureSpec[]]
> = [
  [
    1335,
    'Prevention Working with the Youth Inclusion Support Panels',
    'prevention-yisp',
    'Youth justice: young people worked with through the Youth Inclusion Support Panels (prevention)',
  ],
  [1339, 'Total number of assessments', 'assessments', 'Youth justice: assessments'],
  [
    1340,
    'Court Services Providing staff for duty at the scheduled 6 Youth Courts',
    'youth-court-duty-sessions',
    'Youth justice: Youth Court duty sessions staffed',
  ],
  [
    1341,
    'Providing a member of staff when a young person is appearing before an Adult Court',
    'adult-court-sessions',
    'Youth justice: Adult Court sessions covered',
  ],
  [
    1342,
    'Occasional Courts (3 x each Saturday)',
    'occasional-court-sessions',
    'Youth justice: occasional (Saturday) court sessions',
  ],
  [
    1343,
    'Total Court sessions to be attended',
    'court-sessions',
    'Youth justice: court sessions attended',
  ],
  [
    1348,
    'Police for Final Warning purposes',
    'final-warning-reports',
    'Youth justice: reports for Police Final Warnings',
  ],
  [
    1349,
    'Youth Offender Panels / Referral Orders',
    'referral-order-reports',
    'Youth justice: reports for Youth Offender Panels (Referral Orders)',
  ],
  [1350, 'Pre Sentence Reports', 'pre-sentence-reports', 'Youth justice: pre-sentence reports'],
  [1351, 'Total number of reports per year', 'reports', 'Youth justice: reports prepared'],
  [
    1353,
    'Bail Support & Supervision',
    'bail-support',
    'Youth justice: bail support and supervision',
  ],
  [
    1354,
    'Remand to Local Authority Accommodation',
    'remands-to-la-accommodation',
    'Youth justice: remands to local authority accommodation',
  ],
  [
    1355,
    'Court Ordered Secure Remand',
    'secure-remands',
    'Youth justice: court-ordered secure remands',
  ],
  [1356, 'Remands in Custody', 'remands-in-custody', 'Youth justice: remands in custody'],
  [
    1358,
    'Community based penalties',
    'first-tier-orders',
    'Youth justice: Referral and Reparation Orders supervised (first tier)',
  ],
  [
    1359,
    'Youth Rehabilitation Orders',
    'youth-rehabilitation-orders',
    'Youth justice: Youth Rehabilitation Orders supervised',
  ],
  [
    1368,
    'Total community based supervision requirement',
    'community-supervision',
    'Youth justice: community-based supervision',
  ],
  [
    1369,
    'Custody – through care and resettlement',
    'custody-resettlement',
    'Youth justice: custody, through care and resettlement',
  ],
  [
    1370,
    'Appropriate Adult Service',
    'appropriate-adult',
    'Youth justice: Appropriate Adult Service',
    [
      {
        ...OUTTURN_2010,
        garbled:
          'the end of the row label ran into the cell ("e is In 1121"); the figure is not read from it',
      },
      OUTTURN_2011,
      FORECAST_2012,
    ],
  ],
  [
    1371,
    'Mediation Services x 3',
    'victim-contacts',
    'Youth justice: victims contacted by mediation services',
  ],
  [
    1372,
    "Young People's Substance Misuse Service",
    'substance-misuse-referrals',
    "Youth justice: referrals to the young people's substance misuse service",
  ],
];

export const youthJusticeActivity: GridLayout = {
  document: DOCUMENT,
  headerLine: 1334,
  header: 'Service Area | 2010/11 Outturn | 2011/12 Outturn | 2012/13 Forecast',
  owner: { nodeId: 'integrated-youth-services', role: 'lead', structureId: 'cc-2012' },
  columns: COLUMNS,
  rows: ROWS.map(([line, label, id, title, figures]): RowSpec => ({
    line,
    label,
    area: 'kent',
    indicator: shape(id, title, label),
    ...(figures ? { figures } : {}),
  })),
  reading:
    'The table runs over three pages, each repeating the header (lines 1334, 1346, 1367). Blank cells (no 2010/11 outturn for reports) are left out. Lines 1361–1365 are page furniture garbled in conversion ("2 | ע"), not figures.',
};
