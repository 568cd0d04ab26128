/**
 * Children's Social Services' "core services and forecast activity levels" (001, lines
 * 7444–7519): child protection, looked-after children and their placements, each broken down by
 * Kent district and by the county-wide teams the plan lists as rows.
 */
import type { Area } from '../../../../src/data/contract/dataset-schema';
import {
  otherArea,
  type FigureSpec,
  type GridLayout,
  type IndicatorShape,
  type RowSpec,
} from './grid';

const DOCUMENT = '001_23223e66fe6ffd0f.txt';
const owner = {
  nodeId: 'childrens-social-services',
  role: 'lead' as const,
  structureId: 'kcc-2008',
};

/** Row labels as printed, in the order every one of the three tables prints them. */
const ROWS: Array<[label: string, area: string]> = [
  ['KCC: inc. Asylum', 'kent'],
  ['KCC: without Asylum', 'kent-excluding-asylum'],
  ['Ashford', 'ashford'],
  ['Canterbury', 'canterbury'],
  ['Dartford', 'dartford'],
  ['Dover', 'dover'],
  ['Gravesham', 'gravesham'],
  ['Maidstone', 'maidstone'],
  ['Sevenoaks', 'sevenoaks'],
  ['Shepway', 'shepway'],
  ['Swale', 'swale'],
  ['Thanet', 'thanet'],
  ['Tonbridge & Malling', 'tonbridge-and-malling'],
  ['Tunbridge Wells', 'tunbridge-wells'],
  ['Disability EK', 'kcc-disability-team-east-kent'],
  ['Disability WK', 'kcc-disability-team-west-kent'],
  ['16+ Service', 'kcc-16-plus-service'],
  ['Asylum', 'kcc-asylum-team'],
];

export const childrensTeams: Area[] = [
  otherArea('kent-excluding-asylum', 'Kent, excluding unaccompanied asylum-seeking children'),
  otherArea('kcc-disability-team-east-kent', "Children's disability teams, East Kent"),
  otherArea('kcc-disability-team-west-kent', "Children's disability teams, West Kent"),
  otherArea('kcc-16-plus-service', '16+ Service (care leavers)'),
  otherArea('kcc-asylum-team', 'Asylum service (unaccompanied asylum-seeking children)'),
];

const rowsFrom = (firstLine: number): RowSpec[] =>
  ROWS.map(([label, area], index) => ({ line: firstLine + index, label, area }));

const column = (cell: number, measure: FigureSpec['measure'], date: string, label: string) => ({
  cell,
  measure,
  period: date,
  column: label,
});

const activity = (shape: Omit<IndicatorShape, 'kind' | 'rule' | 'frequency'>): IndicatorShape => ({
  ...shape,
  kind: 'activity',
  rule: { type: 'not-rated', reason: 'activity' },
  frequency: 'irregular',
});

const snapshotPolarity =
  'An activity (demand) level the plan forecasts: more or fewer is not better or worse in itself.';

export const childProtection: GridLayout = {
  document: DOCUMENT,
  headerLine: 7448,
  header: '31/12/2007 | 31/03/2008 | 31/03/2009',
  owner,
  rows: rowsFrom(7449),
  indicators: [
    {
      ...activity({
        id: 'bp2008-child-protection-snapshot',
        title: 'Child protection: number of children (snapshot), by district',
        unit: { type: 'count' },
        polarity: 'no-judgement',
        polarityReason: snapshotPolarity,
        description:
          'Children\'s Social Services business plan 2008/9, "Core services and forecast activity levels": Child Protection, the actual number at 31 December 2007 and projections for 31 March 2008 and 31 March 2009, for Kent and each district and team.',
      }),
      columns: [
        column(1, 'actual', '2007-12', 'Actual, 31/12/2007'),
        column(2, 'forecast', '2008-03', 'Projection, 31/03/2008'),
        column(3, 'forecast', '2009-03', 'Projection, 31/03/2009'),
      ],
    },
  ],
  reading:
    'The table prints a snapshot number at 31/12/2007 and projections for 31/03/2008 and 31/03/2009 for Kent (with and without asylum-seeking children), each district, and four county-wide teams; the teams are filed as areas of their own so the breakdown reads as printed.',
};

export const lookedAfterChildren: GridLayout = {
  document: DOCUMENT,
  headerLine: 7474,
  header: '31/12/2007 | 31/03/2008 | 31/03/2009 | 31/12/2007 | 31/03/2008 | 31/03/2009',
  owner,
  rows: rowsFrom(7475),
  indicators: [
    {
      id: 'bp2008-looked-after-children-snapshot',
      title: 'Looked after children (snapshot number), by district',
      unit: { type: 'count' },
      kind: 'performance',
      rule: { type: 'target-floor' },
      frequency: 'irregular',
      polarity: 'unknown',
      polarityReason:
        'The plan sets targets below the current numbers but does not say in words that fewer is the aim, so the direction is left unknown.',
      description:
        "Children's Social Services business plan 2008/9: LAC snapshot numbers, actual at 31 December 2007, projection for 31 March 2008 and target for 31 March 2009, for Kent and each district and team.",
      columns: [
        column(1, 'actual', '2007-12', 'LAC: Snapshot Numbers, Actual, 31/12/2007'),
        column(2, 'forecast', '2008-03', 'LAC: Snapshot Numbers, Projection, 31/03/2008'),
        column(3, 'target', '2009-03', 'LAC: Snapshot Numbers, Target, 31/03/2009'),
      ],
    },
    {
      id: 'bp2008-adoptions-and-sgos-ytd',
      title: "Adoptions and special guardianship orders (SGO's), year to date, by district",
      unit: { type: 'count' },
      kind: 'performance',
      rule: { type: 'target-floor' },
      frequency: 'irregular',
      polarity: 'unknown',
      polarityReason:
        'The plan prints targets for adoptions and SGOs but no words on their direction; left unknown rather than assumed.',
      description:
        "Children's Social Services business plan 2008/9: adoptions and special guardianship orders in the year to date, actual at 31 December 2007 and targets for 31 March 2008 and 31 March 2009.",
      columns: [
        {
          ...column(4, 'actual', '2007-12', "Adoptions & SGO's: Year to Date, Actual, 31/12/2007"),
          basis: 'ytd',
        },
        {
          ...column(5, 'target', '2008-03', "Adoptions & SGO's: Year to Date, Target, 31/03/2008"),
          basis: 'ytd',
        },
        {
          ...column(6, 'target', '2009-03', "Adoptions & SGO's: Year to Date, Target, 31/03/2009"),
          basis: 'ytd',
        },
      ],
    },
  ],
  reading:
    'Two column groups share the rows: LAC snapshot numbers (actual, projection, target) and adoptions & SGOs in the year to date (actual, two targets). "KCC: without Asylum" is filed as its own area, a sub-population of Kent.',
};

const PLACEMENTS: Array<[id: string, name: string, firstCell: number]> = [
  ['independent-residential', 'Independent Residential', 1],
  ['kcc-foster-care', 'KCC Foster Care', 4],
  ['independent-foster-care', 'Independent Foster Care', 7],
];

export const placements: GridLayout = {
  document: DOCUMENT,
  headerLine: 7501,
  header: 'Snapshot | YTD Volume Weeks | YTD Volume Weeks',
  owner,
  rows: rowsFrom(7502),
  indicators: PLACEMENTS.flatMap(([id, name, first]) => [
    {
      ...activity({
        id: `bp2008-lac-placements-${id}-snapshot`,
        title: `LAC placements: ${name}, snapshot number, by district`,
        unit: { type: 'count' },
        polarity: 'no-judgement',
        polarityReason: snapshotPolarity,
        description: `Children's Social Services business plan 2008/9, "LAC Placements: Affordable Activity Levels": children placed in ${name} at 31 December 2007.`,
      }),
      columns: [column(first, 'actual', '2007-12', `${name}, Actual, 31/12/2007, Snapshot`)],
    },
    {
      ...activity({
        id: `bp2008-lac-placements-${id}-volume-weeks`,
        title: `LAC placements: ${name}, volume weeks in the year to date, by district`,
        unit: { type: 'weeks' },
        polarity: 'no-judgement',
        polarityReason: snapshotPolarity,
        description: `Children's Social Services business plan 2008/9, "LAC Placements: Affordable Activity Levels": weeks of ${name} placement in the year to date, projected to 31 March 2008, and the affordable level for 2008/09 (mostly "to be set").`,
      }),
      columns: [
        {
          ...column(
            first + 1,
            'forecast',
            '2008-03',
            `${name}, Projection, 31/03/2008, YTD Volume Weeks`,
          ),
          basis: 'ytd' as const,
        },
        {
          ...column(
            first + 2,
            'expected',
            '2009-03',
            `${name}, Affordable, 31/03/2009, YTD Volume Weeks`,
          ),
          basis: 'ytd' as const,
        },
      ],
    },
  ]),
  reading:
    'Each placement type prints a snapshot number at 31/12/2007, the projected volume weeks to 31/03/2008 and the affordable volume weeks for 2008/09. The affordable level is "to be set" on every row except "KCC: without Asylum", which prints 0.0: kept as printed, though it reads like a placeholder rather than an affordable level of nothing.',
};
