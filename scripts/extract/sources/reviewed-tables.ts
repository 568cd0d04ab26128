/**
 * Whole tables from the 2008/9 business plans (001) and the 2012 Youth Justice Plan (004) that the
 * automatic readers skip, read from reviewed layouts (issue 12): district breakdowns of children's
 * social care activity, the PAF band summary, FOI/EIR statistics, inspection grades and youth
 * justice activity.
 */
import type { ExtractSource } from '../lib/source';
import {
  childProtection,
  childrensTeams,
  lookedAfterChildren,
  placements,
} from './reviewed-tables/childrens-districts-2008';
import { readGrid, type GridLayout } from './reviewed-tables/grid';
import {
  adultLearningGrades,
  financeReview2007,
  foiStatistics,
  pafBandSummary,
} from './reviewed-tables/plan-summaries-2008';
import { youthJusticeActivity } from './reviewed-tables/youth-justice-2012';

export const reviewedLayouts: GridLayout[] = [
  pafBandSummary,
  childProtection,
  lookedAfterChildren,
  placements,
  foiStatistics,
  adultLearningGrades,
  financeReview2007,
  youthJusticeActivity,
];

export const reviewedTablesSource: ExtractSource = {
  file: 'reviewed-tables.json',
  extract: (open) => {
    const results = reviewedLayouts.map((layout) => readGrid(open(layout.document), layout));
    return {
      description:
        'Whole tables read from reviewed layouts: children’s social care activity by district (2008/9 plans), the PAF band summary, FOI and EIR statistics, KEY’s inspection grades, the Finance division’s 2007-08 review of performance, and the Youth Justice Plan 2012/13’s key activity data.',
      areas: childrensTeams,
      indicators: results.flatMap((result) => result.indicators),
      observations: results.flatMap((result) => result.observations),
      notes: results.flatMap((result) => result.notes),
    };
  },
};
