// @vitest-environment node
import { expect, test } from 'vitest';
import { polarityFromTargets, type PlanFigure } from './describe';
import { readPlanCell } from './plan-cells';

const percent = { type: 'percent' } as const;
const count = { type: 'count' } as const;
const series = (
  actuals: Array<[string, number]>,
  targets: Array<[string, number]>,
): PlanFigure[] => [
  ...actuals.map(([period, value]) => ({ period, measure: 'actual', value })),
  ...targets.map(([period, value]) => ({ period, measure: 'target', value })),
];

test.each([
  {
    case: '"Reduce" with the target below every actual',
    title: 'Reduce the number of non-Kent maintained special school placements by 5%',
    unit: count,
    figures: series(
      [
        ['2006/07', 250],
        ['2007/08', 223],
      ],
      [['2008/09', 210]],
    ),
    polarity: 'lower-is-better',
  },
  {
    case: '"Increase" with the target above every actual',
    title: 'Increase Primary Meal Uptake. T2010',
    unit: percent,
    figures: series(
      [
        ['2006/07', 27],
        ['2007/08', 30],
      ],
      [['2008/09', 32]],
    ),
    polarity: 'higher-is-better',
  },
  {
    case: 'a percentage completing measure with rising targets above every actual',
    title: 'Percentage of pupils taking part in at least 2 hours PE and school sport per week.',
    unit: percent,
    figures: series(
      [['2006/07', 76]],
      [
        ['2008/09', 87],
        ['2009/10', 100],
      ],
    ),
    polarity: 'higher-is-better',
  },
  {
    case: '"Reduce" but the target is not below the actuals',
    title: 'Reduction of annual revenue costs of shared service provision',
    unit: percent,
    figures: series([['2006/07', 20]], [['2008/09', 25]]),
    polarity: null,
  },
  {
    case: '"Increase" but the target equals an actual',
    title: 'Increase component re-use',
    unit: percent,
    figures: series([['2006/07', 50]], [['2008/09', 50]]),
    polarity: null,
  },
  {
    case: 'both words in one title',
    title: 'Increase recycling and reduce landfill',
    unit: percent,
    figures: series([['2006/07', 10]], [['2008/09', 20]]),
    polarity: null,
  },
  {
    case: 'a completion measure whose target is below an actual',
    title: '% of housing completions on previously developed land',
    unit: percent,
    figures: series([['2006/07', 80.7]], [['2008/09', 70]]),
    polarity: null,
  },
  {
    case: 'a completion measure whose targets fall year on year',
    title: 'Percentage of staff completing skills audit',
    unit: percent,
    figures: series(
      [['2006/07', 40]],
      [
        ['2008/09', 80],
        ['2009/10', 70],
      ],
    ),
    polarity: null,
  },
  {
    case: 'a count with rising targets above every figure, without words for the direction',
    title: 'Number of sports clubs involved in the Club Connect Card Scheme',
    unit: count,
    figures: series(
      [['2007/08', 200]],
      [
        ['2008/09', 250],
        ['2009/10', 400],
      ],
    ),
    polarity: 'higher-is-better',
  },
  {
    case: 'a target below last year, without words: realism or a change of aim, so unknown',
    title: 'Answer rate',
    unit: percent,
    figures: series(
      [
        ['2006/07', 96.7],
        ['2007/08', 96.5],
      ],
      [['2008/09', 95]],
    ),
    polarity: null,
  },
  {
    case: 'words but no actuals',
    title: "To reduce Directorate's outstanding debt in excess of six months old",
    unit: percent,
    figures: series([], [['2008/09', 10]]),
    polarity: null,
  },
])('$case', ({ title, unit, figures, polarity }) => {
  expect(polarityFromTargets(title, unit, figures)?.polarity ?? null).toBe(polarity);
});

test('the reason quotes the words and the figures', () => {
  expect(
    polarityFromTargets(
      "6.iv b: Reduce the number of young people who are 'Not Knowns'",
      percent,
      series(
        [
          ['2006/07', 5.2],
          ['2007/08', 3.87],
        ],
        [['2008/09', 3.5]],
      ),
    )?.polarityReason,
  ).toBe(
    'the row says "Reduce" and every target (3.5 for 2008/09) is below every actual or estimate (5.2 for 2006/07, 3.87 for 2007/08)',
  );
});

test.each([
  ['£4.4 million', 4_400_000],
  ['£6 million', 6_000_000],
  ['2.5 thousand', 2_500],
])('reads a scale in words: %s', (printed, value) => {
  expect(readPlanCell(printed)).toMatchObject({ kind: 'value', value, printed });
});

test('a cell with several figures and a scale word is still not read', () => {
  expect(readPlanCell('2.6 million 124,000 543,000')).toMatchObject({ kind: 'missing' });
});
