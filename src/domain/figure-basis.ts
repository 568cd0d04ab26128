/**
 * What span of time a figure covers. The dataset and API schemas' zod enums, the domain's rules and
 * the figure labels all come from this one list, in the order figures are listed.
 */
export const FIGURE_BASES = ['period', 'ytd', 'rolling-12', 'cumulative'] as const;
export type FigureBasis = (typeof FIGURE_BASES)[number];

/** Words added to a figure's label ('Actual (year to date)'); the plain period figure needs none. */
export const figureBasisLabels: Record<FigureBasis, string> = {
  period: '',
  ytd: 'year to date',
  'rolling-12': 'rolling 12 months',
  cumulative: 'cumulative',
};

/** For sorting: the period figure first, then the longer spans. */
export function figureBasisOrder(basis: FigureBasis): number {
  return FIGURE_BASES.indexOf(basis);
}
