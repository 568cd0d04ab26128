/**
 * Which comparator groups to offer first for an indicator: those whose members have figures for
 * it. A group with fewer than three members with figures is still offered, last, and says it has
 * too few to rank ('best of 2' is not a ranking).
 */
import type { ComparisonResponse } from '@/data/api/contract';
import type { GroupOption } from './comparison-model';

/** Fewer areas with figures than this and a position means nothing. */
export const MIN_TO_RANK = 3;

export interface GroupChoice {
  option: GroupOption;
  /** Members with at least one actual figure for the indicator. */
  withFigures: number;
  canRank: boolean;
  /** What the choice says in the list: 'Statistical neighbours (10 with figures)'. */
  label: string;
}

export function groupChoices(
  options: readonly GroupOption[],
  response: Pick<ComparisonResponse, 'observations'>,
): GroupChoice[] {
  const areasWithFigures = new Set(
    response.observations
      .filter((observation) => observation.measure === 'actual' && observation.value !== null)
      .map((observation) => observation.area),
  );
  const choices = options.map((option) => {
    const withFigures = option.members.filter((member) => areasWithFigures.has(member)).length;
    const canRank = withFigures >= MIN_TO_RANK;
    const figures =
      withFigures === 0
        ? 'no figures for this indicator'
        : `${withFigures} with figures${canRank ? '' : ', too few to rank'}`;
    return { option, withFigures, canRank, label: `${option.name} (${figures})` };
  });
  // Stable: the data's own order within each half.
  return [...choices.filter((choice) => choice.canRank), ...choices.filter((c) => !c.canRank)];
}

/** The sentence under the choice when the chosen group cannot be ranked; undefined when it can. */
export function tooFewToRank(choice: GroupChoice | undefined): string | undefined {
  if (!choice || choice.canRank) return undefined;
  return choice.withFigures === 0
    ? `No member of ${choice.option.name} has a figure for this indicator, so there is nothing to rank. Choose another group.`
    : `Only ${choice.withFigures} ${choice.withFigures === 1 ? 'member' : 'members'} of ${choice.option.name} ${choice.withFigures === 1 ? 'has' : 'have'} figures for this indicator: too few to rank. Positions are shown, but say little.`;
}
