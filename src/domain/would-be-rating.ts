/**
 * The status a figure would get if it took the place of the one recorded for its period: what a
 * return shows before it is approved, and what decides whether a batch row needs a commentary.
 * The one place that question is answered, for the returns pages and the template import alike.
 */
import { assessIndicator, type AssessableIndicator, type AssessableObservation } from './assess';
import type { Rating } from './types';

const sameSlot = (a: AssessableObservation, b: AssessableObservation) =>
  a.period === b.period &&
  (a.basis ?? 'period') === (b.basis ?? 'period') &&
  a.measure === b.measure;

export function ratingWithFigure(
  indicator: AssessableIndicator,
  recorded: readonly AssessableObservation[],
  figure: AssessableObservation,
): Rating {
  const others = recorded.filter((observation) => !sameSlot(observation, figure));
  return assessIndicator(indicator, [...others, figure], figure.period).latestRating;
}
